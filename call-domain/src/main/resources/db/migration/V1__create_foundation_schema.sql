-- The foundation of the ICON Portal: people, calls, organisations, proposals and information sessions.
-- Instants are timestamptz, euros numeric(14,2), and everything users edit carries a version for optimistic locking.

create table users (
    id            bigint generated always as identity primary key,
    email         varchar(320) not null,
    password_hash varchar(200) not null,
    full_name     varchar(200) not null,
    locale        varchar(10)  not null default 'en',
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint uk_users_email unique (email),
    constraint ck_users_email_lower check (email = lower(email)),
    constraint ck_users_locale check (locale in ('en', 'nl'))
);

create table user_roles (
    user_id bigint      not null,
    role    varchar(20) not null,
    constraint pk_user_roles primary key (user_id, role),
    constraint fk_user_roles_user foreign key (user_id) references users (id) on delete cascade,
    constraint ck_user_roles_role check (role in ('APPLICANT', 'STAFF', 'REVIEWER', 'ADMIN'))
);

create table calls (
    id                                  bigint generated always as identity primary key,
    code                                varchar(20)    not null,
    title                               varchar(200)   not null,
    description                         text           not null,
    status                              varchar(20)    not null,
    opens_at                            timestamptz    not null,
    deadline                            timestamptz    not null,
    budget_eur                          numeric(14, 2) not null,
    min_independent_flemish_enterprises integer        not null default 3,
    min_rtos                            integer        not null default 1,
    enterprise_must_coordinate          boolean        not null default true,
    university_required_with_src        boolean        not null default true,
    max_research_budget_share           numeric(5, 4),
    min_enterprise_budget_eur           numeric(14, 2),
    max_enterprise_budget_eur           numeric(14, 2),
    created_at                          timestamptz    not null default now(),
    version                             bigint         not null default 0,
    constraint uk_calls_code unique (code),
    constraint ck_calls_status check (status in ('DRAFT', 'OPEN', 'CLOSED', 'IN_EVALUATION', 'DECIDED')),
    constraint ck_calls_deadline_after_opening check (deadline > opens_at),
    constraint ck_calls_budget_positive check (budget_eur > 0),
    constraint ck_calls_min_enterprises check (min_independent_flemish_enterprises >= 0),
    constraint ck_calls_min_rtos check (min_rtos >= 0),
    constraint ck_calls_research_share check (max_research_budget_share is null
        or (max_research_budget_share >= 0 and max_research_budget_share <= 1)),
    constraint ck_calls_enterprise_budget_range check (min_enterprise_budget_eur is null
        or max_enterprise_budget_eur is null or min_enterprise_budget_eur <= max_enterprise_budget_eur)
);
create index ix_calls_status_deadline on calls (status, deadline);

create table call_goals (
    id        bigint generated always as identity primary key,
    call_id   bigint       not null,
    parent_id bigint,
    code      varchar(8)   not null,
    title     text         not null,
    position  integer      not null,
    constraint fk_call_goals_call foreign key (call_id) references calls (id) on delete cascade,
    constraint fk_call_goals_parent foreign key (parent_id) references call_goals (id) on delete cascade,
    constraint uk_call_goals_call_code unique (call_id, code)
);
create index ix_call_goals_parent on call_goals (parent_id);

