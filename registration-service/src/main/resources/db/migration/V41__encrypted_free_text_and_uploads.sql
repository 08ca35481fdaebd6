-- Issue 11 "seal": what registration-service stores encrypted at rest (service-kit crypto, format v2: AES-256-GCM
-- bound to table, column and row id). No value changes here: the service's start encrypts what a column still
-- holds in plaintext (or as v1) before it serves, then seals the column (encrypted_column_sealed); from then on
-- plaintext there is refused on read. These comments name the columns for whoever reads the schema.
comment on column member.id_document_number is 'encrypted (v2, service-kit crypto); searched through search_key';
comment on column member.specific_needs is 'encrypted (v2, service-kit crypto)';
comment on column application.grounds_stated is 'encrypted (v2, service-kit crypto)';
comment on column application.late_justification is 'encrypted (v2, service-kit crypto)';
comment on column application.end_note is 'encrypted (v2, service-kit crypto)';
comment on column member_file.content is 'encrypted bytes (v2:<keyId>: then iv, ciphertext and tag), bound to member_id/kind';
