-- Issue 13, "documents people carry": the particulars SNM records of a document's holder to print them (names, date
-- of birth, nationality, sex, photograph). One row per member (the person), used by each of their documents. Every
-- value is encrypted at rest (service-kit crypto v2, bound to document_holder.<column> and the member id).
create table document_holder (
    member_id       uuid primary key,
    case_id         uuid not null,
    given_names     text not null,
    family_names    text not null,
    date_of_birth   text not null,
    nationality     text not null,
    sex             text not null,
    photo           bytea not null,
    photo_type      text not null check (photo_type in ('image/jpeg', 'image/png')),
    recorded_by     text not null,
    recorded_at     timestamptz not null,
    version         bigint not null
);
create index document_holder_case on document_holder (case_id);
comment on column document_holder.given_names is 'encrypted (v2, service-kit crypto)';
comment on column document_holder.family_names is 'encrypted (v2, service-kit crypto)';
comment on column document_holder.date_of_birth is 'encrypted (v2, service-kit crypto)';
comment on column document_holder.nationality is 'encrypted (v2, service-kit crypto)';
comment on column document_holder.sex is 'encrypted (v2, service-kit crypto)';
comment on column document_holder.photo is 'encrypted (v2, service-kit crypto)';
