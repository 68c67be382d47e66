-- Lead applicants of draft proposals are reminded of their call's deadline seven days and one day before it. A row
-- per reminder sent: the unique key lets only one of two runs that race (two instances, or a run that outlived its
-- lock) write it, and only the run whose insert took writes the e-mail, in the same transaction. The deadline is part
-- of the key, so that an extended deadline is reminded of again. The key's index, led by proposal_id, also serves the
-- foreign key.
create table deadline_reminders (
    id          bigint generated always as identity primary key,
    proposal_id bigint      not null,
    kind        varchar(20) not null,
    deadline    timestamptz not null,
    sent_at     timestamptz not null,
    constraint uk_deadline_reminders_proposal_kind_deadline unique (proposal_id, kind, deadline),
    constraint fk_deadline_reminders_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint ck_deadline_reminders_kind check (kind in ('SEVEN_DAYS', 'ONE_DAY'))
);
