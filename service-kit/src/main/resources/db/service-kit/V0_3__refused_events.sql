-- Shared by every service (service-kit): events a consumer received and a rule of this service refused.
-- A refusal is business state, not a failure: it is written in the same transaction as the inbox row (so the event
-- is not processed again), logged at WARN, and listed for operations at GET /api/v1/operations/refused-events.
-- Never deleted by housekeeping. Identifiers and the rule's answer only: no personal data.
create table refused_event (
    id            bigserial primary key,
    consumer      text not null,
    event_id      uuid not null,
    event_type    text not null,              -- CloudEvents type, e.g. pa.gob.refugio.ApplicationRegistered.v1
    case_id       uuid,
    problem_type  text not null,              -- the problem's type slug (e.g. illegal-transition) or the exception
    status        integer,                    -- the problem's HTTP status, when the refusal was a problem
    detail        text,                       -- what the rule said
    topic         text,
    kafka_partition integer,
    kafka_offset  bigint,
    refused_at    timestamptz not null default now(),
    unique (consumer, event_id)
);
create index refused_event_case on refused_event (case_id);
