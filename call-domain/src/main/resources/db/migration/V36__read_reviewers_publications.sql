-- A reviewer's publications, from which their affinity to a proposal is read (issue 20). The vector is the
-- publication's sentence embedding (all-MiniLM-L6-v2, 384 numbers of length 1), computed in the background after the
-- import; null until then, and rebuilt from the text at start-up when missing. title_key is the title in lower case
-- with only letters and digits: the duplicate check when a publication has neither DOI nor PMID.
create table reviewer_publications (
    id           bigint generated always as identity primary key,
    reviewer_id  bigint       not null,
    title        text         not null,
    abstract     text,
    year         integer,
    doi          varchar(255),
    pmid         varchar(20),
    source       varchar(20)  not null,
    title_key    text         not null,
    embedding    real[],
    added_at     timestamptz  not null,
    constraint fk_reviewer_publications_reviewer foreign key (reviewer_id) references users (id) on delete cascade,
    constraint ck_reviewer_publications_source check (source in ('MEDLINE', 'RIS', 'BIBTEX', 'ORCID_JSON', 'PASTED')),
    constraint ck_reviewer_publications_year check (year between 1800 and 2100),
    constraint ck_reviewer_publications_embedding check (embedding is null or cardinality(embedding) = 384)
);
create index ix_reviewer_publications_reviewer on reviewer_publications (reviewer_id, added_at);
create unique index uk_reviewer_publications_doi on reviewer_publications (reviewer_id, doi) where doi is not null;
create unique index uk_reviewer_publications_pmid on reviewer_publications (reviewer_id, pmid) where pmid is not null;
create index ix_reviewer_publications_title_key on reviewer_publications (reviewer_id, title_key);
create index ix_reviewer_publications_missing_embedding on reviewer_publications (id) where embedding is null;

-- The vector of a proposal's title, abstract and medical need as the reviewer assignment reads them, cached when the
-- assignment first needs it; text_hash (SHA-256 of that text) tells when the proposal's text has changed since.
create table proposal_text_vectors (
    proposal_id  bigint       primary key,
    text_hash    varchar(64)  not null,
    embedding    real[]       not null,
    computed_at  timestamptz  not null,
    constraint fk_proposal_text_vectors_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint ck_proposal_text_vectors_embedding check (cardinality(embedding) = 384)
);
