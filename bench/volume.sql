-- Ten years of data for bench/volume.sh (issue 17), loaded with psql into the portal's own database after Flyway and
-- the demo data: ten calls (2017 to 2026) of 600 submitted proposals with 12 members each, 50,000 organisations,
-- 5,000 applicant accounts, 300 reviewers with 18,000 reviews (three per proposal, five scores each), the consensus of
-- every proposal and the funding decision of the nine decided calls, 100 information sessions with 30,000
-- registrations. The demo applicant leads the first proposal of each call; the demo reviewer reviews six proposals of
-- each call. The audit trail is loaded apart (VolumeBench.java), as its hashes chain one entry to the next.
\set ON_ERROR_STOP on
select setseed(0.17);

-- 50,000 organisations: 60% enterprises (with a valid enterprise number; four in five in Flanders), 20% research and
-- technology organisations, 10% hospitals, 10% others.
insert into organisations (name, type, size, research_kind, enterprise_number, postal_code, city, country, expertise,
    technologies, therapeutic_areas, value_chain, description, offers)
select 'Volume ' || t || ' ' || g || case when t = 'ENTERPRISE' then ' NV' else '' end, t,
    case when t = 'ENTERPRISE' then (array['SME', 'LARGE'])[1 + g % 2] end,
    case when t = 'RTO' then (array['UNIVERSITY', 'UNIVERSITY_COLLEGE', 'STRATEGIC_RESEARCH_CENTRE', 'OTHER_RESEARCH'])[1 + g % 4] end,
    case when t = 'ENTERPRISE' then lpad((10000000 + g)::text, 8, '0') || lpad((97 - (10000000 + g) % 97)::text, 2, '0') end,
    case when g % 5 = 0 then '1000' else (array['9000', '3000', '2000', '8500', '3500', '2800', '9300', '8000'])[1 + g % 8] end,
    'Volume', 'BE',
    array['genomics', 'biomarkers', 'imaging', 'data'], array['sequencing'],
    array[(array['II', 'III', 'IV', 'V', 'VI', 'IX', 'X', 'XI'])[1 + g % 8]],
    array[(array['DATA_AI', 'BIOMARKERS_DIAGNOSTICS', 'DRUG_THERAPY_DEVELOPMENT', 'CLINICAL_STUDIES',
        'MANUFACTURING_LOGISTICS', 'HEALTH_ECONOMICS_MARKET_ACCESS'])[1 + g % 6]],
    'A generated organisation for the volume benchmark, working on biomarkers, genomics and clinical data.',
    'Sequencing and data analysis.'
from (select g, case when g % 10 < 6 then 'ENTERPRISE' when g % 10 < 8 then 'RTO' when g % 10 = 8 then 'HOSPITAL'
                     else 'OTHER' end as t
      from generate_series(1, 50000) g) generated;

create temporary table volume_organisations as
select type, array_agg(id order by id) as ids, count(*)::int as n from organisations where name like 'Volume %'
  and (type <> 'ENTERPRISE' or postal_code <> '1000') group by type;

-- 5,000 applicants and 300 reviewers (password hash of nothing anyone can type: they never sign in).
insert into users (email, password_hash, full_name, locale, created_at)
select 'applicant' || g || '@volume.example.org', '{noop}-', 'Applicant ' || g, (array['en', 'nl'])[1 + g % 2],
    now() - make_interval(days => 3650 - g % 3650)
from generate_series(1, 5000) g;
insert into users (email, password_hash, full_name, locale, created_at)
select 'reviewer' || g || '@volume.example.org', '{noop}-', 'Reviewer ' || g, 'en', now() - interval '9 years'
from generate_series(1, 300) g;
insert into user_roles (user_id, role)
select id, case when email like 'applicant%' then 'APPLICANT' else 'REVIEWER' end
from users where email like '%@volume.example.org';
insert into reviewer_profiles (user_id, expertise, affiliation_id, kind)
select u.id, array['genomics', 'oncology'],
    (select o.ids[1 + (u.id % o.n)::int] from volume_organisations o where o.type = 'HOSPITAL'),
    (array['CLINICAL', 'INDUSTRY', 'ACADEMIC', 'PATIENT'])[1 + (u.id % 4)::int]
