-- The decreed closures move to the one calendar (service-kit tables kit_calendar_*, published to every service as
-- ClosureDecreed). Existing closures keep their id; POST /api/v1/calendar/republish sends them to the other services.
-- calendar_closure stays, unused, for the record.
insert into kit_calendar_closure (closure_id, closure_date, reason, legal_source, sites, closes_from, revoked, updated_at)
select id, closure_date, reason, legal_source, '', null, false, added_at from calendar_closure
on conflict (closure_id) do nothing;
