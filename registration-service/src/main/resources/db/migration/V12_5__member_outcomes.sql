-- Outcomes belong to each member: withdrawal, departure, recognition and a final rejection end that member's
-- procedure only. The case ends when no member remains in the procedure.
alter table member add column procedure_status text not null default 'IN_PROCEDURE';
alter table member add column ended_on date;
-- Members of cases that already ended before this change ended with their case.
update member m set procedure_status = case a.status when 'WITHDRAWN' then 'WITHDRAWN'
                                                   when 'ABANDONED' then 'ABANDONED' else 'CLOSED' end,
                    ended_on = a.ended_on
  from application a where m.application_id = a.id and a.status <> 'REGISTERED';

-- The members each decision concerns (from StatusRejected, ApplicationNotAdmitted v2, StatusRecognized), so that an
-- event naming only the decision (v1 RejectionBecameFinal, a reconsideration filed) is told apart per member.
create table decision_member (
    decision_id     uuid not null,
    member_id       uuid not null,
    case_id         uuid not null,
    primary key (decision_id, member_id)
);

-- The members a timeline line concerns (comma-separated ids); null: the whole case.
alter table timeline_entry add column member_ids text;
