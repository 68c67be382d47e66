-- Corporate groups become entries of their own instead of free text on each organisation: enterprises of one group
-- count once towards a consortium's independent enterprises, and a reviewer is in conflict with every proposal of their
-- affiliation's group, so "Acme Group", "acme  group" and "Ácme Group" must be one group, not three.
--
-- A group's key is its name in lower case, accents stripped, runs of white space made one space, trimmed. The key is
-- computed here, by the database, and nowhere else: the portal finds or registers a group by name with
-- "insert ... on conflict (key) do nothing", so that two people typing the same new group at the same moment get one.

create function corporate_group_key(name text) returns text
    language sql immutable parallel safe strict
    as $$
        select lower(btrim(regexp_replace(
            regexp_replace(normalize(name, NFD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'),
            '\s+', ' ', 'g')))
    $$;

create table corporate_groups (
    id         bigint generated always as identity primary key,
    name       varchar(200) not null,
    key        varchar(200) not null generated always as (corporate_group_key(name)) stored,
    created_at timestamptz  not null default now(),
    constraint uk_corporate_groups_key unique (key),
    constraint ck_corporate_groups_key check (key <> '')
);

-- One entry per key; its name is the spelling most organisations used (white space tidied), the earliest on a tie.
with spellings as (
    select corporate_group_key(corporate_group) as key,
           btrim(regexp_replace(corporate_group, '\s+', ' ', 'g')) as name,
           count(*) as uses,
           min(id) as first_id
    from organisations
    where corporate_group is not null and corporate_group_key(corporate_group) <> ''
    group by 1, 2
)
insert into corporate_groups (name)
select name
from (select distinct on (key) key, name, first_id from spellings order by key, uses desc, first_id) chosen
order by first_id;

alter table organisations add column corporate_group_id bigint;
alter table organisations add constraint fk_organisations_corporate_group
    foreign key (corporate_group_id) references corporate_groups (id);

update organisations o
set corporate_group_id = g.id
from corporate_groups g
where o.corporate_group is not null and g.key = corporate_group_key(o.corporate_group);

-- The conflicts of interest compared the old text column (in lower case only); they now compare the groups.
drop view reviewer_conflicts;
alter table organisations drop column corporate_group;
create index ix_organisations_corporate_group on organisations (corporate_group_id);

-- Every pair in conflict, whatever made it so: the reviewer's affiliation is a member of the consortium or of a
-- member's corporate group (automatic), the reviewer declared it, or staff ruled it; the latest ruling of staff
-- overrides the other two. Every page, count and list a reviewer gets leaves these pairs out.
create view reviewer_conflicts as
with latest_rulings as (
    select distinct on (proposal_id, reviewer_id) proposal_id, reviewer_id, in_conflict
    from conflict_rulings
    order by proposal_id, reviewer_id, id desc
), raised as (
    select m.proposal_id, rp.user_id as reviewer_id
    from consortium_members m
    join organisations member on member.id = m.organisation_id
    join reviewer_profiles rp on rp.affiliation_id is not null
    join organisations affiliation on affiliation.id = rp.affiliation_id
    where affiliation.id = member.id
       or affiliation.corporate_group_id = member.corporate_group_id
    union
    select proposal_id, reviewer_id from conflict_declarations where in_conflict
    union
    select proposal_id, reviewer_id from latest_rulings where in_conflict
)
select r.proposal_id, r.reviewer_id
from raised r
where not exists (select 1 from latest_rulings l
                  where l.proposal_id = r.proposal_id and l.reviewer_id = r.reviewer_id and not l.in_conflict);

-- The registry's CSV import no longer guesses a file's separator: staff choose it on the form (a first line "sep=;" in
-- the file overrides the choice), and the upload keeps it for the preview and the confirmation. Uploads kept before
-- this migration keep the separator the old reader guessed from their header: ";" unless "," occurs more often.
alter table registry_imports add column separator varchar(10);
update registry_imports
set separator = case
        when length(header) - length(replace(header, ';', '')) >= length(header) - length(replace(header, ',', ''))
        then 'SEMICOLON' else 'COMMA' end
from (select id as import_id, split_part(content, E'\n', 1) as header from registry_imports) first_lines
where id = import_id;
alter table registry_imports alter column separator set not null;
alter table registry_imports add constraint ck_registry_imports_separator
    check (separator in ('COMMA', 'SEMICOLON', 'TAB'));
