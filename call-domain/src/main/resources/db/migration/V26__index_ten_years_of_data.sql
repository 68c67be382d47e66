-- Ten years of data (issue 17): what bench/volume.sh showed slow with ten calls of 600 proposals, 50,000
-- organisations and a million audit entries.

-- A page of the audit trail filtered by person or action is the newest 50 of them: one index scan backwards from the
-- newest, instead of reading every match and sorting it. These replace the single-column indexes of V4.
create index ix_audit_entries_action_id on audit_entries (action, id);
create index ix_audit_entries_actor_id on audit_entries (actor, id);
drop index ix_audit_entries_action;
drop index ix_audit_entries_actor;

-- The budget each call's proposals request, summed over every member of every submitted proposal for the list of
-- calls: read from the index alone.
create index ix_consortium_members_proposal_budget on consortium_members (proposal_id) include (requested_budget_eur);

-- The conflicts of interest (V15): "the reviewer's affiliation is a member, or in a member's corporate group" was
-- one join condition with an OR, which PostgreSQL can only test pair by pair: every organisation against every
-- reviewer (15 million tests, 4.6 s with 50,000 organisations and 300 reviewers, on every evaluation page). The two
-- cases are now two joins, each served by an index. Same rows as before.
--
-- The corporate group is compared as V15 compared it (the text, in lower case) unless the organisations carry
-- corporate_group_id (V25, registered groups), in which case the groups' ids are compared as V25 does: this migration
-- holds whichever of the two the schema has when it runs.
do $$
declare
    same_group text;
begin
    if exists (select 1 from information_schema.columns
               where table_schema = current_schema() and table_name = 'organisations'
                 and column_name = 'corporate_group_id') then
        same_group := 'member.corporate_group_id = affiliation.corporate_group_id';
    else
        same_group := 'lower(member.corporate_group) = lower(affiliation.corporate_group)';
    end if;
    execute format($view$
        create or replace view reviewer_conflicts as
        with latest_rulings as (
            select distinct on (proposal_id, reviewer_id) proposal_id, reviewer_id, in_conflict
            from conflict_rulings
            order by proposal_id, reviewer_id, id desc
        ), raised as (
            select m.proposal_id, rp.user_id as reviewer_id
            from reviewer_profiles rp
            join consortium_members m on m.organisation_id = rp.affiliation_id
            union
            select m.proposal_id, rp.user_id as reviewer_id
            from reviewer_profiles rp
            join organisations affiliation on affiliation.id = rp.affiliation_id
            join organisations member on %s
            join consortium_members m on m.organisation_id = member.id
            union
            select proposal_id, reviewer_id from conflict_declarations where in_conflict
            union
            select proposal_id, reviewer_id from latest_rulings where in_conflict
        )
        select r.proposal_id, r.reviewer_id
        from raised r
        where not exists (select 1 from latest_rulings l
                          where l.proposal_id = r.proposal_id and l.reviewer_id = r.reviewer_id and not l.in_conflict)
        $view$, same_group);
end $$;
