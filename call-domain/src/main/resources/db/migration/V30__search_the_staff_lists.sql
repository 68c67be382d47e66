-- Staff search a call's submitted proposals by acronym, title or the name of a member organisation, anywhere in the
-- text and in any case; admins search the accounts by name or e-mail address and by role (issue 18). pg_trgm (V8)
-- serves "contains" searches in lower case: a trigram index finds the few matching rows of 50,000 organisations or
-- of every call's proposals without reading them all.
create index ix_proposals_search_trgm on proposals using gin (lower(acronym || ' ' || title) gin_trgm_ops);
create index ix_organisations_name_trgm on organisations using gin (lower(name) gin_trgm_ops);
create index ix_users_search_trgm on users using gin (lower(email || ' ' || full_name) gin_trgm_ops);

-- The accounts holding one role, without reading every account's roles.
create index ix_user_roles_role on user_roles (role, user_id);