from users u where u.email like 'reviewer%@volume.example.org';

-- Ten calls, one a year: 2017 to 2025 decided, 2026 in evaluation.
insert into calls (code, title, title_nl, description, description_nl, status, opens_at, deadline, budget_eur,
    min_independent_flemish_enterprises, min_rtos, enterprise_must_coordinate, university_required_with_src,
    max_research_budget_share, min_enterprise_budget_eur, max_enterprise_budget_eur, max_proposals_per_reviewer,
    created_at, published_at, evaluation_started_at, assignment_released_at, review_deadline, decided_at,
    last_proposal_number)
select 'VOL-' || y, 'Volume call ' || y, 'Volumeoproep ' || y, 'A generated call of the volume benchmark.',
    'Een gegenereerde oproep.', case when y = 2026 then 'IN_EVALUATION' else 'DECIDED' end,
    make_timestamptz(y, 1, 15, 9, 0, 0, 'Europe/Brussels'), make_timestamptz(y, 4, 15, 17, 0, 0, 'Europe/Brussels'),
    10000000.00, 3, 1, true, true, 0.4000, 100000.00, 3000000.00, 20,
    make_timestamptz(y, 1, 2, 9, 0, 0, 'Europe/Brussels'), make_timestamptz(y, 1, 5, 9, 0, 0, 'Europe/Brussels'),
    make_timestamptz(y, 4, 16, 9, 0, 0, 'Europe/Brussels'), make_timestamptz(y, 4, 20, 9, 0, 0, 'Europe/Brussels'),
    make_timestamptz(y, 6, 30, 23, 59, 0, 'Europe/Brussels'),
    case when y < 2026 then make_timestamptz(y, 9, 15, 14, 0, 0, 'Europe/Brussels') end, 600
from generate_series(2017, 2026) y;
insert into call_goals (call_id, code, title, title_nl, position)
select c.id, g::text, 'Goal ' || g, 'Doel ' || g, g from calls c, generate_series(1, 2) g where c.code like 'VOL-%';

-- 600 proposals a call, each led by one of the 5,000 applicants (the demo applicant leads the first of each call).
create temporary table volume_calls as
select id, code, substr(code, 5)::int as year, row_number() over (order by code) - 1 as c, status, deadline, decided_at
from calls where code like 'VOL-%';
insert into proposals (call_id, reference, acronym, title, abstract, disease_area, medical_need, economic_impact,
    societal_impact, duration_months, status, created_by, created_at, updated_at, first_submitted_at)
select vc.id, vc.code || '-' || vc.year || '-' || lpad(i::text, 4, '0'), 'V' || vc.year || 'P' || i,
    'Generated proposal ' || i || ' of ' || vc.code,
    repeat('Personalised medicine with biomarkers, genomics and clinical data. ', 20),
    (array['II', 'III', 'IV', 'V', 'VI', 'IX', 'X', 'XI'])[1 + i % 8], 'A medical need.', 'An economic impact.',
    'A societal impact.', 36,
    case when vc.status = 'IN_EVALUATION' then 'IN_EVALUATION' when i % 20 = 1 then 'FUNDED' else 'NOT_FUNDED' end,
    case when i = 1 then (select id from users where email = 'applicant@example.org')
         else (select id from users where email = 'applicant' || (1 + (vc.c * 600 + i) % 5000) || '@volume.example.org') end,
    vc.deadline - interval '60 days', vc.deadline - interval '1 day', vc.deadline - make_interval(hours => 1 + i % 500)
from volume_calls vc, generate_series(1, 600) i;

