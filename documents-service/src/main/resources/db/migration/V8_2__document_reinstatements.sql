-- Issue 8, item 2: a provisional ID revoked by a final rejection comes back when that rejection is reversed (a lapse
-- undone); the revocation stays here, as the document's history.
create table document_reinstatement (
    id                  uuid primary key,
    document_id         uuid not null references document (id),
    case_id             uuid not null,
    member_id           uuid not null,
    revocation_reason   text not null,
    revoked_on          date not null,
    reinstated_on       date not null,
    cause_event_id      uuid not null,        -- the FinalRejectionReversed event
    reinstated_at       timestamptz not null
);
create index document_reinstatement_case on document_reinstatement (case_id);
