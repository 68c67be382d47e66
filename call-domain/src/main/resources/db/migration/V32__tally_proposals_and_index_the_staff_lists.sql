-- The lists of calls (staff's and the admins') show, per call, its drafts, its submitted and eligible proposals and
-- the budget they request. Counted from the sources on each view, that is every proposal's latest submitted version
-- (its eligibility inside a jsonb document) and every consortium member: 6,000 proposals and 72,000 members in ten
-- years, 50 to 100 ms a view. Each proposal now keeps its figures in one narrow row, written by the triggers below in
-- the transaction that changes what they are computed from, so the lists sum 6,000 small rows.
--
-- A tally is always recomputed from the sources, never incremented. The proposal's row is locked first (FOR NO KEY
-- UPDATE: foreign-key checks still pass) and the figures read in the next statement, which in READ COMMITTED sees
-- everything committed before the lock was granted: two transactions that change one proposal at once (on two
-- instances) each write figures that hold the other's change, whichever commits last.
create table proposal_tallies (
    proposal_id bigint primary key,
    call_id bigint not null,
    status varchar(20) not null,
    -- As staff decided where they overrode the check, otherwise as the check said when last submitted.
    eligible boolean not null,
    requested_eur numeric(14, 2) not null,
    constraint fk_proposal_tallies_proposal foreign key (proposal_id) references proposals (id) on delete cascade
);

create index ix_proposal_tallies_call on proposal_tallies (call_id) include (status, eligible, requested_eur);

create function tally_proposal(tallied bigint) returns void language plpgsql as $$
begin
    perform 1 from proposals where id = tallied for no key update;
    insert into proposal_tallies (proposal_id, call_id, status, eligible, requested_eur)
    select p.id, p.call_id, p.status,
           coalesce((select o.eligible from eligibility_overrides o where o.proposal_id = p.id),
                    (select (v.content ->> 'eligible')::boolean from proposal_versions v
                     where v.proposal_id = p.id order by v.number desc limit 1), false),
           coalesce((select sum(m.requested_budget_eur) from consortium_members m where m.proposal_id = p.id), 0)
    from proposals p where p.id = tallied
    on conflict (proposal_id) do update
        set call_id = excluded.call_id, status = excluded.status, eligible = excluded.eligible,
            requested_eur = excluded.requested_eur;
end
$$;

create function tally_changed_proposal() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform tally_proposal(old.proposal_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.proposal_id <> old.proposal_id) then
        perform tally_proposal(new.proposal_id);
    end if;
    return null;
end
$$;

create function tally_proposal_row() returns trigger language plpgsql as $$
begin
    perform tally_proposal(new.id);
    return null;
end
$$;

create trigger tr_proposals_tally after insert or update of status, call_id on proposals
    for each row execute function tally_proposal_row();
create trigger tr_consortium_members_tally after insert or update of proposal_id, requested_budget_eur or delete
    on consortium_members for each row execute function tally_changed_proposal();
create trigger tr_proposal_versions_tally after insert or update of proposal_id, number, content or delete
    on proposal_versions for each row execute function tally_changed_proposal();
create trigger tr_eligibility_overrides_tally after insert or update of proposal_id, eligible or delete
    on eligibility_overrides for each row execute function tally_changed_proposal();

insert into proposal_tallies (proposal_id, call_id, status, eligible, requested_eur)
select p.id, p.call_id, p.status,
       coalesce(o.eligible, (select (v.content ->> 'eligible')::boolean from proposal_versions v
                             where v.proposal_id = p.id order by v.number desc limit 1), false),
       coalesce((select sum(m.requested_budget_eur) from consortium_members m where m.proposal_id = p.id), 0)
from proposals p
left join eligibility_overrides o on o.proposal_id = p.id;

-- Staff's list of a call's submitted proposals reads its page of 50 by reference: without this index PostgreSQL walked
-- the references of every call (10,000 pages read for the first page of the latest call) to find the call's own.
create index ix_proposals_call_reference on proposals (call_id, reference);

-- The conflicts of interest (the view reviewer_conflicts, read for the evaluation setup and the review progress) join
-- the reviewers' affiliations to the consortia: with the proposal in the index, the 6,000 memberships of those
-- organisations are read from the index alone rather than from as many pages of the table; and the declared
-- conflicts are found without reading all 18,000 declarations.
create index ix_consortium_members_organisation_proposal on consortium_members (organisation_id) include (proposal_id);
drop index ix_consortium_members_organisation;
create index ix_conflict_declarations_in_conflict on conflict_declarations (proposal_id, reviewer_id) where in_conflict;
