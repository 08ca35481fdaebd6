-- Partner integration (pa.gob.refugio.registration.partner): the referred person's facts, service-referral codes and
-- webhook signing secrets are encrypted at rest by the kit's EncryptedText converter ('v1:<keyId>:<base64>').
-- date_of_birth becomes text (an ISO date, encrypted); every other column is already text. SQL has no key, so no
-- value is encrypted here: rows written before this migration stay readable as legacy plaintext until the kit's
-- re-encryption job (which finds these columns in the mapping) rewrites them with the active key.
alter table referral alter column date_of_birth type text using to_char(date_of_birth, 'YYYY-MM-DD');

comment on column referral.given_names is 'Encrypted (v1:<keyId>:<base64>).';
comment on column referral.family_names is 'Encrypted (v1:<keyId>:<base64>).';
comment on column referral.date_of_birth is 'Encrypted (v1:<keyId>:<base64>): ISO date.';
comment on column referral.nationalities is 'Encrypted (v1:<keyId>:<base64>): comma-separated ISO 3166 alpha-3.';
comment on column referral.contact_channel is 'Encrypted (v1:<keyId>:<base64>).';
comment on column referral.needs_summary is 'Encrypted (v1:<keyId>:<base64>).';
comment on column referral.decline_reason is 'Encrypted (v1:<keyId>:<base64>).';
comment on column referral.consent_purpose is 'Encrypted (v1:<keyId>:<base64>).';
comment on column service_referral.service is 'Encrypted (v1:<keyId>:<base64>): ReferredService code.';
comment on column service_referral.reason_code is 'Encrypted (v1:<keyId>:<base64>): ServiceReferralReason code.';
comment on column service_referral.consent_purpose is 'Encrypted (v1:<keyId>:<base64>).';
comment on column webhook_subscription.secret is
    'Encrypted (v1:<keyId>:<base64>): the HMAC signing secret, decrypted only to sign a delivery.';
