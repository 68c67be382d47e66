-- Partnering's requests close by themselves (issue 19): an admin may set the instant at which a session's requests
-- close and its accepted meetings are scheduled, as the admin's own "close and schedule" button does. Null: they close
-- only by hand. The instant lies before the meetings begin; a scheduled job (ShedLock) closes each session whose
-- instant has come and whose requests are still open (requests_closed_at is null), once.

alter table partnering_events add column requests_close_at timestamptz;

alter table partnering_events add constraint ck_partnering_events_requests_close
    check (requests_close_at is null or requests_close_at < window_starts_at);

-- The job's search: the sessions still open with a closing instant.
create index ix_partnering_events_requests_close on partnering_events (requests_close_at)
    where requests_closed_at is null and requests_close_at is not null;
