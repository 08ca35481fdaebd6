-- Issue 11 "seal": what documents-service stores encrypted at rest (service-kit crypto, format v2: AES-256-GCM
-- bound to table, column and row id). No value changes here: the service's start encrypts what a column still
-- holds in plaintext before it serves, then seals the column; from then on plaintext is refused on read.
comment on column renewal.note is 'encrypted (v2, service-kit crypto)';
