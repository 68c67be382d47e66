-- A CSV import of the registry waits here between its preview and its confirmation, so that any portal instance can
-- confirm it; it is applied whole, in one transaction, or not at all.
create table registry_imports (
    id          bigint generated always as identity primary key,
    file_name   varchar(255) not null,
    content     text         not null,
    uploaded_by varchar(320) not null,
    uploaded_at timestamptz  not null,
    applied_at  timestamptz
);
