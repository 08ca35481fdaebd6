-- Issue 8: capacity per site and weekday is data operators maintain; a case without a free slot waits on a
-- waiting list (business state, never a dead letter); children's cases first; child-appropriate interviews.

-- The intake sites interview-service books at: code (as registration-service names it) and name (as events carry it).
create table interview_site (
    code                  text primary key,
    name                  text not null unique,
    children_slots        integer not null,   -- first slots of each day held for unaccompanied/separated children
    updated_by            text,
    updated_at            timestamptz,
    version               bigint not null
);

-- Interviews a site holds per weekday (a weekday without a row holds none).
create table site_capacity (
    site_code             text not null references interview_site (code),
    weekday               text not null,
    interviews            integer not null check (interviews >= 0),
    primary key (site_code, weekday)
);

insert into interview_site (code, name, children_slots, version) values
    ('BALBOA', 'ONPAR Balboa', 1, 0),
    ('METETI', 'ONPAR Metetí', 1, 0),
    ('SAN_VICENTE', 'ETRM San Vicente', 1, 0),
    ('LAJAS_BLANCAS', 'Lajas Blancas', 1, 0),
    ('LOS_PLANES', 'Los Planes', 1, 0);
insert into site_capacity (site_code, weekday, interviews)
    select s.code, d.weekday, 8 from interview_site s
    cross join (values ('MONDAY'), ('TUESDAY'), ('WEDNESDAY'), ('THURSDAY'), ('FRIDAY')) as d (weekday);

-- A case whose interviews could not be booked yet: ordered by priority rank, then registration time.
create table waiting_case (
    case_id               uuid primary key references interview_case (id),
    site                  text not null,
    priority              text not null,      -- CHILD_ALONE | SPECIFIC_NEEDS | STANDARD
    priority_rank         integer not null,   -- 0, 1, 2: lower first
    registered_at         timestamptz not null,
    reason                text not null,      -- NO_FREE_SLOT
    since                 timestamptz not null,
    booked_at             timestamptz,
    left_at               timestamptz,        -- the case ended while waiting
    attempts              integer not null
);
create index waiting_case_queue on waiting_case (site, priority_rank, registered_at, case_id)
    where booked_at is null and left_at is null;

-- Child-appropriate interviews (a case of children only) record the guardian or legal representative present.
alter table interview add column child_appropriate boolean not null default false;
alter table interview add column guardian text;   -- encrypted at rest (name of the guardian or representative)

-- The case's place in queues (children alone first).
alter table interview_case add column priority text not null default 'STANDARD';
