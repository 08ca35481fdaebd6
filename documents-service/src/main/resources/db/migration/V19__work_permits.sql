-- Work permits (issue 13): MITRADEL's permit per member, linked to the document that allows it; and the members'
-- working age as registration publishes it (the adult flag of ApplicationRegistered; no date of birth here).
create table member_working_age (
    member_id               uuid primary key,
    case_id                 uuid not null,
    adult                   boolean not null,
    source_event_id         uuid not null,
    recorded_at             timestamptz not null
);

create table work_permit (
    id                      uuid primary key,
    permit_number           text not null unique,
    document_id             uuid not null references document (id),
    document_number         text not null,
    case_id                 uuid not null,
    member_id               uuid not null,
    valid_from              date not null,
    valid_until             date not null,
    status                  text not null,               -- IN_FORCE, ENDED (EXPIRED is derived)
    ended_on                date,
    recorded_by             text not null,
    recorded_at             timestamptz not null,
    version                 bigint not null default 0,
    check (valid_until >= valid_from)
);
create index work_permit_document on work_permit (document_number);
create index work_permit_member on work_permit (member_id);
