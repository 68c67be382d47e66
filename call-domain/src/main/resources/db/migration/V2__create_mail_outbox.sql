-- The e-mail outbox: an e-mail is written in the same transaction as the change it reports, and leaves only after
-- that transaction commits. A dispatcher sends what is due, retries failures with a growing delay, and several portal
-- instances share the work without sending twice (select ... for update skip locked).

create table outgoing_mails (
    id              bigint generated always as identity primary key,
    recipient       varchar(320)  not null,
    subject         varchar(300)  not null,
    body_html       text          not null,
    body_text       text          not null,
    created_at      timestamptz   not null,
    next_attempt_at timestamptz   not null,
    attempts        integer       not null default 0,
    last_error      varchar(1000),
    sent_at         timestamptz,
    constraint ck_outgoing_mails_attempts check (attempts >= 0)
);
create index ix_outgoing_mails_due on outgoing_mails (next_attempt_at) where sent_at is null;
create index ix_outgoing_mails_sent_at on outgoing_mails (sent_at) where sent_at is not null;

create table outgoing_mail_attachments (
    id           bigint generated always as identity primary key,
    mail_id      bigint       not null,
    filename     varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    constraint fk_outgoing_mail_attachments_mail foreign key (mail_id) references outgoing_mails (id) on delete cascade
);
create index ix_outgoing_mail_attachments_mail on outgoing_mail_attachments (mail_id);
