-- The evaluation's own rules in the schema: the reviewer pool of each call, each reviewer's answer to an assignment,
-- the review deadline with its reminders, and the confidentiality undertaking a reviewer accepts before reading.

-- The review deadline of a call; reminders go three days before it and once it has passed.
alter table calls add column review_deadline timestamptz;

-- The reviewers who take part in a call, each with their own maximum (null: the call's maximum).
create table call_reviewers (
    call_id       bigint  not null,
    reviewer_id   bigint  not null,
    max_proposals integer,
    constraint pk_call_reviewers primary key (call_id, reviewer_id),
    constraint fk_call_reviewers_call foreign key (call_id) references calls (id) on delete cascade,
    constraint fk_call_reviewers_reviewer foreign key (reviewer_id) references users (id),
    constraint ck_call_reviewers_max_proposals check (max_proposals between 1 and 100)
);
create index ix_call_reviewers_reviewer on call_reviewers (reviewer_id);

-- Every reviewer of a call with an assignment so far takes part in it.
insert into call_reviewers (call_id, reviewer_id)
select distinct p.call_id, a.reviewer_id
from review_assignments a join proposals p on p.id = a.proposal_id;

-- A reviewer accepts or declines each assignment; a declined pair stays, with its reason, so that staff see the gap
-- and no new proposal of the assignment gives the proposal back to that reviewer. Opening the proposal is recorded
-- for the progress staff follow.
alter table review_assignments
    add column response      varchar(10) not null default 'PENDING',
    add column responded_at  timestamptz,
    add column decline_reason text,
    add column opened_at     timestamptz,
    add column version       bigint      not null default 0,
    add constraint ck_review_assignments_response check (response in ('PENDING', 'ACCEPTED', 'DECLINED')),
    add constraint ck_review_assignments_declined
        check ((response = 'DECLINED') = (decline_reason is not null and length(trim(decline_reason)) > 0)),
    add constraint ck_review_assignments_responded check ((response = 'PENDING') = (responded_at is null));

-- Assignments made before reviewers could answer count as accepted when a review exists.
update review_assignments a set response = 'ACCEPTED', responded_at = r.updated_at
from reviews r where r.proposal_id = a.proposal_id and r.reviewer_id = a.reviewer_id;

-- A reminder sent to a reviewer about a call's review deadline: the key lets only one of two instances send it, and
-- holds the deadline so that a moved deadline is reminded of again.
create table review_reminders (
    id          bigint generated always as identity primary key,
    call_id     bigint      not null,
    reviewer_id bigint      not null,
    kind        varchar(20) not null,
    deadline    timestamptz not null,
    sent_at     timestamptz not null,
    constraint uk_review_reminders_call_reviewer_kind_deadline unique (call_id, reviewer_id, kind, deadline),
    constraint fk_review_reminders_call foreign key (call_id) references calls (id) on delete cascade,
    constraint fk_review_reminders_reviewer foreign key (reviewer_id) references users (id),
    constraint ck_review_reminders_kind check (kind in ('THREE_DAYS', 'OVERDUE'))
);
create index ix_review_reminders_reviewer on review_reminders (reviewer_id);

-- The confidentiality undertaking of a reviewer for a call, accepted before the first proposal text is shown.
create table reviewer_undertakings (
    call_id     bigint      not null,
    reviewer_id bigint      not null,
    accepted_at timestamptz not null,
    constraint pk_reviewer_undertakings primary key (call_id, reviewer_id),
    constraint fk_reviewer_undertakings_call foreign key (call_id) references calls (id) on delete cascade,
    constraint fk_reviewer_undertakings_reviewer foreign key (reviewer_id) references users (id)
);
create index ix_reviewer_undertakings_reviewer on reviewer_undertakings (reviewer_id);
