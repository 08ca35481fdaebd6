-- Issue 8, item 2: legal dates one officer cannot turn against a person.
-- A decision or notification dated more than refugio.four-eyes.back-dated-business-days business days back waits
-- here, with no effect, until a second officer (another user) confirms it or someone rejects it.
create table back_dated_entry (
    id                      uuid primary key,
    case_id                 uuid not null,
    kind                    text not null,               -- ADMISSIBILITY, ELIGIBILITY, NOTIFICATION
    decision_id             uuid,                        -- NOTIFICATION: the decision notified; else the decision once confirmed
    legal_date              date not null,
    business_days_back      integer not null,
    payload                 text not null,               -- the request as JSON, encrypted (reasons are personal)
    requested_by            text not null,
    requested_at            timestamptz not null,
    status                  text not null,               -- AWAITING_CONFIRMATION, CONFIRMED, REJECTED
    resolved_by             text,
    resolved_at             timestamptz,
    rejection_reason        text,                        -- encrypted
    version                 bigint not null
);
create index back_dated_entry_case on back_dated_entry (case_id);
