-- Issue 8: a child without a responsible adult is marked UNACCOMPANIED or SEPARATED by the officer (no longer
-- flagged silently). Older rows flagged unaccompanied_child keep a null here and read as UNACCOMPANIED.
alter table member add column child_alone text;
