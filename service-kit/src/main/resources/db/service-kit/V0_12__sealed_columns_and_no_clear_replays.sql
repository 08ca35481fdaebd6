-- Shared by every service (service-kit), issue 11 "seal": no clear copy of personal data.

-- Responses kept for an Idempotency-Key are stored encrypted from now on (IdempotencyStore). Those stored before
-- in clear (a registration's answer holds the identity document number, grounds and needs) are removed: a retry
-- of such a request within its 24 hours runs again instead of being replayed.
delete from idempotency_record where body is not null;

-- Encrypted columns found once without plaintext (ReEncryptionJob): from then on a plaintext value there is
-- refused on read and never encrypted by the job, so a value written around the application is not made to look
-- authentic. The start of each service encrypts the columns not listed here yet, then lists them.
create table encrypted_column_sealed (
    table_name  text not null,
    column_name text not null,
    sealed_at   timestamptz not null default now(),
    primary key (table_name, column_name)
);
