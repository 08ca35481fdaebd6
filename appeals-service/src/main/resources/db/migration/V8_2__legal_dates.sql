-- Issue 8, item 2: legal dates one officer cannot turn against a person.

-- A window a supervisor reinstated counts its business days afresh from the reinstatement.
alter table challenge_window add column reinstated_on date;

-- Filings, paper receipts, challenge decisions and notifications dated more than
-- refugio.four-eyes.back-dated-business-days business days back wait here, with no effect, for a second officer.
create table back_dated_challenge_entry (
    id                  uuid primary key,
    case_id             uuid not null,
    kind                text not null,        -- RECONSIDERATION_FILING, APPEAL_FILING, RECONSIDERATION_DECISION, APPEAL_DECISION, CONFIRMATION_NOTIFICATION
    decision_id         uuid not null,        -- the challenged decision
    target_id           uuid,                 -- the reconsideration or appeal decided or notified; the filing once confirmed
    legal_date          date not null,
    business_days_back  integer not null,
    payload             text not null,        -- the request as JSON, encrypted (grounds and reasons are personal)
    requested_by        text not null,
    requested_at        timestamptz not null,
    status              text not null,        -- AWAITING_CONFIRMATION, CONFIRMED, REJECTED
    resolved_by         text,
    resolved_at         timestamptz,
    rejection_reason    text,                 -- encrypted
    version             bigint not null
);
create index back_dated_challenge_entry_case on back_dated_challenge_entry (case_id);

-- A reconsideration or appeal filed on paper: the receipt ONPAR gave, the day it was received and keyed in.
create table paper_receipt (
    id                  uuid primary key,
    case_id             uuid not null,
    decision_id         uuid not null,
    window_kind         text not null,        -- RECONSIDERATION, APPEAL
    filing_id           uuid not null,        -- the reconsideration or appeal
    reference           text not null,        -- ONPAR's receipt (registry) number
    received_on         date not null,
    keyed_on            date not null,
    keyed_by            text not null,
    undid_lapse         boolean not null      -- the window had lapsed and was reinstated for this filing
);
create index paper_receipt_case on paper_receipt (case_id);

-- Windows reinstated: by a paper filing received in time, or by a supervisor with the legal ground (encrypted).
create table window_reinstatement (
    id                  uuid primary key,
    window_id           uuid not null references challenge_window (id),
    case_id             uuid not null,
    decision_id         uuid not null,
    window_kind         text not null,
    cause               text not null,        -- PAPER_FILING, SUPERVISOR
    legal_ground        text,                 -- encrypted; the supervisor's legal ground, or the paper receipt
    previous_last_day   date not null,
    last_day            date not null,
    reinstated_on       date not null,
    reinstated_by       text not null,
    reinstated_at       timestamptz not null
);
create index window_reinstatement_case on window_reinstatement (case_id);
