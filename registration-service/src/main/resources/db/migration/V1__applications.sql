create sequence case_number_seq;

create table application (
    id                      uuid primary key,
    case_number             text not null unique,
    intake_site             text not null,
    entry_date              date not null,
    filed_on                date not null,
    filing_last_day         date not null,
    out_of_time             boolean not null,
    late_justification      text,
    status                  text not null,
    registered_by           text not null,
    registered_at           timestamptz not null,
    version                 bigint not null
);

create table member (
    id                      uuid primary key,
    application_id          uuid not null references application (id),
    position                integer not null,
    family_role             text not null,
    given_names             text not null,
    family_names            text not null,
    sex                     text not null,
    date_of_birth           date not null,
    nationalities           text not null,
    responsible_member_id   uuid references member (id),
    unaccompanied_child     boolean not null,
    unique (application_id, position)
);
create index member_application on member (application_id);
