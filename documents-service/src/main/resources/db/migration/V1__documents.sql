-- Document numbers are readable and per kind: SP-<year>-000001 (provisional ID), RF-<year>-000001 (refugee document).
create sequence provisional_id_number_seq;
create sequence refugee_document_number_seq;

-- One provisional ID or refugee document of one member. EXPIRED is not stored: it is VALID past valid_until.
create table document (
    id                      uuid primary key,
    document_number         text not null unique,
    case_id                 uuid not null,
    member_id               uuid not null,
    kind                    text not null check (kind in ('PROVISIONAL_ID', 'REFUGEE_DOCUMENT')),
    status                  text not null check (status in ('VALID', 'RENEWAL_PENDING', 'REVOKED', 'SUPERSEDED')),
    valid_from              date not null,
    valid_until             date not null,
    work_permit_eligible    boolean not null,
    issued_at               timestamptz not null,
    source_event_id         uuid not null,
    revoked_on              date,
    revocation_reason       text,
    superseded_by           uuid references document (id),
    version                 bigint not null,
    check (valid_until >= valid_from)
);
-- A member never holds two active documents of one kind, whatever the redeliveries or races.
create unique index document_one_active_per_member_and_kind on document (member_id, kind)
    where status in ('VALID', 'RENEWAL_PENDING');
create index document_case on document (case_id);
create index document_active_valid_until on document (valid_until) where status in ('VALID', 'RENEWAL_PENDING');

-- Cases that ended (final rejection, withdrawal, abandonment): their provisional IDs are not issued or renewed.
create table closed_case (
    case_id                 uuid primary key,
    reason                  text not null,
    closed_on               date not null,
    source_event_id         uuid not null,
    recorded_at             timestamptz not null
);

create table renewal (
    id                      uuid primary key,
    document_id             uuid not null references document (id),
    status                  text not null check (status in ('PENDING', 'APPROVED', 'REFUSED', 'CANCELLED')),
    requested_on            date not null,
    requested_by            text not null,
    valid_until_at_request  date not null,
    decided_on              date,
    decided_by              text,
    new_valid_until         date,
    note                    text,
    version                 bigint not null
);
create unique index renewal_one_pending_per_document on renewal (document_id) where status = 'PENDING';
create index renewal_document on renewal (document_id);

-- A bulk extension of validity by a resolution (e.g. ONPAR's P-095-20), and the documents it extended.
create table validity_extension (
    id                      uuid primary key,
    resolution              text not null,
    kind                    text not null,
    expiring_from           date,
    expiring_before         date not null,
    extend_until            date,
    extend_by_months        integer,
    documents_extended      integer not null,
    applied_on              date not null,
    applied_by              text not null,
    applied_at              timestamptz not null,
    unique (resolution, kind),
    check ((extend_until is null) <> (extend_by_months is null))
);
create table validity_extension_document (
    extension_id            uuid not null references validity_extension (id),
    document_id             uuid not null references document (id),
    previous_valid_until    date not null,
    new_valid_until         date not null,
    primary key (extension_id, document_id)
);

-- ONPAR's certification that a recognised refugee may be issued a travel document by the passport authority.
create table travel_certification (
    id                      uuid primary key,
    document_id             uuid not null references document (id),
    certified_on            date not null,
    certified_by            text not null,
    reference               text,
    recorded_at             timestamptz not null
);
create index travel_certification_document on travel_certification (document_id);
