-- Partner profiles for Connect: what an organisation does and seeks, its place in the personalised-medicine value
-- chain, a contact person who agreed to be listed, and the history of every change to the profile.

alter table organisations add column therapeutic_areas text[] not null default '{}';
alter table organisations add column technologies text[] not null default '{}';
alter table organisations add column value_chain text[] not null default '{}';
alter table organisations add column offers text not null default '';
alter table organisations add column looks_for text not null default '';
alter table organisations add column contact_name varchar(200);
alter table organisations add column contact_email varchar(320);
alter table organisations add column contact_listed_on date;
alter table organisations add column contact_erased_at timestamptz;
alter table organisations add constraint ck_organisations_value_chain check (value_chain <@ array['DATA_AI',
    'BIOMARKERS_DIAGNOSTICS', 'DRUG_THERAPY_DEVELOPMENT', 'CLINICAL_STUDIES', 'MANUFACTURING_LOGISTICS',
    'HEALTH_ECONOMICS_MARKET_ACCESS']::text[]);
alter table organisations add constraint ck_organisations_contact_consent check (contact_name is null
    or contact_listed_on is not null);
create index ix_organisations_value_chain on organisations using gin (value_chain);
create index ix_organisations_therapeutic_areas on organisations using gin (therapeutic_areas);

create table organisation_changes (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null,
    changed_by      varchar(320) not null,
    changed_at      timestamptz  not null,
    -- What changed, one line a field: "Description", "Contact person erased", ...
    summary         text         not null,
    constraint fk_organisation_changes_organisation foreign key (organisation_id) references organisations (id)
);
create index ix_organisation_changes_organisation on organisation_changes (organisation_id, changed_at desc);
