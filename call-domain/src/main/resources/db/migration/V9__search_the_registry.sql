-- Full-text search over the organisation registry for Connect: case- and accent-insensitive, with Dutch and English
-- stemming ("biomarkers" finds "biomarker", "genomique" finds "génomique"), served by a GIN index; and the region of
-- each organisation kept beside it, derived from its country and postal code as Region.of does, for the filters.

create extension if not exists unaccent;

create text search configuration icon_english (copy = english);
alter text search configuration icon_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration icon_dutch (copy = dutch);
alter text search configuration icon_dutch
    alter mapping for hword, hword_part, word with unaccent, dutch_stem;

-- The words of a profile, stemmed both ways: the name weighs most, then the expertise keywords, then the description.
create function organisation_document(name text, expertise text[], description text) returns tsvector
    language sql immutable parallel safe
    as $$
        select setweight(to_tsvector('icon_english'::regconfig, coalesce(name, '')), 'A')
            || setweight(to_tsvector('icon_dutch'::regconfig, coalesce(name, '')), 'A')
            || setweight(to_tsvector('icon_english'::regconfig, array_to_string(expertise, ' ')), 'B')
            || setweight(to_tsvector('icon_dutch'::regconfig, array_to_string(expertise, ' ')), 'B')
            || setweight(to_tsvector('icon_english'::regconfig, coalesce(description, '')), 'C')
            || setweight(to_tsvector('icon_dutch'::regconfig, coalesce(description, '')), 'C')
    $$;

alter table organisations add column search_document tsvector
    generated always as (organisation_document(name, expertise, description)) stored;
create index ix_organisations_search_document on organisations using gin (search_document);

alter table organisations add column region varchar(30)
    generated always as (case
        when country <> 'BE' then 'ABROAD'
        when postal_code !~ '^[0-9]{4}$' or postal_code::integer < 1000 then 'UNKNOWN'
        when postal_code::integer <= 1299 then 'BRUSSELS_CAPITAL_REGION'
        when postal_code::integer <= 1499 or postal_code::integer between 4000 and 7999 then 'WALLOON_REGION'
        else 'FLEMISH_REGION' end) stored;
create index ix_organisations_type_region on organisations (type, region) where active;