create temporary table volume_proposals as
select p.id, p.call_id, p.created_by, vc.c, substr(p.reference, 15)::int as i
from proposals p join volume_calls vc on vc.id = p.call_id;
create index on volume_proposals (id);
analyze volume_proposals;

insert into proposal_applicants (proposal_id, user_id, added_at)
select id, created_by, now() from volume_proposals;
insert into proposal_goals (proposal_id, goal_id)
select vp.id, g.id from volume_proposals vp join call_goals g on g.call_id = vp.call_id and g.code = '1';

-- Twelve members: eight enterprises (the first coordinates), two research organisations, a hospital and another.
insert into consortium_members (proposal_id, organisation_id, role, requested_budget_eur)
select vp.id,
    case when k <= 8 then (select o.ids[1 + ((vp.c * 600 + vp.i) * 8 + k) % o.n] from volume_organisations o where o.type = 'ENTERPRISE')
         when k <= 10 then (select o.ids[1 + ((vp.c * 600 + vp.i) * 2 + k) % o.n] from volume_organisations o where o.type = 'RTO')
         when k = 11 then (select o.ids[1 + (vp.c * 600 + vp.i) % o.n] from volume_organisations o where o.type = 'HOSPITAL')
         else (select o.ids[1 + (vp.c * 600 + vp.i) % o.n] from volume_organisations o where o.type = 'OTHER') end,
    case when k = 1 then 'COORDINATOR' else 'PARTNER' end,
    case when k <= 8 then 150000 + 10000 * k else 100000 end
from volume_proposals vp, generate_series(1, 12) k;

insert into proposal_versions (proposal_id, number, submitted_at, submitted_by, content)
select p.id, 1, p.first_submitted_at, p.created_by,
    jsonb_build_object('reference', p.reference, 'acronym', p.acronym, 'title', p.title, 'abstract', p.abstract,
        'goals', jsonb_build_array('1'), 'diseaseArea', p.disease_area, 'medicalNeed', p.medical_need,
        'economicImpact', p.economic_impact, 'societalImpact', p.societal_impact,
        'durationMonths', p.duration_months,
        'members', (select jsonb_agg(jsonb_build_object('organisation', o.name, 'type', o.type, 'role', m.role,
                        'requestedBudgetEur', m.requested_budget_eur::text) order by m.id)
                    from consortium_members m join organisations o on o.id = m.organisation_id
                    where m.proposal_id = p.id),
        'eligible', true, 'attachments', '[]'::jsonb)
from proposals p join volume_proposals vp on vp.id = p.id;

-- Every reviewer in every call's pool; three reviewers a proposal, six proposals a reviewer a call: 18,000 reviews.
-- The demo reviewer reviews six proposals of each call besides.
insert into call_reviewers (call_id, reviewer_id)
select vc.id, u.id from volume_calls vc, users u
where u.email like 'reviewer%@volume.example.org' or u.email = 'reviewer@example.org';
create temporary table volume_reviewers as
select id, row_number() over (order by id) - 1 as r from users where email like 'reviewer%@volume.example.org';
insert into review_assignments (proposal_id, reviewer_id, affinity, by_hand, created_at, response, responded_at)
select vp.id, vr.id, 0.5, false, vc.deadline + interval '2 days', 'ACCEPTED', vc.deadline + interval '4 days'
from volume_proposals vp join volume_calls vc on vc.id = vp.call_id, generate_series(0, 2) j
join volume_reviewers vr on true
where vr.r = ((vp.i - 1) * 3 + j) % 300;
insert into review_assignments (proposal_id, reviewer_id, affinity, by_hand, created_at, response, responded_at)
select vp.id, u.id, 0.5, false, vc.deadline + interval '2 days', 'ACCEPTED', vc.deadline + interval '4 days'
from volume_proposals vp join volume_calls vc on vc.id = vp.call_id join users u on u.email = 'reviewer@example.org'
where vp.i % 100 = 7;
insert into reviewer_undertakings (call_id, reviewer_id, accepted_at)
select cr.call_id, cr.reviewer_id, vc.deadline + interval '3 days'
from call_reviewers cr join volume_calls vc on vc.id = cr.call_id;
insert into conflict_declarations (proposal_id, reviewer_id, in_conflict, reason, declared_at)
select a.proposal_id, a.reviewer_id, false, null, a.responded_at
from review_assignments a join volume_proposals vp on vp.id = a.proposal_id;
insert into reviews (proposal_id, reviewer_id, status, updated_at, submitted_at, version)
select a.proposal_id, a.reviewer_id, 'SUBMITTED', vc.deadline + interval '30 days', vc.deadline + interval '30 days', 1
from review_assignments a join volume_proposals vp on vp.id = a.proposal_id join volume_calls vc on vc.id = vp.call_id;
insert into review_scores (review_id, criterion_id, score, comment)
select r.id, k.id, ((r.id + k.id) % 7 + 3) / 2.0, 'A generated comment on this criterion.'
from reviews r join volume_proposals vp on vp.id = r.proposal_id
join evaluation_criteria k on k.call_id = vp.call_id;

