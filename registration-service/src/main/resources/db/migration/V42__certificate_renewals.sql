-- Issue 13, "documents people carry": renewals of asylum-seeker certificates while the member's procedure is open.
-- The certificate keeps its number; each renewal adds a period that starts the day after the former last day
-- (procedure-rules DocumentValidity). One row per renewal: the history of the certificate's validity.
create table certificate_renewal (
    id                  uuid primary key,
    certificate_id      uuid not null references certificate (id),
    former_valid_until  date not null,
    valid_from          date not null,
    valid_until         date not null,
    renewed_on          date not null,
    renewed_by          text not null,
    check (valid_until >= valid_from)
);
create index certificate_renewal_certificate on certificate_renewal (certificate_id);
-- ONPAR's expiry list: certificates in force by their last day.
create index certificate_issued_valid_until on certificate (valid_until) where status = 'ISSUED';
