-- Shared by every service (service-kit): Idempotency-Key records and the append-only audit trail.

-- One row per (caller, Idempotency-Key) of a POST: the request's hash while it runs, then the response to replay.
-- Removed by Housekeeping after expires_at (24 h by default).
create table idempotency_record (
    caller          text not null,           -- the token's subject
    idempotency_key text not null,
    request_hash    text not null,           -- SHA-256 (hex) of method, path and raw body
    state           text not null check (state in ('in-progress', 'completed')),
    status          integer,
    content_type    text,
    location        text,
    body            bytea,
    created_at      timestamptz not null default now(),
    completed_at    timestamptz,
    expires_at      timestamptz not null,
    primary key (caller, idempotency_key)
);
create index idempotency_record_expiry on idempotency_record (expires_at);

-- Every request to /api/v1/**: an 'access' row written before the request runs (if it cannot be written, the request
-- is refused), then an 'outcome' row with the response status, both with the same request_id. Never updated or
-- deleted (enforced below).
create table audit_record (
    id             bigserial primary key,
    request_id     uuid not null,
    kind           text not null check (kind in ('access', 'outcome')),
    recorded_at    timestamptz not null default now(),
    subject        text,                      -- the token's subject; null for an anonymous (public) request
    role           text,                      -- the token's groups, comma-separated
    institution    text,
    method         text not null,
    path_template  text,                      -- e.g. /api/v1/cases/{caseId}
    path           text not null,             -- the concrete path
    case_id        text,                      -- the caseId path parameter, if the endpoint has one
    purpose        text,                      -- X-Purpose header, if sent
    correlation_id uuid,
    status         integer                    -- outcome rows only
);
create index audit_record_request on audit_record (request_id);
create index audit_record_case on audit_record (case_id, recorded_at) where kind = 'access';
create index audit_record_subject on audit_record (subject, recorded_at) where kind = 'access';
create index audit_record_time on audit_record (recorded_at) where kind = 'access';

create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_record_no_update_or_delete before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_is_append_only();
