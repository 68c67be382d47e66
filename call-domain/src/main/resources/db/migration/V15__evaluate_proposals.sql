-- The evaluation of a call: its criteria and settings, the reviewers' profiles, conflicts of interest, the assignment
-- of reviewers, their reviews, the consensus and the funding decision.

alter table calls
    add column reviewers_per_proposal     integer      not null default 3,
    add column max_proposals_per_reviewer integer      not null default 12,
    add column total_threshold            numeric(3, 2) not null default 3.00,
    add column required_reviewer_kinds    varchar(20)[] not null default '{}',
    add column assignment_released_at     timestamptz,
    add column decided_at                 timestamptz,
    add constraint ck_calls_reviewers_per_proposal check (reviewers_per_proposal between 1 and 10),
    add constraint ck_calls_max_proposals_per_reviewer check (max_proposals_per_reviewer between 1 and 100),
    add constraint ck_calls_total_threshold check (total_threshold between 0 and 5);

-- Each criterion is scored 0 to 5 in half points; a proposal under a criterion's threshold, or under the call's
-- total threshold on the weighted total, is out.
create table evaluation_criteria (
    id        bigint generated always as identity primary key,
    call_id   bigint       not null,
    code      varchar(40)  not null,
    position  integer      not null,
    weight    numeric(5, 2) not null,
    threshold numeric(2, 1) not null,
    constraint fk_evaluation_criteria_call foreign key (call_id) references calls (id) on delete cascade,
    constraint uk_evaluation_criteria_call_code unique (call_id, code),
    constraint ck_evaluation_criteria_weight check (weight > 0),
    constraint ck_evaluation_criteria_threshold check (threshold between 0 and 5)
);

create function add_default_evaluation_criteria() returns trigger language plpgsql as $$
begin
    insert into evaluation_criteria (call_id, code, position, weight, threshold)
    values (new.id, 'SCIENTIFIC_QUALITY', 1, 30, 3.0),
           (new.id, 'MEDICAL_NEED', 2, 20, 3.0),
           (new.id, 'ECONOMIC_IMPACT', 3, 20, 3.0),
           (new.id, 'SOCIETAL_IMPACT', 4, 15, 3.0),
           (new.id, 'CONSORTIUM', 5, 15, 3.0);
    return new;
end $$;

create trigger tg_calls_default_evaluation_criteria after insert on calls
    for each row execute function add_default_evaluation_criteria();

insert into evaluation_criteria (call_id, code, position, weight, threshold)
select c.id, d.code, d.position, d.weight, 3.0
from calls c cross join (values ('SCIENTIFIC_QUALITY', 1, 30), ('MEDICAL_NEED', 2, 20), ('ECONOMIC_IMPACT', 3, 20),
    ('SOCIETAL_IMPACT', 4, 15), ('CONSORTIUM', 5, 15)) as d (code, position, weight);

create table reviewer_profiles (
    user_id        bigint primary key,
    expertise      text[]       not null default '{}',
    affiliation_id bigint,
    kind           varchar(20),
    version        bigint       not null default 0,
    constraint fk_reviewer_profiles_user foreign key (user_id) references users (id),
    constraint fk_reviewer_profiles_affiliation foreign key (affiliation_id) references organisations (id),
    constraint ck_reviewer_profiles_kind check (kind in ('CLINICAL', 'INDUSTRY', 'ACADEMIC', 'PATIENT'))
);
create index ix_reviewer_profiles_affiliation on reviewer_profiles (affiliation_id);

-- A reviewer's own declaration, made before they see a proposal's text.
create table conflict_declarations (
    proposal_id bigint      not null,
    reviewer_id bigint      not null,
    in_conflict boolean     not null,
    reason      text,
    declared_at timestamptz not null,
    constraint pk_conflict_declarations primary key (proposal_id, reviewer_id),
    constraint fk_conflict_declarations_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_conflict_declarations_reviewer foreign key (reviewer_id) references users (id),
    constraint ck_conflict_declarations_reason check (not in_conflict or length(trim(reason)) > 0)
);
create index ix_conflict_declarations_reviewer on conflict_declarations (reviewer_id);

-- Staff adding or lifting a conflict; every ruling is kept with its reason, the latest counts.
create table conflict_rulings (
    id          bigint generated always as identity primary key,
    proposal_id bigint      not null,
    reviewer_id bigint      not null,
    in_conflict boolean     not null,
    reason      text        not null,
    ruled_by    bigint      not null,
    ruled_at    timestamptz not null,
    constraint fk_conflict_rulings_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_conflict_rulings_reviewer foreign key (reviewer_id) references users (id),
    constraint fk_conflict_rulings_ruled_by foreign key (ruled_by) references users (id),
    constraint ck_conflict_rulings_reason check (length(trim(reason)) > 0)
);
create index ix_conflict_rulings_pair on conflict_rulings (proposal_id, reviewer_id, id desc);
create index ix_conflict_rulings_reviewer on conflict_rulings (reviewer_id);

