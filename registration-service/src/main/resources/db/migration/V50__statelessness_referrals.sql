-- Statelessness referrals to MIRE (issue 13; Executive Decree 10 of 2019): one row per referral of one member.
-- reason: the person's story, encrypted by the application (kit crypto, like every free text here).
create table statelessness_referral (
    id                      uuid primary key,
    case_id                 uuid not null references application (id),
    member_id               uuid not null,
    referred_by_body        text not null,               -- ONPAR, CONARE
    referred_by             text not null,
    referred_on             date not null,
    reason                  text not null,
    status                  text not null,               -- REFERRED, ACKNOWLEDGED, DECIDED
    acknowledged_on         date,
    mire_reference          text,
    outcome                 text,                        -- RECOGNISED_STATELESS, NOT_RECOGNISED
    decided_on              date,
    updated_by              text not null,
    updated_at              timestamptz not null,
    version                 bigint not null default 0
);
create index statelessness_referral_case on statelessness_referral (case_id);
create index statelessness_referral_member on statelessness_referral (member_id);
comment on column statelessness_referral.reason is 'encrypted (v2, service-kit crypto)';
