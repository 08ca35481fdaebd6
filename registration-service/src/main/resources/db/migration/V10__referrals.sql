-- Partner referrals: a partner NGO refers a person it assists to ONPAR, with the person's consent. The partner
-- follows its own referrals only, with a coarse status; consent can be withdrawn (the status then stays frozen).
create table referral (
    id                      uuid primary key,
    partner                 text not null,
    partner_reference       text,
    given_names             text not null,
    family_names            text not null,
    date_of_birth           date not null,
    nationalities           text not null,
    contact_channel         text,
    needs_summary           text,
    consent_purpose         text not null,
    consent_scopes          text not null,
    consent_given_on        date not null,
    consent_taken_by        text not null,
    state                   text not null,
    case_id                 uuid references application (id),
    decline_reason          text,
    handled_by              text,
    handled_at              timestamptz,
    coarse_status           text not null,
    coarse_status_since     timestamptz not null,
    consent_withdrawn_at    timestamptz,
    consent_withdrawn_by    text,
    created_by              text not null,
    created_at              timestamptz not null,
    version                 bigint not null
);
create index referral_partner on referral (partner, created_at);
create index referral_state on referral (state, created_at);
create index referral_case on referral (case_id);

-- ONPAR refers a member of a case to a service (mental health, legal aid, SENNIAF, livelihood, ...), with consent,
-- and records whether the person took it up.
create table service_referral (
    id                      uuid primary key,
    case_id                 uuid not null references application (id),
    member_id               uuid not null references member (id),
    service                 text not null,
    reason_code             text not null,
    consent_purpose         text not null,
    consent_scopes          text not null,
    consent_given_on        date not null,
    consent_taken_by        text not null,
    referred_by             text not null,
    referred_at             timestamptz not null,
    taken_up                boolean,
    uptake_on               date,
    uptake_recorded_by      text,
    version                 bigint not null
);
create index service_referral_case on service_referral (case_id, referred_at);
