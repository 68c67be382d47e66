-- A role change or a reviewer invitation names its subject by e-mail address, which may be as long as users.email
-- (320 characters); V4 allowed 60. Widening a varchar changes no stored value, so every entry's hash (computed over
-- the text, see AuditTrail) still holds, and it is not an UPDATE, so the append-only trigger does not fire. PostgreSQL
-- rewrites neither the table nor ix_audit_entries_subject for it.
alter table audit_entries alter column subject_id type varchar(320);
