-- The audit trail: who did what, and when, for the decisions that matter (submissions, withdrawals, eligibility
-- overrides, conflicts, scores, consensus, funding decisions, role changes, imports). Append-only: the database refuses
-- to change or delete an entry, and each entry carries the SHA-256 of the one before it, so that an entry changed or
-- deleted behind the database's back breaks the chain where it happened.

create table audit_entries (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(320) not null,
    action        varchar(60)  not null,
    subject_type  varchar(60)  not null,
    subject_id    varchar(60)  not null,
    details       text         not null default '',
    previous_hash char(64)     not null,
    hash          char(64)     not null,
    constraint uk_audit_entries_hash unique (hash),
    constraint ck_audit_entries_hash_hex check (hash ~ '^[0-9a-f]{64}$' and previous_hash ~ '^[0-9a-f]{64}$')
);
create index ix_audit_entries_occurred_at on audit_entries (occurred_at);
create index ix_audit_entries_actor on audit_entries (actor);
create index ix_audit_entries_action on audit_entries (action);
create index ix_audit_entries_subject on audit_entries (subject_type, subject_id);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_entries_append_only
    before update or delete on audit_entries
    for each row execute function refuse_audit_change();

create trigger audit_entries_no_truncate
    before truncate on audit_entries
    for each statement execute function refuse_audit_change();
