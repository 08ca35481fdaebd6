-- The end of a recognised member's status (cessation, cancellation, revocation) is a decision of kind STATUS_END;
-- a final negative decision may be annulled by the Third Chamber (judicial review recorded in appeals-service).
alter table decision add column end_kind text;
alter table decision add column annulled_on date;
alter table decision add column annulled_by uuid;
