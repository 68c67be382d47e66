-- The audit trail's chain gets a key. Until now each entry carried a plain SHA-256 over its content and the hash of
-- the one before it, which anyone who can write to the database can compute again after rewriting history. From now
-- on each new entry is sealed with HMAC-SHA256 under a key held outside the database (icon.audit.key), and names the
-- key by its id (the first 16 hex digits of the key's SHA-256, which tells nothing of the key). The entries written
-- before stay as they are ('sha256', no key), so they still verify; the first keyed entry chains to the last of them,
-- and so vouches for all of them (see AuditTrail). Adding columns with a constant default rewrites no row and is not
-- an UPDATE, so the append-only trigger does not fire and no stored hash changes.
alter table audit_entries
    add column seal   varchar(20) not null default 'sha256',
    add column key_id varchar(16);
alter table audit_entries
    add constraint ck_audit_entries_seal check (
        (seal = 'sha256' and key_id is null) or (seal = 'hmac-sha256' and key_id ~ '^[0-9a-f]{16}$'));

-- Each Brussels day's last hash of the trail, written to the log and e-mailed to an address outside the portal, so
-- that a trail cut short or rewritten with the key can still be compared with what was sent. One row per day: the
-- primary key lets only one of two instances that race write it, and only that one sends the e-mail.
create table audit_digests (
    day         date        primary key,
    last_entry  bigint,
    last_hash   char(64),
    entry_count bigint      not null,
    recipient   varchar(320),
    sent_at     timestamptz not null,
    constraint ck_audit_digests_hash check (last_hash is null or last_hash ~ '^[0-9a-f]{64}$')
);
