-- Issue 11 "seal": what decision-service stores encrypted at rest (service-kit crypto, format v2: AES-256-GCM
-- bound to table, column and row id). No value changes here: the service's start encrypts what a column still
-- holds in plaintext (or as v1) before it serves, then seals the column; from then on plaintext is refused on read.
comment on column decision.reasons is 'encrypted (v2, service-kit crypto)';
comment on column back_dated_entry.payload is 'encrypted (v2, service-kit crypto)';
comment on column back_dated_entry.rejection_reason is 'encrypted (v2, service-kit crypto)';
