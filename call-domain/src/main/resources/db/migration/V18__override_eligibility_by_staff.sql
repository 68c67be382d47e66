-- Staff may override the automatic eligibility check of a submitted proposal: eligible or not, with a reason. Kept
-- apart from proposals, the row applicants edit, so that neither locks the other out. Clearing an override keeps the
-- row with neither decision nor reason, so that its version keeps counting and a form loaded before is still stale.
create table eligibility_overrides (
    proposal_id bigint      not null,
    eligible    boolean,
    reason      text,
    decided_by  bigint      not null,
    decided_at  timestamptz not null,
    version     bigint      not null,
    constraint pk_eligibility_overrides primary key (proposal_id),
    constraint fk_eligibility_overrides_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_eligibility_overrides_decided_by foreign key (decided_by) references users (id),
    constraint ck_eligibility_overrides_reason check ((eligible is null and reason is null)
        or (eligible is not null and length(trim(reason)) between 1 and 1000)),
    constraint ck_eligibility_overrides_version check (version > 0)
);
create index ix_eligibility_overrides_decided_by on eligibility_overrides (decided_by);
