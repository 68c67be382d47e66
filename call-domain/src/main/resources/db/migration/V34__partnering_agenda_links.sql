-- Each participant's personal link to their partnering agenda as iCalendar
-- (GET /api/v1/info-sessions/{id}/partnering/agenda.ics?token=...), opened by a calendar without signing in.
-- The token is kept as it is, not hashed: the agenda page and every agenda e-mail show the same link again, and a
-- calendar subscribed to it keeps working. It opens one participant's agenda for reading and nothing else. 256 bits
-- from PostgreSQL's strong random source (gen_random_uuid: two version 4 UUIDs, 244 random bits) for the rows of
-- today and for rows inserted without one; the portal writes its own 256 random bits as 64 hex digits.
alter table partnering_participants
    add column agenda_token varchar(64) not null
        default replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
alter table partnering_participants
    add constraint uk_partnering_participants_agenda_token unique (agenda_token);
alter table partnering_participants
    add constraint ck_partnering_participants_agenda_token check (agenda_token ~ '^[0-9a-f]{64}$');
