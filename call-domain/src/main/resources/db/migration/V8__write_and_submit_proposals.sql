-- Writing and submitting proposals: invitations of co-applicants, PDF attachments kept in the database, submitted
-- versions (the last one before the deadline counts) and a reference number per call.

alter table calls add column last_proposal_number integer not null default 0;

alter table proposals add column first_submitted_at timestamptz;
alter table proposals add column withdrawn_at timestamptz;
alter table proposals add constraint ck_proposals_abstract_length check (char_length(abstract) <= 4000);
alter table proposals add constraint ck_proposals_acronym_not_blank check (btrim(acronym) <> '');
create index ix_proposals_call_status on proposals (call_id, status);

create table proposal_invitations (
    id          bigint generated always as identity primary key,
    proposal_id bigint       not null,
    email       varchar(320) not null,
    invited_by  bigint       not null,
    invited_at  timestamptz  not null,
    revoked_at  timestamptz,
    constraint fk_proposal_invitations_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_proposal_invitations_invited_by foreign key (invited_by) references users (id),
    constraint ck_proposal_invitations_email check (email = lower(email) and position('@' in email) > 1)
);
-- One live invitation per address and proposal; a revoked one may be renewed.
create unique index uk_proposal_invitations_live on proposal_invitations (proposal_id, email) where revoked_at is null;
create index ix_proposal_invitations_email on proposal_invitations (email) where revoked_at is null;

-- Files are never overwritten: a new upload replaces the current one, and submitted versions keep pointing at theirs.
create table proposal_attachments (
    id           bigint generated always as identity primary key,
    proposal_id  bigint       not null,
    kind         varchar(20)  not null,
    file_name    varchar(255) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  bigint       not null,
    uploaded_at  timestamptz  not null,
    replaced_at  timestamptz,
    constraint fk_proposal_attachments_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_proposal_attachments_uploaded_by foreign key (uploaded_by) references users (id),
    constraint ck_proposal_attachments_kind check (kind in ('FULL_TEXT', 'BUDGET_SHEET')),
    constraint ck_proposal_attachments_size check (size_bytes > 0 and size_bytes <= 20971520),
    constraint ck_proposal_attachments_sha256 check (sha256 ~ '^[0-9a-f]{64}$')
);
create unique index uk_proposal_attachments_current on proposal_attachments (proposal_id, kind) where replaced_at is null;

create table proposal_versions (
    id           bigint generated always as identity primary key,
    proposal_id  bigint      not null,
    number       integer     not null,
    submitted_at timestamptz not null,
    submitted_by bigint      not null,
    -- What was submitted: every field, the consortium and the eligibility result, as the applicant saw it.
    content      jsonb       not null,
    constraint fk_proposal_versions_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_proposal_versions_submitted_by foreign key (submitted_by) references users (id),
    constraint uk_proposal_versions_number unique (proposal_id, number),
    constraint ck_proposal_versions_number check (number > 0)
);

create table proposal_version_attachments (
    version_id    bigint not null,
    attachment_id bigint not null,
    constraint pk_proposal_version_attachments primary key (version_id, attachment_id),
    constraint fk_proposal_version_attachments_version foreign key (version_id) references proposal_versions (id) on delete cascade,
    constraint fk_proposal_version_attachments_attachment foreign key (attachment_id) references proposal_attachments (id)
);
create index ix_proposal_version_attachments_attachment on proposal_version_attachments (attachment_id);

-- Searching the registry as one types: name, enterprise number or expertise keyword, anywhere in the text.
create extension if not exists pg_trgm;
create function organisation_search_text(name text, enterprise_number text, expertise text[]) returns text
    language sql immutable parallel safe
    as $$ select lower(name || ' ' || coalesce(enterprise_number, '') || ' ' || array_to_string(expertise, ' ')) $$;
create index ix_organisations_search_trgm on organisations
    using gin (organisation_search_text(name, enterprise_number, expertise) gin_trgm_ops);