create table organisations (
    id                bigint generated always as identity primary key,
    name              varchar(200) not null,
    type              varchar(20)  not null,
    size              varchar(10),
    research_kind     varchar(30),
    enterprise_number varchar(10),
    corporate_group   varchar(200),
    street            varchar(200),
    postal_code       varchar(10)  not null,
    city              varchar(100) not null,
    country           varchar(2)   not null,
    website           varchar(300),
    expertise         text[]       not null default '{}',
    description       text         not null default '',
    active            boolean      not null default true,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           bigint       not null default 0,
    constraint uk_organisations_enterprise_number unique (enterprise_number),
    constraint ck_organisations_type check (type in ('ENTERPRISE', 'RTO', 'HOSPITAL', 'OTHER')),
    constraint ck_organisations_size check (size in ('SME', 'LARGE')),
    constraint ck_organisations_size_for_enterprises check (size is null or type = 'ENTERPRISE'),
    constraint ck_organisations_research_kind check (research_kind in
        ('UNIVERSITY', 'UNIVERSITY_COLLEGE', 'STRATEGIC_RESEARCH_CENTRE', 'OTHER_RESEARCH')),
    constraint ck_organisations_research_kind_for_rtos check (research_kind is null or type = 'RTO'),
    constraint ck_organisations_enterprise_number_digits check (enterprise_number ~ '^[01][0-9]{9}$'),
    constraint ck_organisations_enterprise_number_mod97 check (enterprise_number is null
        or 97 - (substr(enterprise_number, 1, 8)::bigint % 97) = substr(enterprise_number, 9, 2)::integer),
    constraint ck_organisations_country check (country ~ '^[A-Z]{2}$')
);
create index ix_organisations_lower_name on organisations (lower(name));
create index ix_organisations_corporate_group on organisations (corporate_group);

create table proposals (
    id              bigint generated always as identity primary key,
    call_id         bigint       not null,
    reference       varchar(30),
    acronym         varchar(30)  not null,
    title           varchar(300) not null default '',
    abstract        text         not null default '',
    disease_area    varchar(10),
    medical_need    text         not null default '',
    economic_impact text         not null default '',
    societal_impact text         not null default '',
    duration_months integer,
    status          varchar(20)  not null,
    created_by      bigint       not null,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint fk_proposals_call foreign key (call_id) references calls (id),
    constraint fk_proposals_created_by foreign key (created_by) references users (id),
    constraint uk_proposals_reference unique (reference),
    constraint ck_proposals_status check (status in
        ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED')),
    constraint ck_proposals_duration check (duration_months is null or duration_months between 1 and 120)
);
create index ix_proposals_call on proposals (call_id);
create index ix_proposals_created_by on proposals (created_by);

create table proposal_goals (
    proposal_id bigint not null,
    goal_id     bigint not null,
    constraint pk_proposal_goals primary key (proposal_id, goal_id),
    constraint fk_proposal_goals_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_proposal_goals_goal foreign key (goal_id) references call_goals (id)
);
create index ix_proposal_goals_goal on proposal_goals (goal_id);

create table proposal_applicants (
    proposal_id bigint      not null,
    user_id     bigint      not null,
    added_at    timestamptz not null default now(),
    constraint pk_proposal_applicants primary key (proposal_id, user_id),
    constraint fk_proposal_applicants_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_proposal_applicants_user foreign key (user_id) references users (id) on delete cascade
);
create index ix_proposal_applicants_user on proposal_applicants (user_id);

create table consortium_members (
    id                   bigint generated always as identity primary key,
    proposal_id          bigint         not null,
    organisation_id      bigint         not null,
    role                 varchar(20)    not null,
    requested_budget_eur numeric(14, 2),
    constraint fk_consortium_members_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_consortium_members_organisation foreign key (organisation_id) references organisations (id),
    constraint uk_consortium_members_proposal_organisation unique (proposal_id, organisation_id),
    constraint ck_consortium_members_role check (role in ('COORDINATOR', 'PARTNER')),
    constraint ck_consortium_members_budget check (requested_budget_eur is null or requested_budget_eur >= 0)
);
create unique index uk_consortium_members_one_coordinator on consortium_members (proposal_id) where role = 'COORDINATOR';
create index ix_consortium_members_organisation on consortium_members (organisation_id);

create table info_sessions (
    id          bigint generated always as identity primary key,
    call_id     bigint,
    title       varchar(200) not null,
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    format      varchar(20)  not null,
    venue       varchar(200),
    address     varchar(300),
    online_link varchar(500),
    capacity    integer      not null,
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    constraint fk_info_sessions_call foreign key (call_id) references calls (id),
    constraint ck_info_sessions_format check (format in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    constraint ck_info_sessions_ends_after_start check (ends_at > starts_at),
    constraint ck_info_sessions_capacity check (capacity > 0),
    constraint ck_info_sessions_venue_when_in_person check (format = 'ONLINE' or venue is not null)
);
create index ix_info_sessions_call on info_sessions (call_id);
create index ix_info_sessions_starts_at on info_sessions (starts_at);
