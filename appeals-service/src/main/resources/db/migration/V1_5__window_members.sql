-- Outcomes per member: a window names the members who may use it (from ResolutionNotified v2, or, for a v1
-- notification, the members of the decision as StatusRejected / ApplicationNotAdmitted v2 named them).
alter table challenge_window add column member_ids text;

create table decision_member (
    decision_id         uuid not null,
    member_id           uuid not null,
    primary key (decision_id, member_id)
);
