-- Read model of where every member stands (issue 9): written by the event consumers in the inbox transaction,
-- rebuilt per case from the timeline; existing cases are filled by ProgressBackfill at start.

-- Where each member stands now.
create table member_progress (
    member_id       uuid primary key,
    case_id         uuid not null,
    role            text not null,
    stage           text not null,
    waiting_for     text,
    since           timestamptz not null,
    held_by         text
);
create index member_progress_case on member_progress (case_id);
create index member_progress_stage_since on member_progress (stage, since);

-- Every stage each member went through (for the statistics: entries per month, people at a date, days per stage).
create table member_stage (
    member_id       uuid not null,
    position        integer not null,
    case_id         uuid not null,
    stage           text not null,
    entered_at      timestamptz not null,
    left_at         timestamptz,
    primary key (member_id, position)
);
create index member_stage_stage_entered on member_stage (stage, entered_at);
