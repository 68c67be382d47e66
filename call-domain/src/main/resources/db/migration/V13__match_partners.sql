-- The matching service keeps a Lucene index of the registry in each portal instance and follows the registry's
-- changes through PostgreSQL: every insert or update of an organisation stamps the row with the id of the
-- transaction that wrote it. An instance that read the registry when the oldest transaction still running was X reads
-- again only the rows stamped X or later, so it misses no commit, whatever the order in which transactions commit.

alter table organisations add column changed_xid xid8 not null default pg_current_xact_id();
create index ix_organisations_changed_xid on organisations (changed_xid);

create function stamp_organisation_change() returns trigger
    language plpgsql
    as $$
        begin
            new.changed_xid := pg_current_xact_id();
            return new;
        end
    $$;

create trigger tr_organisations_changed before update on organisations
    for each row execute function stamp_organisation_change();

-- The full-text search of the registry also reads the technologies and what an organisation offers.
drop index ix_organisations_search_document;
alter table organisations drop column search_document;
drop function organisation_document(text, text[], text);

create function organisation_document(name text, keywords text[], description text, offers text) returns tsvector
    language sql immutable parallel safe
    as $$
        select setweight(to_tsvector('icon_english'::regconfig, coalesce(name, '')), 'A')
            || setweight(to_tsvector('icon_dutch'::regconfig, coalesce(name, '')), 'A')
            || setweight(to_tsvector('icon_english'::regconfig, array_to_string(keywords, ' ')), 'B')
            || setweight(to_tsvector('icon_dutch'::regconfig, array_to_string(keywords, ' ')), 'B')
            || setweight(to_tsvector('icon_english'::regconfig, coalesce(description, '') || ' ' || coalesce(offers, '')), 'C')
            || setweight(to_tsvector('icon_dutch'::regconfig, coalesce(description, '') || ' ' || coalesce(offers, '')), 'C')
    $$;

alter table organisations add column search_document tsvector
    generated always as (organisation_document(name, expertise || technologies, description, offers)) stored;
create index ix_organisations_search_document on organisations using gin (search_document);
