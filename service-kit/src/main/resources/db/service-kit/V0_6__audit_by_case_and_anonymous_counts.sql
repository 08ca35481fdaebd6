-- Issue 11 (part "gate"): every read of personal data is found by its case, and anonymous public requests are counted
-- rather than recorded one by one.

-- An outcome row carries the case its answer was about when the path named none (pa.gob.refugio.kit.audit.CaseScoped:
-- /decisions/{id}, /interviews/{id}, /documents/{number}, case summaries ...), one outcome row per case of a list.
create index audit_record_outcome_case on audit_record (case_id) where kind = 'outcome';

-- Anonymous requests to public endpoints (no token, e.g. document verification): one row per hour, method, path
-- template and response status with how many there were. Bounded by design (hours x public templates x statuses),
-- whatever the number of calls; counted after the request (its answer holds no personal data).
create table audit_anonymous_count (
    hour          timestamptz not null,
    method        text        not null,
    path_template text        not null,
    status        integer     not null,
    requests      bigint      not null,
    first_at      timestamptz not null default now(),
    last_at       timestamptz not null default now(),
    primary key (hour, method, path_template, status)
);
