-- Issue 13, amendments: every version of a member's identity data is kept. The member row holds the latest values
-- and its data version (1 as registered, one more per correction: the member's ETag). member_version holds each
-- version as registered, corrected or added: the identity data as an encrypted JSON snapshot (service-kit crypto,
-- v2), the reason code, the officer's free-text reason (encrypted) and the evidence (an upload of the member, named
-- by kind and SHA-256, or an identity document's type and number, the number encrypted). Rows are never updated.
alter table member add column data_version integer not null default 1;

create table member_version (
    id                        uuid primary key,
    member_id                 uuid not null references member (id),
    application_id            uuid not null references application (id),
    version                   integer not null,
    change                    text not null,
    fields_changed            text not null,
    identity                  text not null,
    reason_code               text,
    reason                    text,
    evidence_file_kind        text,
    evidence_file_sha256      text,
    evidence_document_type    text,
    evidence_document_number  text,
    recorded_by               text not null,
    recorded_at               timestamptz not null,
    unique (member_id, version)
);
create index member_version_application on member_version (application_id);

comment on column member_version.identity is 'encrypted (v2, service-kit crypto): JSON of the identity data of this version';
comment on column member_version.reason is 'encrypted (v2, service-kit crypto): the officer''s reason in free text';
comment on column member_version.evidence_document_number is 'encrypted (v2, service-kit crypto)';
