-- Per person: gender, languages, identity document, specific needs.
alter table member add column gender text;
alter table member add column languages text not null default '';
alter table member add column id_document_type text;
alter table member add column id_document_number text;
alter table member add column id_document_country text;
alter table member add column specific_needs text not null default '';

-- The application: briefing on rights and obligations, entry place, grounds, priority, end of the case,
-- registration interview.
alter table application add column place_of_entry text;
alter table application add column grounds_stated text;
alter table application add column briefing_language text;
alter table application add column briefing_at timestamptz;
alter table application add column briefing_officer text;
alter table application add column priority boolean not null default false;
alter table application add column status_since timestamptz;
alter table application add column ended_on date;
alter table application add column end_note text;
alter table application add column interview_at timestamp;
alter table application add column interview_site text;
create index application_interview_site_day on application (interview_site, interview_at);

-- Keyed hashes (HMAC-SHA256) of normalised identity facts, to find possible duplicates without the raw values.
create table search_key (
    member_id       uuid not null references member (id),
    application_id  uuid not null references application (id),
    kind            text not null,
    key_hash        text not null,
    primary key (member_id, kind, key_hash)
);
create index search_key_hash on search_key (key_hash);

-- Intake sites with office hours and daily capacity for registration interviews, maintained by operators.
create table intake_site (
    code            text primary key,
    name            text not null unique,
    opens           time not null,
    closes          time not null,
    slot_minutes    integer not null,
    daily_capacity  integer not null,
    active          boolean not null,
    version         bigint not null
);
insert into intake_site (code, name, opens, closes, slot_minutes, daily_capacity, active, version) values
    ('BALBOA', 'ONPAR Balboa', '07:00', '16:00', 20, 25, true, 0),
    ('METETI', 'ONPAR Metetí', '08:00', '16:00', 30, 12, true, 0),
    ('SAN_VICENTE', 'ETRM San Vicente', '08:00', '16:00', 30, 12, true, 0),
    ('LAJAS_BLANCAS', 'Lajas Blancas', '08:00', '16:00', 30, 10, true, 0),
    ('LOS_PLANES', 'Los Planes', '08:00', '16:00', 30, 10, true, 0);

-- Uploaded files per member: photograph and copy of the identity document, with their SHA-256.
create table member_file (
    member_id       uuid not null references member (id),
    kind            text not null,
    content_type    text not null,
    size_bytes      bigint not null,
    sha256          text not null,
    content         bytea not null,
    uploaded_by     text not null,
    uploaded_at     timestamptz not null,
    primary key (member_id, kind)
);

-- Asylum-seeker certificates, one per member.
create sequence certificate_number_seq;
create table certificate (
    id              uuid primary key,
    number          text not null unique,
    application_id  uuid not null references application (id),
    member_id       uuid not null unique references member (id),
    valid_from      date not null,
    valid_until     date not null,
    status          text not null,
    revoked_on      date,
    revocation_reason text,
    version         bigint not null
);
create index certificate_application on certificate (application_id);

-- The case's timeline from every service's events: type, time and a short fact without personal data.
create table timeline_entry (
    event_id        uuid primary key,
    case_id         uuid not null,
    event_type      text not null,
    source          text not null,
    occurred_at     timestamptz not null,
    fact            text not null,
    facts           text not null
);
create index timeline_entry_case on timeline_entry (case_id, occurred_at);
