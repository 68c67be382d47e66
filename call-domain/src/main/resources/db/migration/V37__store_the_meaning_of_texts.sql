-- The matching service reads the meaning of the registry's and the proposals' texts as vectors of a sentence-embedding
-- model (all-MiniLM-L6-v2, 384 dimensions). PostgreSQL keeps them, so that every instance rebuilds its in-memory index
-- from here instead of embedding everything again: one row per text, with the SHA-256 of the text it was computed
-- from and the model's name (a vector of an older text or of another model is stale and computed again), the vector
-- as little-endian 32-bit floats, and the transaction that wrote it, so that each instance reads only what changed
-- since it last looked (as for organisations, V13).
-- subject: ORGANISATION_DESCRIPTION and ORGANISATION_OFFER (subject_id an organisation), PROPOSAL (a proposal).
create table text_vectors (
    subject varchar(40) not null,
    subject_id bigint not null,
    text_hash bytea not null,
    model varchar(100) not null,
    dimensions smallint not null,
    vector bytea not null,
    embedded_at timestamptz not null default now(),
    written_xid xid8 not null default pg_current_xact_id(),
    constraint pk_text_vectors primary key (subject, subject_id),
    constraint ck_text_vectors_subject check (subject in ('ORGANISATION_DESCRIPTION', 'ORGANISATION_OFFER', 'PROPOSAL')),
    constraint ck_text_vectors_hash check (octet_length(text_hash) = 32),
    constraint ck_text_vectors_length check (dimensions > 0 and octet_length(vector) = 4 * dimensions)
);

create index ix_text_vectors_written_xid on text_vectors (written_xid);
