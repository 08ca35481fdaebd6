-- Issue 13, amendments: cards to print again after registration corrected their holder's identity data
-- (MemberDataCorrected). Identifiers and the names of the fields changed only; no personal data.
create table document_reissue (
    id                  uuid primary key,
    document_id         uuid not null,
    document_number     text not null,
    case_id             uuid not null,
    member_id           uuid not null,
    correction_version  integer not null,
    fields_changed      text not null,
    requested_at        timestamptz not null,
    printed_at          timestamptz,
    printed_by          text,
    unique (document_number, correction_version)
);
create index document_reissue_pending on document_reissue (requested_at) where printed_at is null;
