-- An organisation asks to be listed in the registry of Connect; staff approve it (it joins the registry) or decline it
-- with a reason that is e-mailed.
create table listing_requests (
    id                bigint generated always as identity primary key,
    name              varchar(200) not null,
    type              varchar(20)  not null,
    enterprise_number varchar(10),
    postal_code       varchar(10)  not null,
    city              varchar(100) not null,
    country           varchar(2)   not null,
    website           varchar(300),
    description       text         not null,
    contact_name      varchar(200) not null,
    contact_email     varchar(320) not null,
    language          varchar(2)   not null,
    requested_at      timestamptz  not null,
    status            varchar(10)  not null default 'PENDING',
    decline_reason    text,
    reviewed_by       varchar(320),
    reviewed_at       timestamptz,
    organisation_id   bigint,
    version           bigint       not null default 0,
    constraint fk_listing_requests_organisation foreign key (organisation_id) references organisations (id),
    constraint ck_listing_requests_status check (status in ('PENDING', 'APPROVED', 'DECLINED')),
    constraint ck_listing_requests_type check (type in ('ENTERPRISE', 'RTO', 'HOSPITAL', 'OTHER')),
    constraint ck_listing_requests_declined check (status <> 'DECLINED' or decline_reason is not null),
    constraint ck_listing_requests_country check (country ~ '^[A-Z]{2}$')
);
create index ix_listing_requests_pending on listing_requests (requested_at) where status = 'PENDING';
