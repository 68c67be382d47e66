-- Registrations for information sessions, with a waiting list. The seats taken are counted on the session row, and
-- CHECK constraints keep them within the capacity: whatever the code does, the database never lets one seat too many
-- be taken. A hybrid session has a room and an online capacity, each with its own count and waiting list.

alter table info_sessions
    add column online_capacity       integer,
    add column registration_deadline timestamptz,
    add column language              varchar(2)   not null default 'en',
    add column room                  varchar(200),
    add column cancelled_at          timestamptz,
    add column seats_taken           integer      not null default 0,
    add column online_seats_taken    integer      not null default 0,
    add constraint ck_info_sessions_language check (language in ('en', 'nl')),
    add constraint ck_info_sessions_online_capacity check (
        (format = 'HYBRID') = (online_capacity is not null) and (online_capacity is null or online_capacity > 0)),
    add constraint ck_info_sessions_seats_taken check (seats_taken >= 0 and seats_taken <= capacity),
    add constraint ck_info_sessions_online_seats_taken check (
        online_seats_taken >= 0 and online_seats_taken <= coalesce(online_capacity, 0));

-- Arrival order across all sessions: a waiting list is served in this order.
create sequence info_session_arrival;

create table info_session_registrations (
    id                   bigint generated always as identity primary key,
    session_id           bigint       not null,
    attendance           varchar(10)  not null,
    name                 varchar(200) not null,
    email                varchar(320) not null,
    organisation         varchar(200) not null,
    consent_registration boolean      not null,
    consent_connect      boolean      not null default false,
    status               varchar(12)  not null,
    arrival              bigint       not null default nextval('info_session_arrival'),
    language             varchar(2)   not null default 'en',
    cancel_token_hash    varchar(64)  not null,
    created_at           timestamptz  not null,
    cancelled_at         timestamptz,
    version              bigint       not null default 0,
    constraint fk_info_session_registrations_session foreign key (session_id) references info_sessions (id) on delete cascade,
    constraint uk_info_session_registrations_session_email unique (session_id, email),
    constraint uk_info_session_registrations_cancel_token unique (cancel_token_hash),
    constraint ck_info_session_registrations_attendance check (attendance in ('IN_PERSON', 'ONLINE')),
    constraint ck_info_session_registrations_status check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    constraint ck_info_session_registrations_consent check (consent_registration),
    constraint ck_info_session_registrations_email_lower check (email = lower(email)),
    constraint ck_info_session_registrations_language check (language in ('en', 'nl'))
);
create index ix_info_session_registrations_queue on info_session_registrations (session_id, attendance, status, arrival);