-- The consensus of every proposal, and the decision of the nine decided calls (the best 30 funded).
insert into consensus_scores (proposal_id, criterion_id, score, justification, recorded_by, recorded_at)
select vp.id, k.id, ((vp.i + k.position) % 5 + 5) / 2.0, 'The reviewers agreed.',
    (select id from users where email = 'staff@example.org'), vc.deadline + interval '50 days'
from volume_proposals vp join volume_calls vc on vc.id = vp.call_id join evaluation_criteria k on k.call_id = vp.call_id;
insert into funding_decisions (proposal_id, call_id, rank, outcome, total, decided_by, decided_at)
select id, call_id, rank, case when rank <= 30 then 'FUNDED' else 'RESERVE' end, total,
    (select id from users where email = 'staff@example.org'), decided_at
from (select vp.id, vp.call_id, vc.decided_at,
          (select round(sum(s.score * k.weight) / sum(k.weight), 2) from consensus_scores s
           join evaluation_criteria k on k.id = s.criterion_id where s.proposal_id = vp.id) as total,
          row_number() over (partition by vp.call_id order by vp.i) as rank
      from volume_proposals vp join volume_calls vc on vc.id = vp.call_id where vc.status = 'DECIDED') ranked;
update proposals p set status = case when d.outcome = 'FUNDED' then 'FUNDED' else 'NOT_FUNDED' end
from funding_decisions d where d.proposal_id = p.id and p.reference like 'VOL-%';

-- 100 information sessions, ten a call, 300 registrations each: 30,000.
insert into info_sessions (call_id, title, starts_at, ends_at, format, venue, address, capacity, registration_deadline,
    language, seats_taken)
select vc.id, 'Volume session ' || s || ' of ' || vc.code, vc.deadline - make_interval(days => 10 * s),
    vc.deadline - make_interval(days => 10 * s) + interval '2 hours', 'IN_PERSON', 'Volume hall',
    'Kunstlaan 1, 1000 Brussel', 400, vc.deadline - make_interval(days => 10 * s + 1), 'en', 300
from volume_calls vc, generate_series(1, 10) s;
insert into info_session_registrations (session_id, attendance, name, email, organisation, consent_registration,
    status, language, cancel_token_hash, created_at)
select i.id, 'IN_PERSON', 'Attendee ' || g, 'attendee' || g || '@volume.example.org', 'Volume organisation', true,
    'CONFIRMED', 'en', encode(sha256(convert_to(i.id || '-' || g, 'UTF8')), 'hex'), i.starts_at - interval '20 days'
from info_sessions i, generate_series(1, 300) g where i.title like 'Volume session %';

analyze;
