-- Outcomes belong to each member: one member's final rejection, withdrawal or departure ends that member's
-- procedure only (v2 events name the members). No provisional ID is issued or renewed for an ended member.
create table ended_member (
    member_id               uuid primary key,
    case_id                 uuid not null,
    reason                  text not null,               -- REJECTION_FINAL, WITHDRAWN, ABANDONED
    ended_on                date not null,
    source_event_id         uuid not null,
    recorded_at             timestamptz not null
);
create index ended_member_case on ended_member (case_id);

-- The members each rejection concerns (from StatusRejected), so that a v1 RejectionBecameFinal, which names no
-- members, revokes only theirs.
create table rejected_member (
    decision_id             uuid not null,
    member_id               uuid not null,
    case_id                 uuid not null,
    primary key (decision_id, member_id)
);
