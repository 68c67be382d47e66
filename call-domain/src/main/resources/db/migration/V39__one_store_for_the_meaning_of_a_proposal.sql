-- A proposal's vector has one store: text_vectors (V37, subject PROPOSAL), which the partner suggestions and the
-- reviewer assignment both read and fill with the vector of the same text (title, abstract and medical need). The
-- assignment's own cache of V36 goes.
drop table proposal_text_vectors;

-- text_vectors names its subject by kind and id, without a foreign key: the rows of a deleted proposal or organisation
-- are deleted with it, in the deleting transaction, by these statement-level triggers (one delete per statement, however
-- many rows it deletes).
create function forget_the_meaning_of_deleted_proposals() returns trigger
    language plpgsql as $$
begin
    delete from text_vectors v using deleted d where v.subject = 'PROPOSAL' and v.subject_id = d.id;
    return null;
end
$$;

create trigger tr_proposals_forget_meaning after delete on proposals
    referencing old table as deleted for each statement execute function forget_the_meaning_of_deleted_proposals();

create function forget_the_meaning_of_deleted_organisations() returns trigger
    language plpgsql as $$
begin
    delete from text_vectors v using deleted d
    where v.subject in ('ORGANISATION_DESCRIPTION', 'ORGANISATION_OFFER') and v.subject_id = d.id;
    return null;
end
$$;

create trigger tr_organisations_forget_meaning after delete on organisations
    referencing old table as deleted for each statement execute function forget_the_meaning_of_deleted_organisations();

-- The rows left behind by proposals and organisations deleted before.
delete from text_vectors v
where v.subject = 'PROPOSAL' and not exists (select 1 from proposals p where p.id = v.subject_id);
delete from text_vectors v
where v.subject in ('ORGANISATION_DESCRIPTION', 'ORGANISATION_OFFER')
  and not exists (select 1 from organisations o where o.id = v.subject_id);