-- Every pair in conflict, whatever made it so: the reviewer's affiliation is a member of the consortium or of a
-- member's corporate group (automatic), the reviewer declared it, or staff ruled it; the latest ruling of staff
-- overrides the other two. Every page, count and list a reviewer gets leaves these pairs out.
create view reviewer_conflicts as
with latest_rulings as (
    select distinct on (proposal_id, reviewer_id) proposal_id, reviewer_id, in_conflict
    from conflict_rulings
    order by proposal_id, reviewer_id, id desc
), raised as (
    select m.proposal_id, rp.user_id as reviewer_id
    from consortium_members m
    join organisations member on member.id = m.organisation_id
    join reviewer_profiles rp on rp.affiliation_id is not null
    join organisations affiliation on affiliation.id = rp.affiliation_id
    where affiliation.id = member.id
       or (affiliation.corporate_group is not null and lower(affiliation.corporate_group) = lower(member.corporate_group))
    union
    select proposal_id, reviewer_id from conflict_declarations where in_conflict
    union
    select proposal_id, reviewer_id from latest_rulings where in_conflict
)
select r.proposal_id, r.reviewer_id
from raised r
where not exists (select 1 from latest_rulings l
                  where l.proposal_id = r.proposal_id and l.reviewer_id = r.reviewer_id and not l.in_conflict);

create table review_assignments (
    proposal_id bigint       not null,
    reviewer_id bigint       not null,
    affinity    numeric(7, 6) not null,
    by_hand     boolean      not null default false,
    created_at  timestamptz  not null,
    constraint pk_review_assignments primary key (proposal_id, reviewer_id),
    constraint fk_review_assignments_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_review_assignments_reviewer foreign key (reviewer_id) references users (id),
    constraint ck_review_assignments_affinity check (affinity between 0 and 1)
);
create index ix_review_assignments_reviewer on review_assignments (reviewer_id);

create table reviews (
    id           bigint generated always as identity primary key,
    proposal_id  bigint      not null,
    reviewer_id  bigint      not null,
    status       varchar(10) not null default 'DRAFT',
    updated_at   timestamptz not null,
    submitted_at timestamptz,
    version      bigint      not null default 0,
    constraint fk_reviews_assignment foreign key (proposal_id, reviewer_id)
        references review_assignments (proposal_id, reviewer_id),
    constraint uk_reviews_proposal_reviewer unique (proposal_id, reviewer_id),
    constraint ck_reviews_status check (status in ('DRAFT', 'SUBMITTED')),
    constraint ck_reviews_submitted check ((status = 'SUBMITTED') = (submitted_at is not null))
);
create index ix_reviews_reviewer on reviews (reviewer_id);

create table review_scores (
    review_id    bigint        not null,
    criterion_id bigint        not null,
    score        numeric(2, 1),
    comment      text          not null default '',
    constraint pk_review_scores primary key (review_id, criterion_id),
    constraint fk_review_scores_review foreign key (review_id) references reviews (id) on delete cascade,
    constraint fk_review_scores_criterion foreign key (criterion_id) references evaluation_criteria (id),
    constraint ck_review_scores_score check (score between 0 and 5 and score * 2 = trunc(score * 2))
);
create index ix_review_scores_criterion on review_scores (criterion_id);

create table consensus_scores (
    proposal_id   bigint        not null,
    criterion_id  bigint        not null,
    score         numeric(2, 1) not null,
    justification text          not null,
    recorded_by   bigint        not null,
    recorded_at   timestamptz   not null,
    constraint pk_consensus_scores primary key (proposal_id, criterion_id),
    constraint fk_consensus_scores_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_consensus_scores_criterion foreign key (criterion_id) references evaluation_criteria (id),
    constraint fk_consensus_scores_recorded_by foreign key (recorded_by) references users (id),
    constraint ck_consensus_scores_score check (score between 0 and 5 and score * 2 = trunc(score * 2)),
    constraint ck_consensus_scores_justification check (length(trim(justification)) > 0)
);
create index ix_consensus_scores_criterion on consensus_scores (criterion_id);

-- A proposal that drops out of the ranking after the consensus (it withdraws, or its consortium falls apart).
create table ranking_dropouts (
    proposal_id bigint primary key,
    reason      text        not null,
    recorded_by bigint      not null,
    recorded_at timestamptz not null,
    constraint fk_ranking_dropouts_proposal foreign key (proposal_id) references proposals (id) on delete cascade,
    constraint fk_ranking_dropouts_recorded_by foreign key (recorded_by) references users (id),
    constraint ck_ranking_dropouts_reason check (length(trim(reason)) > 0)
);

-- The confirmed decision: each ranked proposal's place and outcome, kept as decided.
create table funding_decisions (
    proposal_id  bigint         primary key,
    call_id      bigint         not null,
    rank         integer        not null,
    outcome      varchar(10)    not null,
    total        numeric(4, 2)  not null,
    decided_by   bigint         not null,
    decided_at   timestamptz    not null,
    constraint fk_funding_decisions_proposal foreign key (proposal_id) references proposals (id),
    constraint fk_funding_decisions_call foreign key (call_id) references calls (id),
    constraint fk_funding_decisions_decided_by foreign key (decided_by) references users (id),
    constraint ck_funding_decisions_outcome check (outcome in ('FUNDED', 'RESERVE', 'OUT', 'DROPPED'))
);
create index ix_funding_decisions_call on funding_decisions (call_id);
