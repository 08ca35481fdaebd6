-- Shared by every service (service-kit). Versions below 1 so each service's own migrations start at V1.

-- Events written in the same transaction as the state change they describe; relayed to Kafka after commit.
create table outbox_event (
    id            uuid primary key,          -- the event id (CloudEvents id)
    seq           bigserial not null unique, -- relay order
    topic         text not null,
    event_key     text not null,             -- the case id: one case's events stay in order
    event_type    text not null,             -- CloudEvents type, e.g. pa.gob.refugio.ApplicationRegistered.v1
    payload       text not null,             -- the event as JSON (CloudEvents data)
    occurred_at   timestamptz not null,
    correlation_id uuid not null,
    causation_id  uuid,
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    attempts      integer not null default 0,
    last_error    text
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;

-- Events already processed by a consumer of this service, written in the same transaction as the effect.
create table inbox_event (
    consumer      text not null,
    event_id      uuid not null,
    event_type    text not null,
    case_id       uuid,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
