-- Sign-in security: HTTP sessions shared by every portal instance (Spring Session JDBC), failed sign-ins counted per
-- account for throttling, and single-use password reset links (only their SHA-256 is stored).

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320),
    constraint pk_spring_session primary key (primary_id)
);
create unique index uk_spring_session_session_id on spring_session (session_id);
create index ix_spring_session_expiry_time on spring_session (expiry_time);
create index ix_spring_session_principal_name on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint pk_spring_session_attributes primary key (session_primary_id, attribute_name),
    constraint fk_spring_session_attributes_session foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

create table sign_in_failures (
    id        bigint generated always as identity primary key,
    email     varchar(320) not null,
    failed_at timestamptz  not null
);
create index ix_sign_in_failures_email_failed_at on sign_in_failures (email, failed_at);
create index ix_sign_in_failures_failed_at on sign_in_failures (failed_at);

create table password_reset_tokens (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null,
    token_hash char(64)    not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    constraint fk_password_reset_tokens_user foreign key (user_id) references users (id) on delete cascade,
    constraint uk_password_reset_tokens_token_hash unique (token_hash),
    constraint ck_password_reset_tokens_expiry check (expires_at > created_at)
);
create index ix_password_reset_tokens_user on password_reset_tokens (user_id);
