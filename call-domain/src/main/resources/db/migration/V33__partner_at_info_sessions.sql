-- Partnering at information sessions (issue 19): an admin switches it on for a session and sets its window, the
-- length of a meeting, the tables in the room, a limit on the requests each participant sends and, for online or
-- hybrid sessions, the base of each meeting's video link. A participant is a signed-in account whose confirmed
-- registration for the session it is (the same e-mail address): it publishes a profile (its organisation from the
-- registry or typed with its enterprise number, what it offers and looks for, the call's goals it targets, when it is
-- available within the window) and asks others for one-to-one meetings, which they accept or decline. The schedule
-- of the accepted meetings (slot and table, or why one could not be placed) has its tables here too.
--
-- Everything hangs off the session and the registration with ON DELETE CASCADE: when the registrations of a past
-- session are erased (icon.sessions.registration-retention), its participants, their requests and meetings go too.

create table partnering_events (
    session_id       bigint primary key,
    enabled          boolean      not null default false,
    window_starts_at timestamptz  not null,
    window_ends_at   timestamptz  not null,
    meeting_minutes  integer      not null,
    table_count      integer      not null,
    request_limit    integer      not null,
    -- Each meeting's video link is this base followed by the meeting's id; only for online and hybrid sessions.
    video_link_base  varchar(500),
    -- Set when an admin closes the requests to schedule the accepted meetings.
    requests_closed_at timestamptz,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint fk_partnering_events_session foreign key (session_id) references info_sessions (id) on delete cascade,
    constraint ck_partnering_events_meeting_minutes check (meeting_minutes in (15, 20)),
    constraint ck_partnering_events_table_count check (table_count between 1 and 1000),
    constraint ck_partnering_events_request_limit check (request_limit between 1 and 100),
    constraint ck_partnering_events_window check (
        window_ends_at >= window_starts_at + make_interval(mins => meeting_minutes)),
    constraint ck_partnering_events_video_link check (video_link_base is null or video_link_base ~ '^https://\S+$')
);

create table partnering_participants (
    id                bigint generated always as identity primary key,
    session_id        bigint       not null,
    registration_id   bigint       not null,
    user_id           bigint       not null,
    -- The organisation of the registry, or null for one typed by the participant (its facts in the columns below,
    -- which for a registry organisation are a copy taken when the profile was saved).
    organisation_id   bigint,
    organisation_name varchar(200) not null,
    organisation_type varchar(20)  not null,
    enterprise_number varchar(10),
    postal_code       varchar(10)  not null,
    country           varchar(2)   not null,
    offers            varchar(2000) not null,
    looks_for         varchar(2000) not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint fk_partnering_participants_event foreign key (session_id)
        references partnering_events (session_id) on delete cascade,
    constraint fk_partnering_participants_registration foreign key (registration_id)
        references info_session_registrations (id) on delete cascade,
    constraint fk_partnering_participants_user foreign key (user_id) references users (id) on delete cascade,
    constraint fk_partnering_participants_organisation foreign key (organisation_id) references organisations (id),
    constraint uk_partnering_participants_session_user unique (session_id, user_id),
    constraint uk_partnering_participants_registration unique (registration_id),
    constraint ck_partnering_participants_type check (organisation_type in ('ENTERPRISE', 'RTO', 'HOSPITAL', 'OTHER')),
    constraint ck_partnering_participants_enterprise_number check (enterprise_number is null or (
        enterprise_number ~ '^[01][0-9]{9}$'
        and 97 - (substr(enterprise_number, 1, 8)::bigint % 97) = substr(enterprise_number, 9, 2)::integer)),
    -- A Belgian enterprise that is new to the registry is known by its enterprise number.
    constraint ck_partnering_participants_new_enterprise_number check (organisation_id is not null
        or organisation_type <> 'ENTERPRISE' or country <> 'BE' or enterprise_number is not null),
    constraint ck_partnering_participants_country check (country ~ '^[A-Z]{2}$')
);
create index ix_partnering_participants_user on partnering_participants (user_id);
create index ix_partnering_participants_organisation on partnering_participants (organisation_id);

