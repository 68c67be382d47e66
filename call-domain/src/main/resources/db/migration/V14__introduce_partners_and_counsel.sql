-- Connect: an introduction of a proposal to a suggested organisation, sent to its contact person, who accepts or
-- declines it through a link; and the Carry and Cultivate counselling log that staff keep on a proposal.

create table introductions (
    id               bigint generated always as identity primary key,
    proposal_id      bigint       not null,
    organisation_id  bigint       not null,
    message          text         not null,
    sent_by          bigint       not null,
    sent_at          timestamptz  not null,
    contact_email    varchar(320) not null,
    -- The SHA-256 of the single link the contact answers through; the link itself is only in the e-mail.
    answer_token_sha256 char(64)  not null,
    state            varchar(20)  not null default 'SENT',
    answered_at      timestamptz,
    constraint fk_introductions_proposal foreign key (proposal_id) references proposals (id),
    constraint fk_introductions_organisation foreign key (organisation_id) references organisations (id),
    constraint fk_introductions_sent_by foreign key (sent_by) references users (id),
    constraint uq_introductions_proposal_organisation unique (proposal_id, organisation_id),
    constraint uq_introductions_token unique (answer_token_sha256),
    constraint ck_introductions_state check (state in ('SENT', 'ACCEPTED', 'DECLINED')),
    constraint ck_introductions_answered check ((state = 'SENT') = (answered_at is null)),
    constraint ck_introductions_message check (length(message) <= 2000)
);

create table counselling_entries (
    id           bigint generated always as identity primary key,
    proposal_id  bigint       not null,
    track        varchar(20)  not null,
    kind         varchar(20)  not null,
    happened_on  date         not null,
    summary      text         not null,
    next_step_on date,
    written_by   bigint       not null,
    written_at   timestamptz  not null,
    constraint fk_counselling_entries_proposal foreign key (proposal_id) references proposals (id),
    constraint fk_counselling_entries_written_by foreign key (written_by) references users (id),
    constraint ck_counselling_entries_track check (track in ('CARRY', 'CULTIVATE')),
    constraint ck_counselling_entries_kind check (kind in ('MEETING', 'ADVICE', 'NEXT_STEP')),
    constraint ck_counselling_entries_summary check (length(summary) between 1 and 4000)
);
create index ix_counselling_entries_proposal on counselling_entries (proposal_id, happened_on desc, id desc);
