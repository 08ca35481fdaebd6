-- A case as decision-service knows it: ids and roles only, no names.
create table decision_case (
    id                      uuid primary key,            -- the case id (registration's)
    case_number             text,                        -- null until the registration arrives
    status                  text not null,
    registered              boolean not null,
    opened_at               timestamptz not null,
    updated_at              timestamptz not null,
    version                 bigint not null
);

create table case_member (
    id                      uuid primary key,            -- the member id (registration's)
    case_id                 uuid not null references decision_case (id),
    position                integer not null,
    family_role             text not null,
    adult                   boolean not null,
    outcome                 text not null,               -- PENDING, RECOGNIZED, REJECTED, FINALLY_REJECTED
    outcome_decision_id     uuid,
    unique (case_id, position)
);
create index case_member_case on case_member (case_id);

-- Every resolution, with its reasons (which stay here), its notification and what became of it.
create table decision (
    id                      uuid primary key,
    case_id                 uuid not null references decision_case (id),
    position                integer not null,
    kind                    text not null,               -- ADMISSIBILITY, ELIGIBILITY
    outcome                 text not null,               -- ADMITTED, NOT_ADMITTED, RECOGNIZED, REJECTED
    ground                  text,
    legal_basis             text,
    reasons                 text,
    decided_on              date not null,
    decided_by              text not null,
    decided_at              timestamptz not null,
    origin                  text not null,               -- FIRST_INSTANCE, RECONSIDERATION, APPEAL
    origin_ref              uuid,                        -- the reconsideration or appeal id
    challenged_decision_id  uuid references decision (id),
    notified_on             date,
    notification_channel    text,
    acknowledged            boolean,
    notified_by             text,
    notified_at             timestamptz,
    challenge_state         text,                        -- negative decisions: OPEN, OVERTURNED, FINAL
    final_on                date,
    final_cause             text,
    overturned_by           uuid,
    unique (case_id, position)
);
create index decision_case_id on decision (case_id);

create table decision_member (
    decision_id             uuid not null references decision (id),
    position                integer not null,
    member_id               uuid not null,
    primary key (decision_id, position)
);
