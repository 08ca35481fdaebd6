-- Issue 11 "seal": what appeals-service stores encrypted at rest (service-kit crypto, format v2: AES-256-GCM
-- bound to table, column and row id). No value changes here: the service's start encrypts what a column still
-- holds in plaintext (or as v1) before it serves, then seals the column; from then on plaintext is refused on read.
comment on column reconsideration.grounds is 'encrypted (v2, service-kit crypto)';
comment on column reconsideration.reasons is 'encrypted (v2, service-kit crypto)';
comment on column appeal.grounds is 'encrypted (v2, service-kit crypto)';
comment on column appeal.reasons is 'encrypted (v2, service-kit crypto)';
comment on column window_reinstatement.legal_ground is 'encrypted (v2, service-kit crypto)';
comment on column back_dated_challenge_entry.payload is 'encrypted (v2, service-kit crypto)';
comment on column back_dated_challenge_entry.rejection_reason is 'encrypted (v2, service-kit crypto)';
comment on column case_summary.content is 'encrypted (v2, service-kit crypto)';
