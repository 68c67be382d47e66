-- Calls are set up, published, run and closed from the portal, in English and Dutch.
--
-- The stored status is what people decide (draft, published, in evaluation, decided); whether a published call is
-- still to open, open or closed follows from its opening and deadline at the instant of reading, so no job has to
-- flip it and every page, the API and every e-mail agree at every instant.
alter table calls drop constraint ck_calls_status;
update calls set status = 'PUBLISHED' where status in ('OPEN', 'CLOSED');
alter table calls add constraint ck_calls_status check (status in ('DRAFT', 'PUBLISHED', 'IN_EVALUATION', 'DECIDED'));

-- The English texts stay in title and description; the Dutch ones sit beside them. A call loaded before this
-- migration has no Dutch text yet: readers then see the English one until staff write it.
alter table calls
    add column title_nl              varchar(200) not null default '',
    add column description_nl        text         not null default '',
    add column abstract_max_length   integer      not null default 4000,
    add column published_at          timestamptz,
    add column evaluation_started_at timestamptz,
    add constraint ck_calls_abstract_max_length check (abstract_max_length between 200 and 4000),
    add constraint ck_calls_code_format check (code ~ '^[A-Za-z0-9][A-Za-z0-9-]{1,19}$');
update calls set published_at = created_at where status <> 'DRAFT';

alter table call_goals add column title_nl text not null default '';
