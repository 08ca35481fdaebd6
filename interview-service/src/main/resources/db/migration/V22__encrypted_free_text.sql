-- Issue 11 "seal": what interview-service stores encrypted at rest (service-kit crypto, format v2: AES-256-GCM
-- bound to table, column and row id). No value changes here: the service's start encrypts what a column still
-- holds in plaintext (or as v1) before it serves, then seals the column; from then on plaintext is refused on read.
comment on column interview.summary is 'encrypted (v2, service-kit crypto)';
comment on column interview.guardian is 'encrypted (v2, service-kit crypto)';
comment on column interview.called_reason is 'encrypted (v2, service-kit crypto)';
comment on column interview.last_reschedule_reason is 'encrypted (v2, service-kit crypto)';
comment on column interview.cancel_reason is 'encrypted (v2, service-kit crypto)';
