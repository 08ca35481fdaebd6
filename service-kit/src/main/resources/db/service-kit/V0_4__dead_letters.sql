-- Shared by every service (service-kit): records a consumer of this service could not read (no or unknown ce_type,
-- not the JSON of the event it claims to be). Stored here in a transaction of their own, then the record is
-- acknowledged (a copy still goes to <service>.dlq for Kafka tools). Operations list, inspect (redacted), replay or
-- discard them at /api/v1/operations/dead-letters. The payload is stored encrypted (kit FieldCipher): by contract an
-- event carries no personal data, but a poison record may.
create table dead_letter (
    id                uuid primary key,
    consumer          text not null,             -- inbox name of the consumer, e.g. interview-service
    topic             text not null,
    kafka_partition   integer not null,
    kafka_offset      bigint not null,
    record_key        text,
    event_type        text,                      -- ce_type as received (null when missing)
    case_id           uuid,                      -- from the payload's caseId or the record key, when readable
    reason            text not null,
    headers           text not null,             -- JSON object of the record's headers (name -> UTF-8 value)
    payload           text,                      -- encrypted (v1:<keyId>:...), null for a record without value
    received_at       timestamptz not null default now(),
    state             text not null default 'OPEN' check (state in ('OPEN', 'REPLAYED', 'DISCARDED')),
    resolved_at       timestamptz,
    resolved_by       text,
    resolution_reason text,
    unique (consumer, topic, kafka_partition, kafka_offset)
);
create index dead_letter_open on dead_letter (state, received_at);
