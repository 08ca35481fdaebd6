-- Shared by every service (service-kit kit.calendar): the replica of the one calendar appeals-service owns
-- (decreed closures, intake sites and their hours), kept from ClosureDecreed / ClosureRevoked / SiteHoursSet on
-- appeals.events; and the intake site of each case, kept from ApplicationRegistered, so that deadlines are counted
-- on the calendar of the case's site. In appeals-service (the owner) the same tables are the calendar itself.

create table kit_calendar_closure (
    closure_id      uuid primary key,
    closure_date    date not null,
    reason          text not null,
    legal_source    text not null,
    sites           text not null default '',   -- site codes separated by ','; empty for a national closure
    closes_from     time,                       -- null: the whole day; else offices close at that time
    revoked         boolean not null default false,
    revoked_by      text,                       -- legal source of the revocation
    updated_at      timestamptz not null default now()
);
create index kit_calendar_closure_date on kit_calendar_closure (closure_date);

create table kit_site (
    code            text primary key,           -- e.g. BALBOA
    name            text not null               -- as in ApplicationRegistered.intakeSite, e.g. ONPAR Balboa
);

-- Hours per site and weekday (ISO: 1 = Monday … 7 = Sunday); a weekday without a row is closed.
create table kit_site_hours (
    site            text not null references kit_site (code),
    day_of_week     smallint not null check (day_of_week between 1 and 7),
    opens           time not null,
    closes          time not null check (opens < closes),
    primary key (site, day_of_week)
);

-- The intake site of each case (from ApplicationRegistered).
create table kit_case_site (
    case_id         uuid primary key,
    site            text not null               -- the site's name or code as registered
);

-- The known sites and hours (PROCEDURE.md: Balboa Mon–Fri 07:00–16:00; Metetí and the ETRMs open at 08:00), the
-- same in every service until operators change them (SiteHoursSet).
insert into kit_site (code, name) values
    ('BALBOA', 'ONPAR Balboa'),
    ('METETI', 'ONPAR Metetí'),
    ('SAN_VICENTE', 'ETRM San Vicente'),
    ('LAJAS_BLANCAS', 'Lajas Blancas'),
    ('LOS_PLANES', 'Los Planes');
insert into kit_site_hours (site, day_of_week, opens, closes)
select s.code, d.day, case when s.code = 'BALBOA' then time '07:00' else time '08:00' end, time '16:00'
from kit_site s cross join (values (1), (2), (3), (4), (5)) as d (day);