-- The call's goals a participant targets.
create table partnering_participant_goals (
    participant_id bigint not null,
    goal_id        bigint not null,
    constraint pk_partnering_participant_goals primary key (participant_id, goal_id),
    constraint fk_partnering_participant_goals_participant foreign key (participant_id)
        references partnering_participants (id) on delete cascade,
    constraint fk_partnering_participant_goals_goal foreign key (goal_id) references call_goals (id) on delete cascade
);
create index ix_partnering_participant_goals_goal on partnering_participant_goals (goal_id);

-- When a participant is available, within the event's window (checked where it is typed: the window may move).
create table partnering_availability (
    participant_id bigint      not null,
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    constraint pk_partnering_availability primary key (participant_id, starts_at),
    constraint fk_partnering_availability_participant foreign key (participant_id)
        references partnering_participants (id) on delete cascade,
    constraint ck_partnering_availability_period check (ends_at > starts_at)
);

create table partnering_requests (
    id           bigint generated always as identity primary key,
    session_id   bigint       not null,
    requester_id bigint       not null,
    invitee_id   bigint       not null,
    message      varchar(500) not null default '',
    status       varchar(10)  not null default 'REQUESTED',
    requested_at timestamptz  not null,
    answered_at  timestamptz,
    version      bigint       not null default 0,
    constraint fk_partnering_requests_event foreign key (session_id)
        references partnering_events (session_id) on delete cascade,
    constraint fk_partnering_requests_requester foreign key (requester_id)
        references partnering_participants (id) on delete cascade,
    constraint fk_partnering_requests_invitee foreign key (invitee_id)
        references partnering_participants (id) on delete cascade,
    constraint ck_partnering_requests_not_oneself check (requester_id <> invitee_id),
    constraint ck_partnering_requests_status check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED')),
    constraint ck_partnering_requests_answered check ((status = 'REQUESTED') = (answered_at is null))
);
-- One request per pair, whichever of the two asked.
create unique index uk_partnering_requests_pair on partnering_requests
    (least(requester_id, invitee_id), greatest(requester_id, invitee_id));
create index ix_partnering_requests_requester on partnering_requests (requester_id);
create index ix_partnering_requests_invitee on partnering_requests (invitee_id);
create index ix_partnering_requests_session_status on partnering_requests (session_id, status);

-- The limit on the requests a participant sends (those not declined), kept here whatever the code does: the
-- sender's row is locked first, so that two requests sent at once are counted one after the other (in READ
-- COMMITTED the count, a later statement, sees the request that committed while this one waited for the lock).
create function check_partnering_request_limit() returns trigger language plpgsql as $$
declare
    sent integer;
    most integer;
begin
    perform 1 from partnering_participants where id = new.requester_id for no key update;
    select e.request_limit into most from partnering_events e where e.session_id = new.session_id;
    select count(*) into sent from partnering_requests
        where requester_id = new.requester_id and status <> 'DECLINED';
    if sent >= most then
        raise exception 'Participant % has sent the most requests allowed (%)', new.requester_id, most
            using errcode = 'P0001', constraint = 'ck_partnering_requests_limit';
    end if;
    return new;
end
$$;

create trigger partnering_requests_limit before insert on partnering_requests
    for each row execute function check_partnering_request_limit();

-- The schedule of a session's accepted meetings: one row per accepted request, placed at a slot (0 is the window's
-- start, each slot meeting_minutes long) and a table (1 to table_count), or not placed, with the reason.
create table partnering_meetings (
    request_id      bigint      primary key,
    session_id      bigint      not null,
    slot            integer,
    table_number    integer,
    unplaced_reason varchar(40),
    scheduled_at    timestamptz not null,
    version         bigint      not null default 0,
    constraint fk_partnering_meetings_request foreign key (request_id)
        references partnering_requests (id) on delete cascade,
    constraint fk_partnering_meetings_event foreign key (session_id)
        references partnering_events (session_id) on delete cascade,
    constraint ck_partnering_meetings_placed check (
        (slot is null) = (table_number is null) and (slot is null) = (unplaced_reason is not null)),
    constraint ck_partnering_meetings_slot check (slot is null or slot >= 0),
    constraint ck_partnering_meetings_table check (table_number is null or table_number >= 1),
    constraint ck_partnering_meetings_reason check (unplaced_reason is null or unplaced_reason ~ '^[A-Z_]+$')
);
-- At most one meeting per table per slot.
create unique index uk_partnering_meetings_table_slot on partnering_meetings (session_id, slot, table_number)
    where slot is not null;
