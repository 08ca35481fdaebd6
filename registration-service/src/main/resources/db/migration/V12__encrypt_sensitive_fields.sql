-- Encryption at rest (service-kit pa.gob.refugio.kit.crypto): these text columns hold AES-256-GCM ciphertext
-- 'v1:<keyId>:<base64(iv || ciphertext || tag)>', written and read by the EncryptedText converter with the key ring
-- from configuration. SQL has no key, so no value changes here: rows written before this migration stay readable as
-- legacy plaintext until the kit's re-encryption job rewrites them with the active key.
-- specific_needs loses its default: an empty list is stored encrypted like any other value.
alter table member alter column specific_needs drop default;

comment on column member.id_document_number is
    'Encrypted (v1:<keyId>:<base64>). Searched only through search_key (HMAC-SHA256 of the normalised document).';
comment on column member.specific_needs is 'Encrypted (v1:<keyId>:<base64>): comma-separated SpecificNeed codes.';
comment on column application.grounds_stated is 'Encrypted (v1:<keyId>:<base64>): the grounds the applicant stated.';
