-- The registry search reads a narrow table of its own, kept by trigger, instead of the organisations:
--  * only active organisations are in it;
--  * a profile's words are stored uncompressed in the row itself (toast_tuple_target and storage main keep a row of up
--    to 8 KB as it is; only a longer one is compressed, and moved out of line only if it still does not fit), so ranking
--    ten thousand matches of a common word reads them straight from the table's pages instead of fetching and
--    decompressing each from the TOAST table (measured at 50,000 profiles: from about 100 to about 30 ms);
--  * the filters are words too ("type:ENTERPRISE", "region:FLEMISH_REGION", "place:DATA_AI", "area:II"), in one GIN
--    index with the profile's words, so that a search with a filter is one index scan of both, whatever PostgreSQL
--    guesses about a query's words (with separate indexes it filtered by place first and ranked every profile there).

create table organisation_search (
    organisation_id bigint primary key references organisations (id) on delete cascade,
    name varchar(200) not null,
    facets text[] not null,
    document tsvector not null
) with (toast_tuple_target = 8160);
alter table organisation_search alter column document set storage main;

create index ix_organisation_search on organisation_search using gin (document, facets);

create function organisation_facets(type text, region text, value_chain text[], therapeutic_areas text[]) returns text[]
    language sql immutable parallel safe
    as $$
        select array['type:' || type, 'region:' || coalesce(region, 'UNKNOWN')]
            || array(select 'place:' || place from unnest(value_chain) place)
            || array(select 'area:' || area from unnest(therapeutic_areas) area)
    $$;

create function index_organisation_for_search() returns trigger
    language plpgsql
    as $$
        begin
            if new.active then
                insert into organisation_search (organisation_id, name, facets, document)
                values (new.id, new.name, organisation_facets(new.type, new.region, new.value_chain, new.therapeutic_areas),
                        organisation_document(new.name, new.expertise || new.technologies, new.description, new.offers))
                on conflict (organisation_id) do update
                    set name = excluded.name, facets = excluded.facets, document = excluded.document;
            else
                delete from organisation_search where organisation_id = new.id;
            end if;
            return null;
        end
    $$;

create trigger tr_organisations_searched after insert or update of name, type, region, value_chain, therapeutic_areas,
        expertise, technologies, description, offers, active on organisations
    for each row execute function index_organisation_for_search();

insert into organisation_search (organisation_id, name, facets, document)
select id, name, organisation_facets(type, region, value_chain, therapeutic_areas),
       organisation_document(name, expertise || technologies, description, offers)
from organisations
where active;

drop index ix_organisations_search_document;
alter table organisations drop column search_document;
