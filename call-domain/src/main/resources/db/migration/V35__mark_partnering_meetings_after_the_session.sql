-- After a partnering session (issue 19): each of the two participants of a scheduled meeting marks, once its time has
-- passed, whether it was held and whether to follow it up. The marks are each participant's own: one row per meeting
-- and participant. A follow-up becomes a Connect introduction of the participant's proposal (one they write in the
-- session's call) to the other's organisation; without such a proposal the follow-up is kept, and becomes the
-- introduction once the participant names one.
--
-- The rows hang off the request (the meeting's key) and the participant with ON DELETE CASCADE, so they go with the
-- session's registrations; the proposal and the introduction, when erased, only unlink.

create table partnering_meeting_marks (
    request_id      bigint      not null,
    participant_id  bigint      not null,
    held            boolean     not null,
    follow_up       boolean     not null,
    proposal_id     bigint,
    introduction_id bigint,
    marked_at       timestamptz not null,
    constraint pk_partnering_meeting_marks primary key (request_id, participant_id),
    constraint fk_partnering_meeting_marks_request foreign key (request_id)
        references partnering_requests (id) on delete cascade,
    constraint fk_partnering_meeting_marks_participant foreign key (participant_id)
        references partnering_participants (id) on delete cascade,
    constraint fk_partnering_meeting_marks_proposal foreign key (proposal_id)
        references proposals (id) on delete set null,
    constraint fk_partnering_meeting_marks_introduction foreign key (introduction_id)
        references introductions (id) on delete set null,
    -- Only a follow-up names a proposal and an introduction.
    constraint ck_partnering_meeting_marks_follow_up check (follow_up or (proposal_id is null and introduction_id is null))
);
create index ix_partnering_meeting_marks_participant on partnering_meeting_marks (participant_id);
create index ix_partnering_meeting_marks_proposal on partnering_meeting_marks (proposal_id);
create index ix_partnering_meeting_marks_introduction on partnering_meeting_marks (introduction_id);
