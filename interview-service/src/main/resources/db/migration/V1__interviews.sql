-- The interviews of each asylum case (interview-service). The case id is registration-service's.
create table interview_case (
    id                    uuid primary key,
    case_number           text not null,
    intake_site           text not null,
    status                text not null,
    ready_for_decision    boolean not null,
    readiness_count       integer not null,
    opened_at             timestamptz not null,
    closed_at             timestamptz,
    version               bigint not null
);

-- The family as announced in ApplicationRegistered: ids and adulthood only.
create table case_member (
    case_id               uuid not null references interview_case (id),
    position              integer not null,
    member_id             uuid not null,
    adult                 boolean not null,
    primary key (case_id, position)
);

create table interview (
    id                      uuid primary key,
    case_id                 uuid not null references interview_case (id),
    position                integer not null,      -- order within the case
    member_id               uuid not null,
    kind                    text not null,
    status                  text not null,
    site                    text not null,
    scheduled_at            timestamp not null,    -- local time in Panama
    called_reason           text,                  -- extension interviews: why ONPAR called it
    called_by               text,
    reschedule_count        integer not null,
    last_reschedule_reason  text,
    no_show_count           integer not null,
    cancel_reason           text,
    interviewer             text,
    interpreter_language    text,
    duration_minutes        integer,
    summary                 text,                  -- the applicant's account: never leaves this service
    completed_at            timestamptz,
    recorded_by             text,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);
create unique index interview_case_position on interview (case_id, position);
-- One interview per slot and site (cancelled ones give their slot back).
create unique index interview_slot on interview (site, scheduled_at) where status <> 'CANCELLED';
