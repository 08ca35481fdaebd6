-- A window in which a negative resolution may be challenged: reconsideration (to CONARE) or appeal (to the Minister).
create table challenge_window (
    id                  uuid primary key,
    case_id             uuid not null,
    decision_id         uuid not null,
    kind                text not null,              -- RECONSIDERATION | APPEAL
    resolution          text,                       -- the negative resolution challenged (REJECTED, NOT_ADMITTED)
    reconsideration_id  uuid,                       -- for an appeal window: the confirmed reconsideration
    notified_on         date not null,
    notification_channel text,
    last_day            date not null,
    status              text not null,              -- OPEN | USED | LAPSED
    closed_on           date,
    opened_at           timestamptz not null,
    version             bigint not null,
    unique (decision_id, kind)
);
create index challenge_window_case on challenge_window (case_id);
create index challenge_window_open on challenge_window (last_day) where status = 'OPEN';

create table reconsideration (
    id                  uuid primary key,
    case_id             uuid not null,
    decision_id         uuid not null unique,
    window_id           uuid not null references challenge_window (id),
    filed_on            date not null,
    last_day            date not null,
    grounds             text not null,
    filed_by            text not null,
    status              text not null,              -- FILED | GRANTED | CONFIRMED
    decided_on          date,
    reasons             text,
    decided_by          text,
    version             bigint not null
);
create index reconsideration_case on reconsideration (case_id);

create table appeal (
    id                  uuid primary key,
    case_id             uuid not null,
    decision_id         uuid not null unique,
    window_id           uuid not null references challenge_window (id),
    reconsideration_id  uuid references reconsideration (id),
    filed_on            date not null,
    last_day            date not null,
    grounds             text not null,
    filed_by            text not null,
    status              text not null,              -- FILED | GRANTED | DENIED
    decided_on          date,
    reasons             text,
    decided_by          text,
    version             bigint not null
);
create index appeal_case on appeal (case_id);

-- ONPAR's case summary sent to the Ministry with an appeal (JSON, generated when the appeal is filed).
create table case_summary (
    id                  uuid primary key,
    appeal_id           uuid not null unique references appeal (id),
    case_id             uuid not null,
    sent_on             date not null,
    content             text not null
);

create table judicial_review (
    id                  uuid primary key,
    case_id             uuid not null,
    decision_id         uuid not null,
    filed_on            date not null,
    court_reference     text not null,
    recorded_by         text not null,
    status              text not null,              -- PENDING | DECIDED
    outcome             text,
    decided_on          date,
    version             bigint not null
);
create index judicial_review_case on judicial_review (case_id);

-- One-off closures of public offices decreed by the Executive; deadlines computed here honour them.
create table calendar_closure (
    id                  uuid primary key,
    closure_date        date not null unique,
    reason              text not null,
    legal_source        text not null,
    added_by            text not null,
    added_at            timestamptz not null
);

-- What happened to a case as this service knows it (events consumed and produced), for the case summary.
create table case_timeline (
    id                  uuid primary key,
    case_id             uuid not null,
    event_id            uuid not null unique,
    event_type          text not null,
    occurred_on         date not null,
    occurred_at         timestamptz not null,
    decision_id         uuid,
    direction           text not null,              -- CONSUMED | PUBLISHED
    detail              text not null
);
create index case_timeline_case on case_timeline (case_id, occurred_at);
