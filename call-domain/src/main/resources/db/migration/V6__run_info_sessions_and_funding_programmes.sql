-- Running information sessions (check-in on the day, reminders the day before, sent once across portal instances
-- thanks to ShedLock's lock table) and the overview of regional personalised-medicine funding programmes.

alter table info_session_registrations add column checked_in_at timestamptz;
alter table info_sessions add column reminders_sent_at timestamptz;
create index ix_info_sessions_reminders_due on info_sessions (starts_at) where reminders_sent_at is null and cancelled_at is null;

create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null,
    constraint pk_shedlock primary key (name)
);

create table funding_programmes (
    id               bigint generated always as identity primary key,
    region           varchar(200)   not null,
    country          varchar(2)     not null,
    programme        varchar(300)   not null,
    funder           varchar(300)   not null,
    yearly_budget_eur numeric(14, 2),
    link             varchar(500)   not null,
    description      text           not null,
    last_checked_on  date,
    status           varchar(12)    not null,
    suggested_by     varchar(320),
    created_at       timestamptz    not null,
    reviewed_at      timestamptz,
    reviewed_by      varchar(320),
    version          bigint         not null default 0,
    constraint ck_funding_programmes_country check (country ~ '^[A-Z]{2}$'),
    constraint ck_funding_programmes_status check (status in ('SUGGESTED', 'PUBLISHED', 'DECLINED')),
    constraint ck_funding_programmes_budget check (yearly_budget_eur is null or yearly_budget_eur > 0),
    constraint ck_funding_programmes_link check (link ~ '^https?://')
);
create index ix_funding_programmes_status_country on funding_programmes (status, country);
