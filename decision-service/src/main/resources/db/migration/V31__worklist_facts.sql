-- Worklists (issue 9): the facts the queues sort on. From ApplicationRegistered: a child alone (unaccompanied or
-- separated) and specific needs, per member (cases registered before: false, as their events carried no such flag
-- when read). The time the case entered its status (e.g. ready for admissibility): the last update for cases
-- that exist already.
alter table case_member add column unaccompanied_child boolean not null default false;
alter table case_member add column specific_needs boolean not null default false;
alter table decision_case add column status_since timestamptz;
update decision_case set status_since = updated_at;
alter table decision_case alter column status_since set not null;
create index decision_case_status on decision_case (status, status_since);
create index case_member_outcome on case_member (outcome);
