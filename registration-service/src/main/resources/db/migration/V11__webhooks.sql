-- Webhook subscriptions of partner NGOs: where their referral status changes are sent, signed with a secret shown
-- once at subscription. Deleted subscriptions are kept (deleted_at) with their delivery log, but receive nothing.
create table webhook_subscription (
    id           uuid primary key,
    partner      text not null,
    url          text not null,
    description  text,
    secret       text not null,
    created_at   timestamptz not null,
    created_by   text not null,
    deleted_at   timestamptz,
    version      bigint not null
);
create index webhook_subscription_partner on webhook_subscription (partner) where deleted_at is null;

-- One notification to one destination, queued in the transaction of the referral status change it reports.
-- The payload is fixed at queueing (ids, type, coarse status, time; no personal data). A sender claims due rows
-- with FOR UPDATE SKIP LOCKED and a short lease (claim, claimed_until), so two instances never send one twice at once.
create table webhook_delivery (
    id               uuid primary key,
    subscription_id  uuid not null references webhook_subscription (id),
    event_type       text not null,
    referral_id      uuid not null,
    referral_status  text not null,
    payload          text not null,
    status           text not null,
    attempts         integer not null,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    claim            uuid,
    claimed_until    timestamptz,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    version          bigint not null
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_subscription on webhook_delivery (subscription_id, created_at desc);

-- The delivery log: every attempt with the receiver's HTTP status, or the error when there was no answer.
create table webhook_attempt (
    id            uuid primary key,
    delivery_id   uuid not null references webhook_delivery (id),
    attempted_at  timestamptz not null,
    status_code   integer,
    error         text,
    duration_ms   bigint not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);
