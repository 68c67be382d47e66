-- Demo data, read only by the demo profile (spring.flyway.locations adds classpath:db/demo).
-- Three calls "Personalised Medicine", one in each phase a newcomer should see: the pilot call ICON-PM (open), a
-- draft of the next round ICON-PM-2027, and the round ICON-PM-2025, decided, with five evaluated proposals, their
-- reviews, consensus and funding decision. Also the pilot's three information sessions of May 2019, some thirty
-- organisations for Connect, the demo users of the README and a few regional funding programmes.
--
-- A repeatable migration: Flyway runs it again whenever its checksum changes, so every statement is idempotent and
-- keyed on a natural key (calls.code, call_goals (call_id, code), info_sessions title + starts_at,
-- organisations.enterprise_number or, without one, the name, users.email, proposals.reference or, for drafts, the
-- applicant and acronym, funding_programmes.programme; rows that belong to a proposal by their proposal and
-- reviewer, criterion or number). Rows that are already there are left as they are, including anything users
-- changed since; the exceptions are a Dutch text of the three calls and their goals that is still empty (calls
-- loaded before migration V19 had none), which is filled in, and a published call's missing published_at.
-- To change a row that is already loaded, change it in the portal or write a versioned migration: editing it here
-- only affects databases that do not hold it yet.
--
-- Every company and person below is invented. Real universities, research centres and hospitals carry their real
-- name and address; only the enterprise numbers we are sure of are filled in (KU Leuven, Ghent University), the
-- others are left empty. Invented enterprise numbers pass the mod-97 check of the schema.

-- The three calls, with the same rules and the same English text (the Dutch one follows below).
-- ICON-PM, the pilot call: open, deadline 17:00 Brussels time six weeks after the day the demo data is first loaded.
-- ICON-PM-2027, the next round as an admin would copy it: a draft, opening and deadline a year after the pilot's.
-- ICON-PM-2025, the round before: decided. It was published, opened and closed (Monday 16 June 2025, 17:00
-- Brussels time), went into evaluation the next day, released its assignment of reviewers and was decided in
-- October 2025; five proposals were submitted to it (last_proposal_number, as ProposalReferences counts them).
with texts (description) as (
    select 'ICON projects are interdisciplinary cooperative research: a dedicated, balanced consortium develops new '
        || 'technology, knowledge or insight with economic or societal value for Flanders. Flemish industrial '
        || 'partners get their support from VLAIO, the Flemish agency for innovation and entrepreneurship.'
        || E'\n\n'
        || 'Flanders.health, the Flemish life-sciences cluster, runs the programme management of the ICON calls on '
        || 'Personalised Medicine on behalf of VLAIO. The Flemish Government added EUR 5 million a year, for two '
        || 'years, to move from one-size-fits-all medicine to personalised medicine. The projects funded are '
        || 'industry-driven and generic, with teams that mix scientists, industry and social-economy partners.'
        || E'\n\n'
        || 'Priority goes to projects on diseases with a high medical need and/or a large economic or societal '
        || 'impact. Each project addresses one or more of the goals below: validated knowledge on data, biomarkers '
        || 'and their analysis, and a broader application of personalised medicine through innovative clinical '
        || 'studies and personalised technologies.'
        || E'\n\n'
        || 'A consortium is eligible with at least three independent Flemish enterprises and at least one research '
        || 'and technology organisation, with a company as coordinator.'
        || E'\n\n'
        || 'Flanders.health helps applicants along the way: information sessions explain the call, Connect finds '
        || 'partners and builds consortia, and Carry and Cultivate counsel projects while they are set up and shaped.'
)
insert into calls (code, title, description, status, opens_at, deadline, budget_eur,
        min_independent_flemish_enterprises, min_rtos, enterprise_must_coordinate, university_required_with_src,
        max_research_budget_share, min_enterprise_budget_eur, max_enterprise_budget_eur,
        created_at, published_at, evaluation_started_at, assignment_released_at, decided_at, last_proposal_number)
select c.code, c.title, t.description, c.status, c.opens_at, c.deadline, c.budget_eur,
       3, 1, true, true,
       0.4000, 100000.00, 3000000.00,
       c.created_at, c.published_at, c.evaluation_started_at, c.assignment_released_at, c.decided_at,
       c.last_proposal_number
from texts t
cross join (values
        ('ICON-PM', 'Personalised Medicine', 'PUBLISHED',
         ((current_date - 28) + time '09:00') at time zone 'Europe/Brussels',
         ((current_date + 42) + time '17:00') at time zone 'Europe/Brussels',
         10000000.00, now(), now(), null::timestamptz, null::timestamptz, null::timestamptz, 0),
        ('ICON-PM-2027', 'Personalised Medicine 2027', 'DRAFT',
         (((current_date - 28) + interval '1 year')::date + time '09:00') at time zone 'Europe/Brussels',
         (((current_date + 42) + interval '1 year')::date + time '17:00') at time zone 'Europe/Brussels',
         10000000.00, now(), null, null, null, null, 0),
        ('ICON-PM-2025', 'Personalised Medicine 2025', 'DECIDED',
         timestamp '2025-03-03 09:00' at time zone 'Europe/Brussels',
         timestamp '2025-06-16 17:00' at time zone 'Europe/Brussels',
         5000000.00,
         timestamp '2025-01-20 10:00' at time zone 'Europe/Brussels',
         timestamp '2025-02-03 10:00' at time zone 'Europe/Brussels',
         timestamp '2025-06-17 09:30' at time zone 'Europe/Brussels',
         timestamp '2025-06-20 11:00' at time zone 'Europe/Brussels',
         timestamp '2025-10-06 14:00' at time zone 'Europe/Brussels', 5)
    ) as c (code, title, status, opens_at, deadline, budget_eur, created_at, published_at, evaluation_started_at,
            assignment_released_at, decided_at, last_proposal_number)
on conflict (code) do nothing;

-- Their goals: 1 and 2, each with two sub-goals, in the order of the call text (positions as Call.addGoal gives
-- them). Only for a call without sub-goals yet, so that goals an admin has since changed on the draft stay changed.
insert into call_goals (call_id, parent_id, code, title, position)
select c.id, null, g.code, g.title, g.position
from calls c
cross join (values
        ('1', 'Build up profound, validated knowledge on data, biomarkers and their analysis', 0),
        ('2', 'Enable broader application of personalised medicine through innovative clinical studies and '
              || 'personalised technologies', 3)
    ) as g (code, title, position)
where c.code in ('ICON-PM', 'ICON-PM-2027', 'ICON-PM-2025')
  and not exists (select 1 from call_goals sub where sub.call_id = c.id and sub.parent_id is not null)
on conflict (call_id, code) do nothing;

insert into call_goals (call_id, parent_id, code, title, position)
select c.id, parent.id, g.code, g.title, g.position
from calls c
cross join (values
        ('1', '1a', 'Wider availability of data, access to data, better data quality', 1),
        ('1', '1b', 'Better knowledge and analysis in Flanders of biomarker and pharmacogenomic data of individual '
                    || 'patients or cohorts, for diagnosis and treatment', 2),
        ('2', '2a', 'Broader and faster innovative clinical studies in Flanders that use biomarker- or genetically '
                    || 'stratified patient groups and/or personalised therapies, to validate (pre)clinical and '
                    || 'pharmacogenomic markers and collect more data', 4),
        ('2', '2b', 'Advanced personalised technologies for research, production, logistics and more, to bring '
                    || 'personalised therapies to the patient in a controlled manner', 5)
    ) as g (parent_code, code, title, position)
join call_goals parent on parent.call_id = c.id and parent.code = g.parent_code
where c.code in ('ICON-PM', 'ICON-PM-2027', 'ICON-PM-2025')
  and not exists (select 1 from call_goals sub where sub.call_id = c.id and sub.parent_id is not null)
on conflict (call_id, code) do nothing;

-- The Dutch texts of the three calls and their goals, filled in where still empty (an empty Dutch text shows the
-- English one to readers).
update calls c
set title_nl = case when c.title_nl = '' then t.title_nl else c.title_nl end,
    description_nl = case when c.description_nl = '' then t.description_nl else c.description_nl end
from (select 'ICON-projecten zijn interdisciplinair coöperatief onderzoek: een toegewijd, evenwichtig consortium '
        || 'ontwikkelt nieuwe technologie, kennis of inzichten met economische of maatschappelijke waarde voor '
        || 'Vlaanderen. Vlaamse industriële partners krijgen hun steun van VLAIO, het Vlaams Agentschap Innoveren & '
        || 'Ondernemen.'
        || E'\n\n'
        || 'Flanders.health, de Vlaamse life-sciencescluster, voert in opdracht van VLAIO het programmabeheer van de '
        || 'ICON-oproepen rond gepersonaliseerde geneeskunde. De Vlaamse Regering trok twee jaar lang 5 miljoen euro '
        || 'per jaar extra uit om de overstap te maken van een geneeskunde die voor iedereen dezelfde is naar '
        || 'gepersonaliseerde geneeskunde. De gefinancierde projecten zijn industrieel gedreven en generiek, met '
        || 'teams waarin wetenschappers, bedrijven en partners uit de sociale economie samenwerken.'
        || E'\n\n'
        || 'Voorrang gaat naar projecten over ziekten met een hoge medische nood en/of een grote economische of '
        || 'maatschappelijke impact. Elk project werkt aan een of meer van de doelstellingen hieronder: gevalideerde '
        || 'kennis over data, biomerkers en hun analyse, en een bredere toepassing van gepersonaliseerde geneeskunde '
        || 'via innovatieve klinische studies en gepersonaliseerde technologieën.'
        || E'\n\n'
        || 'Een consortium komt in aanmerking met minstens drie onafhankelijke Vlaamse ondernemingen en minstens één '
        || 'onderzoeks- en technologieorganisatie, met een bedrijf als coördinator.'
        || E'\n\n'
        || 'Flanders.health helpt aanvragers op weg: infosessies lichten de oproep toe, Connect zoekt partners en '
        || 'bouwt consortia, en Carry en Cultivate begeleiden projecten terwijl ze worden opgezet en vorm krijgen.'
        as description_nl) as d
cross join lateral (values
        ('ICON-PM', 'Gepersonaliseerde geneeskunde', d.description_nl),
        ('ICON-PM-2027', 'Gepersonaliseerde geneeskunde 2027', d.description_nl),
        ('ICON-PM-2025', 'Gepersonaliseerde geneeskunde 2025', d.description_nl)
    ) as t (code, title_nl, description_nl)
where c.code = t.code
  and (c.title_nl = '' or c.description_nl = '');

-- A published call loaded by this file before it set published_at has none: the instant it was loaded, as V19 gave
-- every call published before it.
update calls
set published_at = created_at
where code in ('ICON-PM', 'ICON-PM-2027', 'ICON-PM-2025')
  and status <> 'DRAFT'
  and published_at is null;

update call_goals g
set title_nl = t.title_nl
from calls c
cross join (values
        ('1', 'Diepgaande, gevalideerde kennis opbouwen over data, biomerkers en hun analyse'),
        ('1a', 'Ruimere beschikbaarheid van data, toegang tot data, betere datakwaliteit'),
        ('1b', 'Betere kennis en analyse in Vlaanderen van biomerker- en farmacogenomische data van individuele '
               || 'patiënten of cohorten, voor diagnose en behandeling'),
        ('2', 'Een bredere toepassing van gepersonaliseerde geneeskunde mogelijk maken via innovatieve klinische '
              || 'studies en gepersonaliseerde technologieën'),
        ('2a', 'Bredere en snellere innovatieve klinische studies in Vlaanderen met patiëntengroepen die op basis van '
               || 'biomerkers of genetisch gestratificeerd zijn en/of met gepersonaliseerde therapieën, om '
               || '(pre)klinische en farmacogenomische merkers te valideren en meer data te verzamelen'),
        ('2b', 'Geavanceerde gepersonaliseerde technologieën voor onderzoek, productie, logistiek en meer, om '
               || 'gepersonaliseerde therapieën op een gecontroleerde manier tot bij de patiënt te brengen')
    ) as t (code, title_nl)
where g.call_id = c.id
  and c.code in ('ICON-PM', 'ICON-PM-2027', 'ICON-PM-2025')
  and g.code = t.code
  and g.title_nl = '';

-- The three information sessions of the pilot call, May 2019, in Brussels local time; each lasts two hours.
insert into info_sessions (call_id, title, starts_at, ends_at, format, venue, address, online_link, capacity)
select c.id, s.title, s.starts_at, s.starts_at + interval '2 hours', s.format, s.venue, s.address, s.online_link,
       s.capacity
from calls c
cross join (values
        ('ICON Personalised Medicine: information session in Brussels',
         timestamp '2019-05-14 14:00' at time zone 'Europe/Brussels', 'IN_PERSON',
         'Conscience Building, Hadewych Auditorium', 'Koning Albert II-laan 15, 1210 Brussels', null, 120),
        ('ICON Personalised Medicine: webinar',
         timestamp '2019-05-21 14:00' at time zone 'Europe/Brussels', 'ONLINE',
         null, null, 'https://webinar.example.org/icon-personalised-medicine-2019-05-21', 300),
        ('ICON Personalised Medicine: information session in Leuven',
         timestamp '2019-05-28 16:30' at time zone 'Europe/Brussels', 'IN_PERSON',
         'Provinciehuis Leuven', 'Provincieplein 1, 3010 Leuven', null, 80)
    ) as s (title, starts_at, format, venue, address, online_link, capacity)
where c.code = 'ICON-PM'
  and not exists (select 1 from info_sessions existing
                  where existing.title = s.title and existing.starts_at = s.starts_at);

-- Organisations for Connect: research and technology organisations, hospitals, a patient organisation and an
-- ethics platform, and enterprises (invented) in Flanders, one in Brussels, one in Wallonia and one abroad.
-- Scheldegen Pharma and Scheldegen Biologics belong to the same corporate group, so they count once; the group is an
-- entry of its own (corporate_groups), which each organisation names.
insert into corporate_groups (name) values ('Scheldegen Group') on conflict (key) do nothing;

insert into organisations (name, type, size, research_kind, enterprise_number, corporate_group_id, street, postal_code,
        city, country, website, expertise, description)
select o.name, o.type, o.size, o.research_kind, o.enterprise_number,
       (select g.id from corporate_groups g where g.key = corporate_group_key(o.corporate_group)), o.street,
       o.postal_code, o.city, o.country, o.website, o.expertise, o.description
from (values
        -- Research and technology organisations (real).
        ('KU Leuven', 'RTO', null, 'UNIVERSITY', '0419052173', null, 'Oude Markt 13', '3000', 'Leuven', 'BE',
         'https://www.kuleuven.be',
         array['pharmacogenomics', 'human genetics', 'oncology', 'biostatistics', 'clinical trials'],
         'Research university whose biomedical groups work on human genetics, oncology and the statistics of '
         || 'clinical studies.'),
        ('Ghent University', 'RTO', null, 'UNIVERSITY', '0248015142', null, 'Sint-Pietersnieuwstraat 25', '9000',
         'Gent', 'BE', 'https://www.ugent.be',
         array['bioinformatics', 'medical genetics', 'pharmaceutical sciences', 'immunology'],
         'Research university with strong groups in bioinformatics, medical genetics and pharmaceutical sciences.'),
        ('University of Antwerp', 'RTO', null, 'UNIVERSITY', null, null, 'Prinsstraat 13', '2000', 'Antwerpen', 'BE',
         'https://www.uantwerpen.be',
         array['drug research', 'infectious diseases', 'neurosciences', 'imaging'],
         'Research university known for drug research, infectious diseases, neurosciences and imaging.'),
        ('HOGENT', 'RTO', null, 'UNIVERSITY_COLLEGE', null, null, 'Valentin Vaerwyckweg 1', '9000', 'Gent', 'BE',
         'https://www.hogent.be',
         array['biotechnology', 'laboratory automation', 'data science'],
         'University college whose applied research covers biotechnology, laboratory automation and data science.'),
        ('imec', 'RTO', null, 'STRATEGIC_RESEARCH_CENTRE', null, null, 'Kapeldreef 75', '3001', 'Leuven', 'BE',
         'https://www.imec-int.com',
         array['nanoelectronics', 'lab-on-chip', 'wearable sensors', 'single-cell analysis', 'artificial intelligence'],
         'Strategic research centre for nanoelectronics and digital technologies, with life-sciences work on '
         || 'lab-on-chip, sensors and cell analysis.'),
        ('VIB', 'RTO', null, 'STRATEGIC_RESEARCH_CENTRE', null, null, 'Rijvisschestraat 120', '9052', 'Gent', 'BE',
         'https://vib.be',
         array['molecular biology', 'cancer biology', 'single-cell genomics', 'inflammation', 'neurobiology'],
         'Strategic research centre for life sciences, with labs at the Flemish universities working on the '
         || 'molecular basis of disease.'),
        ('VITO', 'RTO', null, 'STRATEGIC_RESEARCH_CENTRE', null, null, 'Boeretang 200', '2400', 'Mol', 'BE',
         'https://vito.be',
         array['health data', 'exposome', 'biomonitoring', 'omics'],
         'Strategic research centre for sustainability whose health unit works on biomonitoring, the exposome and '
         || 'health data.'),
        -- Hospitals (real); UZ Leuven shares the legal entity of KU Leuven, so neither hospital carries a number here.
        ('UZ Leuven', 'HOSPITAL', null, null, null, null, 'Herestraat 49', '3000', 'Leuven', 'BE',
         'https://www.uzleuven.be',
         array['clinical trials', 'oncology', 'rare diseases', 'biobank'],
         'University hospital of Leuven, with a clinical trial centre and a biobank.'),
        ('UZ Gent', 'HOSPITAL', null, null, null, null, 'Corneel Heymanslaan 10', '9000', 'Gent', 'BE',
         'https://www.uzgent.be',
         array['medical genetics', 'clinical trials', 'paediatrics', 'biobank'],
         'University hospital of Ghent, home of a centre for medical genetics and a clinical trial unit.'),
        -- Other bodies (invented).
        ('Patiëntenplatform Precisiezorg vzw', 'OTHER', null, null, '0632016861', null, 'Bruul 42', '2800',
         'Mechelen', 'BE', null,
         array['patient involvement', 'rare diseases', 'informed consent'],
         'Patient organisation that brings the voice of patients with rare and hereditary diseases into research '
         || 'projects.'),
        ('Ethiek & Recht in Genomica vzw', 'OTHER', null, null, '0895182712', null, 'Tiensestraat 61', '3000',
         'Leuven', 'BE', null,
         array['bioethics', 'GDPR', 'data governance', 'informed consent'],
         'Non-profit platform of lawyers and ethicists that advises projects on consent, data protection and the '
         || 'ethical and legal framework of genomic data.'),
        -- Enterprises in Flanders (invented).
        ('Helixtrace NV', 'ENTERPRISE', 'SME', null, '0768951464', null, 'Technologiepark 21', '9052', 'Gent', 'BE',
         null, array['pharmacogenomics', 'genotyping', 'clinical decision support'],
         'Develops pharmacogenomic panels and a decision-support tool that advises doctors on drug choice and dose.'),
        ('Kempen Cell Factory BV', 'ENTERPRISE', 'SME', null, '0710305363', null, 'Kleinhoefstraat 6', '2440', 'Geel',
         'BE', null, array['cell therapy', 'GMP manufacturing', 'CAR-T'],
         'Contract manufacturer of autologous cell therapies under GMP, from vein to vein.'),
        ('Dijlemed Diagnostics NV', 'ENTERPRISE', 'SME', null, '0714660168', null, 'Interleuvenlaan 15', '3001',
         'Leuven', 'BE', null, array['companion diagnostics', 'liquid biopsy', 'IVDR'],
         'Builds companion diagnostics on liquid biopsies and takes them through IVDR certification.'),
        ('Scheldegen Pharma NV', 'ENTERPRISE', 'LARGE', null, '0787660586', 'Scheldegen Group',
         'Kaai 102', '2000', 'Antwerpen', 'BE', null,
         array['targeted therapies', 'oncology', 'clinical development'],
         'Pharmaceutical company developing targeted oncology drugs, from phase I to market.'),
        ('Scheldegen Biologics BV', 'ENTERPRISE', 'LARGE', null, '0731757112', 'Scheldegen Group',
         'Ottergemsesteenweg-Zuid 808', '9000', 'Gent', 'BE', null,
         array['monoclonal antibodies', 'bioprocessing', 'biomarkers'],
         'Biologics arm of the Scheldegen Group: antibody discovery and process development.'),
        ('Lysenta Health Data BV', 'ENTERPRISE', 'SME', null, '0860430580', null, 'Hoog Kortrijk 7', '8500',
         'Kortrijk', 'BE', null, array['federated learning', 'health data platform', 'FHIR', 'data quality'],
         'Runs a federated data platform that lets hospitals share analyses of patient data without moving the data.'),
        ('Brugmed Logistics NV', 'ENTERPRISE', 'SME', null, '0639824074', null, 'Kolvestraat 33', '8000', 'Brugge',
         'BE', null, array['cold chain', 'clinical supply', 'chain of identity'],
         'Cold-chain logistics for clinical supplies and personalised therapies, with chain-of-identity tracking.'),
        ('LimBioS BV', 'ENTERPRISE', 'SME', null, '0705683611', null, 'Wetenschapspark 12', '3590', 'Diepenbeek',
         'BE', null, array['biobank', 'sample processing', 'LIMS'],
         'Biobanking services: collection, processing and storage of human samples for studies and cohorts.'),
        ('Molimago BV', 'ENTERPRISE', 'SME', null, '0733938127', null, 'Zandvoortstraat 3', '2800', 'Mechelen', 'BE',
         null, array['molecular imaging', 'PET tracers', 'theranostics'],
         'Develops PET tracers and theranostics that select the patients who will respond to a therapy.'),
        ('Pharmapunt Analytics BV', 'ENTERPRISE', 'SME', null, '0705804365', null, 'Pierre Corneliskaai 25', '9300',
         'Aalst', 'BE', null, array['real-world evidence', 'medication adherence', 'pharmacy data'],
         'Turns community-pharmacy data into real-world evidence on adherence and drug response.'),
        ('Nucleoweave NV', 'ENTERPRISE', 'SME', null, '1021401882', null, 'Industrieweg 40', '9230', 'Wetteren', 'BE',
         null, array['RNA therapeutics', 'antisense oligonucleotides', 'rare diseases'],
         'Designs antisense oligonucleotides for patients with very rare genetic variants, down to a single patient.'),
        ('Orthoprint Precision BV', 'ENTERPRISE', 'SME', null, '0776909820', null, 'Kempische Steenweg 303', '3500',
         'Hasselt', 'BE', null, array['3D printing', 'patient-specific implants', 'medical devices'],
         'Designs and prints patient-specific implants and surgical guides from medical images.'),
        ('Trialvaart CRO NV', 'ENTERPRISE', 'LARGE', null, '1050134173', null, 'Uitbreidingstraat 66', '2600',
         'Antwerpen', 'BE', null, array['clinical trials', 'adaptive designs', 'patient stratification'],
         'Contract research organisation running biomarker-stratified and adaptive clinical trials across Europe.'),
        ('Sequantis Bioinformatics BV', 'ENTERPRISE', 'SME', null, '1024661478', null, 'Gaston Geenslaan 11',
         '3001', 'Leuven', 'BE', null, array['next-generation sequencing', 'bioinformatics', 'variant interpretation'],
         'Analysis pipelines for next-generation sequencing and clinical variant interpretation as a service.'),
        ('Tumorea Insights NV', 'ENTERPRISE', 'SME', null, '0743609522', null, 'Generaal Lemanstraat 55', '2018',
         'Antwerpen', 'BE', null, array['digital pathology', 'artificial intelligence', 'oncology'],
         'AI on digital pathology slides to predict how a tumour will respond to treatment.'),
        ('De Stalenwerf cv', 'ENTERPRISE', 'SME', null, '0764655750', null, 'Afrikalaan 188', '9000', 'Gent', 'BE',
         null, array['social economy', 'sample logistics', 'kitting'],
         'Social-economy enterprise that prepares sample-collection kits and handles sample logistics for studies.'),
        -- Enterprises outside the Flemish Region (invented): Brussels, Wallonia, the Netherlands.
        ('Cantara Medtech SRL', 'ENTERPRISE', 'SME', null, '1026937614', null, 'Route de Lennik 808', '1070',
         'Anderlecht', 'BE', null, array['wearables', 'remote monitoring', 'digital biomarkers'],
         'Wearable sensors and remote monitoring that yield digital biomarkers for clinical studies.'),
        ('Lumiosa Biotech SA', 'ENTERPRISE', 'SME', null, '0641799114', null, 'Rue du Bosquet 7', '1348',
         'Louvain-la-Neuve', 'BE', null, array['organoids', 'drug screening', 'precision oncology'],
         'Grows patient-derived organoids to test which drugs work for an individual patient.'),
        ('Polderhelix B.V.', 'ENTERPRISE', 'SME', null, null, null, 'Zernikedreef 9', '2333 CK', 'Leiden', 'NL',
         null, array['pharmacogenomics', 'genotyping arrays', 'population genetics'],
         'Dutch maker of genotyping arrays for pharmacogenomics and population studies.')
    ) as o (name, type, size, research_kind, enterprise_number, corporate_group, street, postal_code, city, country,
            website, expertise, description)
where not exists (select 1 from organisations existing
                  where existing.enterprise_number = o.enterprise_number
                     or (o.enterprise_number is null and lower(existing.name) = lower(o.name)))
on conflict (enterprise_number) do nothing;

-- Their partner profiles for Connect: places in the value chain, therapeutic areas (ICD-10 chapters), what each offers
-- and looks for, as each would plausibly describe itself; the ecosystem map and the partner suggestions read them. A
-- profile is filled in only while all four are still empty (loaded before they were here), so a profile that staff
-- edited since is left as it is.
update organisations o
set value_chain = p.value_chain::text[], therapeutic_areas = p.areas::text[], offers = p.offers,
    looks_for = p.looks_for
from (values
        ('KU Leuven', '{BIOMARKERS_DIAGNOSTICS,DRUG_THERAPY_DEVELOPMENT,CLINICAL_STUDIES,DATA_AI}', '{II,IX,VI,XVII}',
         'Research in pharmacogenomics, human genetics and oncology; biostatistics and the design and analysis of '
         || 'clinical studies.',
         'Companies that take pharmacogenomic and oncology findings to the clinic and to the market.'),
        ('Ghent University', '{DATA_AI,BIOMARKERS_DIAGNOSTICS,DRUG_THERAPY_DEVELOPMENT}', '{II,III,XVII,I}',
         'Bioinformatics, medical genetics and pharmaceutical sciences, from genome data to the formulation of a drug.',
         'Industrial partners for validated biomarkers and data platforms that reach patients.'),
        ('University of Antwerp', '{DRUG_THERAPY_DEVELOPMENT,BIOMARKERS_DIAGNOSTICS,HEALTH_ECONOMICS_MARKET_ACCESS}',
         '{I,VI,II}',
         'Drug research, infectious-disease and neuroscience labs, molecular imaging and health-economic evaluation.',
         'Companies with drug candidates or imaging tracers that need preclinical and early clinical validation.'),
        ('HOGENT', '{DATA_AI,MANUFACTURING_LOGISTICS}', '{I,IV}',
         'Applied research in laboratory automation, biotechnology and data science, with students on the projects.',
         'SMEs that want to automate how they handle samples or to analyse their lab data.'),
        ('imec', '{DATA_AI,BIOMARKERS_DIAGNOSTICS}', '{II,VI,IX}',
         'Lab-on-chip, wearable sensors, single-cell analysis and artificial intelligence, from chip design to '
         || 'prototype.',
         'Hospitals and companies to validate sensors and chips on patients and their samples.'),
        ('VIB', '{DRUG_THERAPY_DEVELOPMENT,BIOMARKERS_DIAGNOSTICS}', '{II,III,VI}',
         'Molecular and single-cell research into cancer, inflammation and brain disease, and new drug targets.',
         'Companies that turn targets and biomarkers into therapies and tests.'),
        ('VITO', '{DATA_AI,BIOMARKERS_DIAGNOSTICS}', '{IV,X,XXI}',
         'Biomonitoring, exposome and omics analyses, and infrastructure for health data.',
         'Cohorts and hospitals to combine environmental exposure with clinical data.'),
        ('UZ Leuven', '{CLINICAL_STUDIES,BIOMARKERS_DIAGNOSTICS}', '{II,IX,VI,XVII}',
         'A clinical trial centre, patient cohorts and a biobank, strong in oncology and rare diseases.',
         'Partners with a personalised diagnostic or therapy to test in the clinic.'),
        ('UZ Gent', '{CLINICAL_STUDIES,BIOMARKERS_DIAGNOSTICS}', '{XVII,II,XVI}',
         'A centre for medical genetics, a clinical trial unit and a biobank, children included.',
         'Partners in genomic diagnostics and therapies for rare and paediatric diseases.'),
        ('Patiëntenplatform Precisiezorg vzw', '{CLINICAL_STUDIES,HEALTH_ECONOMICS_MARKET_ACCESS}', '{XVII,IV}',
         'Patients in the design of a study, patient-reported outcomes and the patients'' view on consent.',
         'Projects on rare and hereditary diseases that want patients at the table from the start.'),
        ('Ethiek & Recht in Genomica vzw', '{HEALTH_ECONOMICS_MARKET_ACCESS,DATA_AI}', '{XVII,II}',
         'Advice on informed consent, the GDPR and the governance of genomic and health data.',
         'Consortia that handle genomic or patient data and need an ethical and legal framework.'),
        ('Helixtrace NV', '{BIOMARKERS_DIAGNOSTICS,DATA_AI}', '{IX,V,II}',
         'Pharmacogenomic panels and decision support that advises on the choice and dose of a drug.',
         'Hospitals and pharmacies to validate the panel in practice, and a research partner in pharmacogenomics.'),
        ('Kempen Cell Factory BV', '{MANUFACTURING_LOGISTICS,DRUG_THERAPY_DEVELOPMENT}', '{II,III}',
         'GMP manufacturing of autologous cell therapies such as CAR-T, from vein to vein.',
         'Developers of cell therapies who need manufacturing for their clinical studies.'),
        ('Dijlemed Diagnostics NV', '{BIOMARKERS_DIAGNOSTICS}', '{II,IX}',
         'Companion diagnostics on liquid biopsies and the road through IVDR certification.',
         'Drug developers that need a companion diagnostic, and clinical sites to validate it.'),
        ('Scheldegen Pharma NV', '{DRUG_THERAPY_DEVELOPMENT,CLINICAL_STUDIES,HEALTH_ECONOMICS_MARKET_ACCESS}', '{II}',
         'Targeted oncology drugs and their clinical development, from phase I to reimbursement.',
         'Biomarkers to select patients, and diagnostics partners for companion tests.'),
        ('Scheldegen Biologics BV', '{DRUG_THERAPY_DEVELOPMENT,MANUFACTURING_LOGISTICS}', '{II,III}',
         'Antibody discovery, bioprocess development and biomarker assays.',
         'Academic targets and translational biomarkers for its antibody programmes.'),
        ('Lysenta Health Data BV', '{DATA_AI}', '{IX,II,IV}',
         'A federated data platform for hospitals, FHIR data models and checks of data quality.',
         'Hospitals and research groups that want to analyse patient data across sites without moving it.'),
        ('Brugmed Logistics NV', '{MANUFACTURING_LOGISTICS}', '{II,III}',
         'Cold-chain transport of clinical supplies and personalised therapies, with chain-of-identity tracking.',
         'Therapy developers and hospitals that ship patient-specific material.'),
        ('LimBioS BV', '{BIOMARKERS_DIAGNOSTICS,CLINICAL_STUDIES}', '{II,IV,IX}',
         'Collection, processing and storage of human samples, tracked in a LIMS.',
         'Studies and cohorts that need a biobank.'),
        ('Molimago BV', '{BIOMARKERS_DIAGNOSTICS,DRUG_THERAPY_DEVELOPMENT}', '{II,VI}',
         'PET tracers and theranostics that select the patients who will respond to a therapy.',
         'Drug developers and hospitals for patient selection by imaging.'),
        ('Pharmapunt Analytics BV', '{HEALTH_ECONOMICS_MARKET_ACCESS,DATA_AI}', '{IX,IV,V}',
         'Real-world evidence on adherence and drug response from community-pharmacy data.',
         'Projects that need to measure what a therapy does in daily practice.'),
        ('Nucleoweave NV', '{DRUG_THERAPY_DEVELOPMENT}', '{XVII,VI}',
         'Antisense oligonucleotides designed for the variant of a single patient.',
         'Geneticists and hospitals who find patients with very rare variants, and a GMP manufacturer.'),
        ('Orthoprint Precision BV', '{MANUFACTURING_LOGISTICS,DRUG_THERAPY_DEVELOPMENT}', '{XIII,XIX}',
         'Patient-specific implants and surgical guides, printed from medical images.',
         'Hospitals and imaging partners for clinical validation.'),
        ('Trialvaart CRO NV', '{CLINICAL_STUDIES}', '{II,IX,VI}',
         'Biomarker-stratified and adaptive clinical trials, run across Europe.',
         'Sponsors with a biomarker-driven therapy ready for the clinic.'),
        ('Sequantis Bioinformatics BV', '{DATA_AI,BIOMARKERS_DIAGNOSTICS}', '{II,XVII}',
         'Pipelines for next-generation sequencing and clinical variant interpretation as a service.',
         'Labs and hospitals that sequence patients and need the interpretation.'),
        ('Tumorea Insights NV', '{DATA_AI,BIOMARKERS_DIAGNOSTICS}', '{II}',
         'Artificial intelligence on digital pathology that predicts how a tumour will respond to treatment.',
         'Pathology departments with annotated slides and outcome data.'),
        ('De Stalenwerf cv', '{MANUFACTURING_LOGISTICS}', '{II,IX,IV}',
         'Sample-collection kits and sample logistics for studies, by a social-economy workforce.',
         'Studies that collect samples at home or at many sites.'),
        ('Cantara Medtech SRL', '{DATA_AI,CLINICAL_STUDIES}', '{IX,VI}',
         'Wearable sensors and remote monitoring that yield digital biomarkers.',
         'Clinical studies that want to follow their patients at home.'),
        ('Lumiosa Biotech SA', '{BIOMARKERS_DIAGNOSTICS,DRUG_THERAPY_DEVELOPMENT}', '{II}',
         'Patient-derived organoids to test which drugs work for one patient.',
         'Hospitals with tumour samples, and developers of oncology drugs.'),
        ('Polderhelix B.V.', '{BIOMARKERS_DIAGNOSTICS}', '{IX,V}',
         'Genotyping arrays for pharmacogenomics and population studies.',
         'Pharmacogenomics projects and population cohorts.')
    ) as p (name, value_chain, areas, offers, looks_for)
where lower(o.name) = lower(p.name)
  and o.value_chain = '{}' and o.therapeutic_areas = '{}' and o.offers = '' and o.looks_for = '';

-- The demo users of the README; each password is the part of the e-mail address before the @ with "demo-" in front
-- (applicant@example.org signs in with demo-applicant, reviewer2@example.org with demo-reviewer2). Bcrypt, strength
-- 10, for the DelegatingPasswordEncoder. applicant2 and reviewer2 to reviewer4 take part in the decided call.
insert into users (email, password_hash, full_name, locale)
values ('applicant@example.org', '{bcrypt}$2a$10$FFUTWBMZY/Mnap2rmR3Sa.uHb/75CjA8FX9.xiHGdA11RaEAIG7W.',
        'Demo Applicant', 'en'),
       ('staff@example.org', '{bcrypt}$2a$10$fjz420x9cUzRdsRiAbtFqOvK09gpvdLNfTQHFcEzCKVxoU4S5HBb6',
        'Demo Staff Member', 'en'),
       ('reviewer@example.org', '{bcrypt}$2a$10$hTGVVlKdmiGr9lJ1Aah.yOf29oWXPJ3GIh9OUfTFPRO54BCbB2Y3S',
        'Demo Reviewer', 'en'),
       ('admin@example.org', '{bcrypt}$2a$10$Y5H3cGE8/.Nj6OAZATrWSe08x1B/y5RaheXcfiZ7SyiVJ82npTL0C',
        'Demo Administrator', 'en'),
       ('applicant2@example.org', '{bcrypt}$2a$10$nAoRbZ4hNVmLTVf3pPo1s.tZSUcpauYq4h3gEe7LsZdpJQsLzvN2u',
        'Demo Second Applicant', 'en'),
       ('reviewer2@example.org', '{bcrypt}$2a$10$FUbd2M3WjVLkToOekvnA3ueYXNlgu6ZD3PVd9xtMhETNrkaN.lBny',
        'Demo Academic Reviewer', 'en'),
       ('reviewer3@example.org', '{bcrypt}$2a$10$symawb13t7ZVsPDoWrvjqe3UioGhwFC/ekj7m235K09Te19cgF8fG',
        'Demo Industry Reviewer', 'en'),
       ('reviewer4@example.org', '{bcrypt}$2a$10$RJRunAo.3Ad8KgqzS8gKMuT/c9fyRlv//OSqMG5cPpOYxat6gBC7G',
        'Demo Patient Reviewer', 'nl')
on conflict (email) do nothing;

insert into user_roles (user_id, role)
select u.id, r.role
from users u
join (values
        ('applicant@example.org', 'APPLICANT'),
        ('staff@example.org', 'STAFF'),
        ('reviewer@example.org', 'REVIEWER'),
        ('admin@example.org', 'ADMIN'),
        ('applicant2@example.org', 'APPLICANT'),
        ('reviewer2@example.org', 'REVIEWER'),
        ('reviewer3@example.org', 'REVIEWER'),
        ('reviewer4@example.org', 'REVIEWER')
    ) as r (email, role) on r.email = u.email
on conflict (user_id, role) do nothing;

-- The reviewers' profiles: the expertise the assignment matches proposals on, and an affiliation, which puts a
-- reviewer in conflict with every proposal its organisation (or corporate group) takes part in. The demo reviewer
-- has no affiliation; the academic reviewer works at the University of Antwerp, the patient reviewer at the patient
-- organisation.
insert into reviewer_profiles (user_id, expertise, affiliation_id, kind)
select u.id, r.expertise, o.id, r.kind
from (values
        ('reviewer@example.org',
         array['pharmacogenomics', 'clinical pharmacology', 'primary care', 'oncology', 'digital twins'],
         null, 'CLINICAL'),
        ('reviewer2@example.org',
         array['molecular diagnostics', 'oncology', 'cell therapy', 'biostatistics', 'clinical trials'],
         'University of Antwerp', 'ACADEMIC'),
        ('reviewer3@example.org',
         array['drug development', 'medical devices', 'GMP manufacturing', 'health economics', 'market access'],
         null, 'INDUSTRY'),
        ('reviewer4@example.org',
         array['patient involvement', 'rare diseases', 'informed consent', 'quality of life'],
         'Patiëntenplatform Precisiezorg vzw', 'PATIENT')
    ) as r (email, expertise, affiliation, kind)
join users u on u.email = r.email
left join organisations o on o.name = r.affiliation
on conflict (user_id) do nothing;

-- Two draft proposals of applicant@example.org on the pilot call: PGX-ROUTE has an eligible consortium (its PDFs
-- are still to be uploaded), ONCOTWIN lacks a research and technology organisation.
insert into proposals (call_id, acronym, title, abstract, disease_area, medical_need, economic_impact, societal_impact,
        duration_months, status, created_by)
select c.id, d.acronym, d.title, d.abstract, d.disease_area, d.medical_need, d.economic_impact, d.societal_impact,
       d.duration_months, 'DRAFT', u.id
from calls c
cross join users u
cross join (values
        ('PGX-ROUTE', 'Pharmacogenomic routing of first-line prescriptions in Flemish primary care',
         'A pre-emptive pharmacogenomic panel, read at the first prescription, routes patients to the medicine and '
         || 'dose that suit their genotype. The consortium validates the panel on biobank data, builds the decision '
         || 'support into the prescription software and measures the effect in a pragmatic study.',
         'IX', 'Adverse drug reactions cause a sizeable share of hospital admissions; many follow known gene-drug pairs.',
         'A diagnostic panel and decision-support software that the Flemish partners sell across Europe.',
         'Fewer adverse reactions and admissions, and medicines that work the first time.', 36),
        ('ONCOTWIN', 'Digital twins of tumours to choose second-line therapy', '', 'II', '', '', '', null)
    ) as d (acronym, title, abstract, disease_area, medical_need, economic_impact, societal_impact, duration_months)
where c.code = 'ICON-PM'
  and u.email = 'applicant@example.org'
  and not exists (select 1 from proposals p where p.created_by = u.id and p.acronym = d.acronym);

insert into proposal_applicants (proposal_id, user_id)
select p.id, p.created_by
from proposals p
join users u on u.id = p.created_by and u.email = 'applicant@example.org'
where p.acronym in ('PGX-ROUTE', 'ONCOTWIN')
on conflict do nothing;

insert into proposal_goals (proposal_id, goal_id)
select p.id, g.id
from proposals p
join users u on u.id = p.created_by and u.email = 'applicant@example.org'
join call_goals g on g.call_id = p.call_id
where (p.acronym = 'PGX-ROUTE' and g.code in ('1b', '2a')) or (p.acronym = 'ONCOTWIN' and g.code = '2b')
on conflict do nothing;

insert into consortium_members (proposal_id, organisation_id, role, requested_budget_eur)
select p.id, o.id, m.role, m.budget
from (values
        ('PGX-ROUTE', 'Helixtrace NV', 'COORDINATOR', 600000.00),
        ('PGX-ROUTE', 'Dijlemed Diagnostics NV', 'PARTNER', 400000.00),
        ('PGX-ROUTE', 'Lysenta Health Data BV', 'PARTNER', 300000.00),
        ('PGX-ROUTE', 'KU Leuven', 'PARTNER', 500000.00),
        ('ONCOTWIN', 'Tumorea Insights NV', 'COORDINATOR', 500000.00),
        ('ONCOTWIN', 'Sequantis Bioinformatics BV', 'PARTNER', 350000.00),
        ('ONCOTWIN', 'Molimago BV', 'PARTNER', 250000.00),
        ('ONCOTWIN', 'UZ Gent', 'PARTNER', 200000.00)
    ) as m (acronym, organisation, role, budget)
join proposals p on p.acronym = m.acronym
join users u on u.id = p.created_by and u.email = 'applicant@example.org'
join organisations o on o.name = m.organisation
on conflict do nothing;

-- The decided call ICON-PM-2025: five proposals, submitted before its deadline, each eligible, evaluated and
-- decided. Each is keyed on its reference, as ProposalReferences hands them out: the call's code, the year of its
-- deadline and a number counted per call (so ICON-PM-2025-2025-0001). applicant@example.org coordinates N-OF-ONE
-- (funded) and HIPFIT (not funded: on the reserve list, over the funding line); applicant2@example.org the others.
insert into proposals (call_id, reference, acronym, title, abstract, disease_area, medical_need, economic_impact,
        societal_impact, duration_months, status, created_by, created_at, updated_at, first_submitted_at)
select c.id, d.reference, d.acronym, d.title, d.abstract, d.disease_area, d.medical_need, d.economic_impact,
       d.societal_impact, d.duration_months, d.status, u.id,
       d.created_at::timestamp at time zone 'Europe/Brussels',
       d.submitted_at::timestamp at time zone 'Europe/Brussels',
       d.submitted_at::timestamp at time zone 'Europe/Brussels'
from (values
        ('ICON-PM-2025-2025-0001', 'LUNGTRACE', 'applicant2@example.org', 'FUNDED',
         '2025-03-12 10:15', '2025-06-02 16:12',
         'Liquid biopsy to follow and switch targeted therapy in non-small-cell lung cancer',
         'Patients with advanced non-small-cell lung cancer on a targeted therapy develop resistance, usually months '
         || 'before the scans show it. LUNGTRACE follows the tumour''s DNA in the blood every four weeks, reads the '
         || 'resistance mutations as they appear, and combines them with digital pathology of the first biopsy to '
         || 'propose the next line of treatment. A prospective study in 200 patients compares the switch guided by '
         || 'liquid biopsy with the usual switch on progression.',
         'II',
         'Lung cancer is the deadliest cancer in Flanders; patients on a targeted therapy lose precious months when '
         || 'resistance is found late.',
         'An IVDR-certified liquid-biopsy test and an AI report that the partners bring to market, with a '
         || 'pharmaceutical partner that uses both in its own trials.',
         'Fewer months on a therapy that no longer works, fewer side effects for nothing, and better use of '
         || 'expensive drugs.', 36),
        ('ICON-PM-2025-2025-0002', 'CELLCHAIN', 'applicant2@example.org', 'FUNDED',
         '2025-03-05 14:30', '2025-06-05 11:40',
         'A vein-to-vein chain of identity for autologous cell therapies made in Flanders',
         'Autologous cell therapies such as CAR-T are made for one patient from that patient''s own cells; a mix-up '
         || 'or a broken cold chain costs the patient their treatment. CELLCHAIN links the hospital, the biobank, the '
         || 'manufacturer and the courier in one chain of identity and custody, from apheresis to infusion, and '
         || 'shortens the vein-to-vein time by planning manufacturing slots around each patient. The consortium '
         || 'validates the chain with 60 patients treated at UZ Leuven and prepares it for the other Flemish '
         || 'cell-therapy centres.',
         'II',
         'Patients with relapsed lymphoma or leukaemia who wait for an autologous cell therapy may progress or die '
         || 'before it arrives; every week of vein-to-vein time counts.',
         'A chain-of-identity service that the Flemish partners sell to cell-therapy manufacturers and hospitals '
         || 'across Europe, and a Flemish manufacturing capacity that attracts clinical trials.',
         'Faster and safer access to cell therapies for Flemish patients, and fewer lost batches of a therapy that '
         || 'costs hundreds of thousands of euros.', 36),
        ('ICON-PM-2025-2025-0003', 'HIPFIT', 'applicant@example.org', 'NOT_FUNDED',
         '2025-04-01 09:00', '2025-06-10 09:05',
         'Patient-specific implants and surgical guides for complex revision hip surgery',
         'When a hip prosthesis fails after years, the bone around it is often damaged and sometimes infected, and a '
         || 'standard revision implant no longer fits. HIPFIT combines PET imaging of infection with CT-based design '
         || 'to print an implant and surgical guides for each patient, and delivers them to the operating room with a '
         || 'chain of identity within ten working days. A study in 40 patients compares the fit and the outcome with '
         || 'standard revision implants.',
         'XIII',
         'Revision hip surgery rises with an ageing population; complex revisions have high rates of complications, '
         || 'infections and repeat surgery.',
         'Patient-specific revision implants made in Flanders for European hospitals, and a PET tracer for implant '
         || 'infections brought to the clinic.',
         'Fewer repeat operations and shorter hospital stays for older patients, who regain their mobility sooner.',
         36),
        ('ICON-PM-2025-2025-0004', 'ADHERE-RWE', 'applicant2@example.org', 'NOT_FUNDED',
         '2025-03-20 11:45', '2025-06-13 15:30',
         'Federated real-world evidence on drug response from Flemish community pharmacies',
         'Community pharmacies see every prescription a patient collects, but their data rarely reach research. '
         || 'ADHERE-RWE links the dispensing data of 400 Flemish pharmacies through a federated platform, without '
         || 'moving the data, and combines them with pharmacogenomic results where patients consent, to study '
         || 'adherence and response to anticoagulants and statins in daily practice. The platform stays open to '
         || 'other studies once the project ends.',
         'IX',
         'Many patients stop or misuse anticoagulants and statins; how often, and for whom, is poorly known in '
         || 'Flanders.',
         'A real-world evidence service that the partners sell to pharmaceutical companies and payers, on a '
         || 'federated platform that grows with every study.',
         'Data that stay where they are collected, better-informed pharmacists, and a patient organisation involved '
         || 'in how the data are used.', 30),
        ('ICON-PM-2025-2025-0005', 'N-OF-ONE', 'applicant@example.org', 'FUNDED',
         '2025-03-03 16:20', '2025-06-16 14:48',
         'From variant to treatment for one patient: antisense oligonucleotides for ultra-rare neurological diseases',
         'Some children with a severe neurological disease carry a genetic variant that nobody else has. For part of '
         || 'them, an antisense oligonucleotide designed for their own variant can restore the protein they lack. '
         || 'N-OF-ONE builds the Flemish route from the variant found by sequencing to an individual treatment: '
         || 'variant interpretation, the design and testing of the oligonucleotide on the patient''s own cells, '
         || 'production under GMP and an N-of-1 trial protocol that ethics committees and the regulator accept. The '
         || 'consortium treats its first three patients within the project.',
         'VI',
         'Ultra-rare genetic neurological diseases progress quickly in children and have no treatment; each family '
         || 'today has to search abroad for help.',
         'A design and manufacturing service for individual oligonucleotides that Flemish companies offer across '
         || 'Europe, and a variant-interpretation pipeline sold as a service.',
         'A treatment route for patients the market leaves behind, and a framework for individual treatments that '
         || 'other rare diseases can follow.', 48)
    ) as d (reference, acronym, applicant, status, created_at, submitted_at, title, abstract, disease_area,
            medical_need, economic_impact, societal_impact, duration_months)
join calls c on c.code = 'ICON-PM-2025'
join users u on u.email = d.applicant
order by d.reference
on conflict (reference) do nothing;

insert into proposal_applicants (proposal_id, user_id, added_at)
select p.id, p.created_by, p.created_at
from proposals p
join calls c on c.id = p.call_id and c.code = 'ICON-PM-2025'
on conflict do nothing;

insert into proposal_goals (proposal_id, goal_id)
select p.id, g.id
from (values
        ('ICON-PM-2025-2025-0001', '1b'), ('ICON-PM-2025-2025-0001', '2a'),
        ('ICON-PM-2025-2025-0002', '2a'), ('ICON-PM-2025-2025-0002', '2b'),
        ('ICON-PM-2025-2025-0003', '2b'),
        ('ICON-PM-2025-2025-0004', '1a'), ('ICON-PM-2025-2025-0004', '1b'),
        ('ICON-PM-2025-2025-0005', '1b'), ('ICON-PM-2025-2025-0005', '2a'), ('ICON-PM-2025-2025-0005', '2b')
    ) as pg (reference, goal)
join proposals p on p.reference = pg.reference
join call_goals g on g.call_id = p.call_id and g.code = pg.goal
on conflict do nothing;

-- Each consortium is eligible under the call's rules: a company coordinates, at least three independent Flemish
-- enterprises and one RTO (with a university beside VIB or VITO), research at most 40% of the budget, the
-- enterprises between EUR 100,000 and 3,000,000. Requested: CELLCHAIN 1,800,000, N-OF-ONE 1,500,000, LUNGTRACE
-- 1,400,000, HIPFIT 1,650,000, ADHERE-RWE 1,300,000. The academic reviewer's University of Antwerp is in HIPFIT and
-- the patient reviewer's organisation in ADHERE-RWE: those two pairs are in conflict and were never assigned.
insert into consortium_members (proposal_id, organisation_id, role, requested_budget_eur)
select p.id, o.id, m.role, m.budget
from (values
        ('ICON-PM-2025-2025-0001', 'Dijlemed Diagnostics NV', 'COORDINATOR', 450000.00),
        ('ICON-PM-2025-2025-0001', 'Scheldegen Pharma NV', 'PARTNER', 300000.00),
        ('ICON-PM-2025-2025-0001', 'Tumorea Insights NV', 'PARTNER', 250000.00),
        ('ICON-PM-2025-2025-0001', 'VIB', 'PARTNER', 200000.00),
        ('ICON-PM-2025-2025-0001', 'KU Leuven', 'PARTNER', 200000.00),
        ('ICON-PM-2025-2025-0002', 'Kempen Cell Factory BV', 'COORDINATOR', 650000.00),
        ('ICON-PM-2025-2025-0002', 'Brugmed Logistics NV', 'PARTNER', 400000.00),
        ('ICON-PM-2025-2025-0002', 'LimBioS BV', 'PARTNER', 200000.00),
        ('ICON-PM-2025-2025-0002', 'KU Leuven', 'PARTNER', 400000.00),
        ('ICON-PM-2025-2025-0002', 'UZ Leuven', 'PARTNER', 150000.00),
        ('ICON-PM-2025-2025-0003', 'Orthoprint Precision BV', 'COORDINATOR', 700000.00),
        ('ICON-PM-2025-2025-0003', 'Molimago BV', 'PARTNER', 300000.00),
        ('ICON-PM-2025-2025-0003', 'Brugmed Logistics NV', 'PARTNER', 200000.00),
        ('ICON-PM-2025-2025-0003', 'University of Antwerp', 'PARTNER', 300000.00),
        ('ICON-PM-2025-2025-0003', 'UZ Leuven', 'PARTNER', 150000.00),
        ('ICON-PM-2025-2025-0004', 'Pharmapunt Analytics BV', 'COORDINATOR', 450000.00),
        ('ICON-PM-2025-2025-0004', 'Lysenta Health Data BV', 'PARTNER', 350000.00),
        ('ICON-PM-2025-2025-0004', 'Helixtrace NV', 'PARTNER', 150000.00),
        ('ICON-PM-2025-2025-0004', 'VITO', 'PARTNER', 150000.00),
        ('ICON-PM-2025-2025-0004', 'HOGENT', 'PARTNER', 100000.00),
        ('ICON-PM-2025-2025-0004', 'Patiëntenplatform Precisiezorg vzw', 'PARTNER', 100000.00),
        ('ICON-PM-2025-2025-0005', 'Nucleoweave NV', 'COORDINATOR', 550000.00),
        ('ICON-PM-2025-2025-0005', 'Sequantis Bioinformatics BV', 'PARTNER', 300000.00),
        ('ICON-PM-2025-2025-0005', 'Trialvaart CRO NV', 'PARTNER', 250000.00),
        ('ICON-PM-2025-2025-0005', 'Ghent University', 'PARTNER', 300000.00),
        ('ICON-PM-2025-2025-0005', 'UZ Gent', 'PARTNER', 100000.00)
    ) as m (reference, organisation, role, budget)
join proposals p on p.reference = m.reference
join organisations o on o.name = m.organisation
order by p.reference, m.role <> 'COORDINATOR',
         case o.type when 'ENTERPRISE' then 1 when 'RTO' then 2 when 'HOSPITAL' then 3 else 4 end, o.name
on conflict do nothing;

-- The two PDFs each proposal was submitted with: one page that names the proposal and says what the real file would
-- hold. The first four objects of the PDF are fixed (311 bytes), so the cross-reference table gives their offsets
-- as constants; the fifth, the page's text, follows them, and startxref points past it.
insert into proposal_attachments (proposal_id, kind, file_name, size_bytes, sha256, page_count, content, uploaded_by,
                                  uploaded_at)
select f.proposal_id, f.kind, f.file_name, octet_length(f.content), encode(sha256(f.content), 'hex'), 1, f.content,
       f.uploaded_by, f.uploaded_at
from (
    select pdf.proposal_id, pdf.kind, pdf.file_name, pdf.uploaded_by, pdf.uploaded_at,
           convert_to(E'%PDF-1.4\n'
               || E'1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
               || E'2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'
               || E'3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
               || E'/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\nendobj\n'
               || E'4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n'
               || pdf.page
               || E'xref\n0 6\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n'
               || E'0000000241 00000 n \n0000000311 00000 n \n'
               || E'trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n' || (311 + octet_length(pdf.page)) || E'\n%%EOF\n',
               'UTF8') as content
    from (
        select text.proposal_id, text.kind, text.file_name, text.uploaded_by, text.uploaded_at,
               E'5 0 obj\n<< /Length ' || octet_length(text.stream) || E' >>\nstream\n' || text.stream
                   || E'\nendstream\nendobj\n' as page
        from (
            select p.id as proposal_id, k.kind, lower(p.acronym) || k.suffix as file_name, p.created_by as uploaded_by,
                   p.first_submitted_at - interval '2 hours' as uploaded_at,
                   'BT /F1 14 Tf 72 760 Td (' || p.reference || ' ' || p.acronym || ') Tj 0 -24 Td /F1 12 Tf ('
                       || k.heading || ') Tj 0 -16 Td (ICON Portal demo data: the real file would hold the '
                       || k.what || ' of the proposal.) Tj ET' as stream
            from proposals p
            join calls c on c.id = p.call_id and c.code = 'ICON-PM-2025'
            cross join (values
                    ('FULL_TEXT', '-full-text.pdf', 'Full text', 'full text'),
                    ('BUDGET_SHEET', '-budget-sheet.pdf', 'Budget sheet', 'budget sheet')
                ) as k (kind, suffix, heading, what)
            where p.reference is not null
        ) as text
    ) as pdf
) as f
where not exists (select 1 from proposal_attachments a where a.proposal_id = f.proposal_id and a.kind = f.kind);
-- Demo files stored before pages were counted (V24) have their one page.
update proposal_attachments a set page_count = 1
from proposals p join calls c on c.id = p.call_id and c.code = 'ICON-PM-2025'
where a.proposal_id = p.id and a.page_count is null;

-- The submitted version of each, in the shape ProposalSubmissions.snapshot writes it: every field, the goals' codes,
-- the consortium with its budgets, the eligibility result and the files.
insert into proposal_versions (proposal_id, number, submitted_at, submitted_by, content)
select p.id, 1, p.first_submitted_at, p.created_by,
       jsonb_build_object(
           'reference', p.reference,
           'acronym', p.acronym,
           'title', p.title,
           'abstract', p.abstract,
           'goals', (select coalesce(jsonb_agg(g.code order by g.code), '[]') from proposal_goals pg
                     join call_goals g on g.id = pg.goal_id where pg.proposal_id = p.id),
           'diseaseArea', p.disease_area,
           'medicalNeed', p.medical_need,
           'economicImpact', p.economic_impact,
           'societalImpact', p.societal_impact,
           'durationMonths', p.duration_months,
           'members', (select coalesce(jsonb_agg(jsonb_build_object('organisation', o.name, 'type', o.type,
                                                                     'role', m.role,
                                                                     'requestedBudgetEur', m.requested_budget_eur::text)
                                                  order by m.id), '[]')
                       from consortium_members m join organisations o on o.id = m.organisation_id
                       where m.proposal_id = p.id),
           'eligible', true,
           'attachments', (select coalesce(jsonb_agg(jsonb_build_object('kind', a.kind, 'fileName', a.file_name,
                                                                         'sha256', a.sha256) order by a.kind), '[]')
                           from proposal_attachments a where a.proposal_id = p.id and a.replaced_at is null))
from proposals p
join calls c on c.id = p.call_id and c.code = 'ICON-PM-2025'
where p.reference is not null
on conflict (proposal_id, number) do nothing;

insert into proposal_version_attachments (version_id, attachment_id)
select v.id, a.id
from proposals p
join calls c on c.id = p.call_id and c.code = 'ICON-PM-2025'
join proposal_versions v on v.proposal_id = p.id and v.number = 1
join proposal_attachments a on a.proposal_id = p.id and a.replaced_at is null
on conflict do nothing;

-- The evaluation of ICON-PM-2025 under the standard criteria (the call's trigger adds them): three reviewers per
-- proposal from the four demo reviewers, under the assignment's rules (no pair in conflict, at most 12 proposals
-- each; the affinities are invented), assigned on 19 June 2025 and released the next day. Each reviewer declared
-- no conflict before reading.
insert into review_assignments (proposal_id, reviewer_id, affinity, by_hand, created_at, response, responded_at)
select p.id, u.id, a.affinity, false, timestamp '2025-06-19 14:00' at time zone 'Europe/Brussels', 'ACCEPTED',
       timestamp '2025-06-21 10:00' at time zone 'Europe/Brussels'
from (values
        ('ICON-PM-2025-2025-0001', 'reviewer2@example.org', 0.412500),
        ('ICON-PM-2025-2025-0001', 'reviewer3@example.org', 0.187000),
        ('ICON-PM-2025-2025-0001', 'reviewer4@example.org', 0.094000),
        ('ICON-PM-2025-2025-0002', 'reviewer@example.org', 0.158000),
        ('ICON-PM-2025-2025-0002', 'reviewer2@example.org', 0.366000),
        ('ICON-PM-2025-2025-0002', 'reviewer3@example.org', 0.291000),
        ('ICON-PM-2025-2025-0003', 'reviewer@example.org', 0.071000),
        ('ICON-PM-2025-2025-0003', 'reviewer3@example.org', 0.323000),
        ('ICON-PM-2025-2025-0003', 'reviewer4@example.org', 0.086000),
        ('ICON-PM-2025-2025-0004', 'reviewer@example.org', 0.348000),
        ('ICON-PM-2025-2025-0004', 'reviewer2@example.org', 0.102000),
        ('ICON-PM-2025-2025-0004', 'reviewer3@example.org', 0.139000),
        ('ICON-PM-2025-2025-0005', 'reviewer@example.org', 0.121000),
        ('ICON-PM-2025-2025-0005', 'reviewer2@example.org', 0.134000),
        ('ICON-PM-2025-2025-0005', 'reviewer4@example.org', 0.402000)
    ) as a (reference, reviewer, affinity)
join proposals p on p.reference = a.reference
join users u on u.email = a.reviewer
on conflict do nothing;

-- The four demo reviewers form the reviewer pool of the open call and of the decided one; those of the decided call
-- accepted its confidentiality undertaking the day the assignment was released, and its reviews were due on 31 August.
insert into call_reviewers (call_id, reviewer_id)
select c.id, u.id
from calls c cross join users u
where c.code in ('ICON-PM', 'ICON-PM-2025')
  and u.email in ('reviewer@example.org', 'reviewer2@example.org', 'reviewer3@example.org', 'reviewer4@example.org')
on conflict do nothing;

update calls set review_deadline = timestamp '2025-08-31 23:59' at time zone 'Europe/Brussels'
where code = 'ICON-PM-2025' and review_deadline is null;

insert into reviewer_undertakings (call_id, reviewer_id, accepted_at)
select distinct c.id, a.reviewer_id, c.assignment_released_at + interval '1 hour'
from review_assignments a
join proposals p on p.id = a.proposal_id
join calls c on c.id = p.call_id and c.code = 'ICON-PM-2025'
on conflict do nothing;

insert into conflict_declarations (proposal_id, reviewer_id, in_conflict, reason, declared_at)
select a.proposal_id, a.reviewer_id, false, null,
       c.assignment_released_at + (interval '1 day' * (1 + (a.proposal_id + a.reviewer_id) % 3))
from review_assignments a
join proposals p on p.id = a.proposal_id
join calls c on c.id = p.call_id and c.code = 'ICON-PM-2025'
on conflict do nothing;

-- The reviews, all submitted over the summer: per criterion a score from 0 to 5 in half points and a comment.
insert into reviews (proposal_id, reviewer_id, status, updated_at, submitted_at, version)
select p.id, u.id, 'SUBMITTED', r.submitted_at::timestamp at time zone 'Europe/Brussels',
       r.submitted_at::timestamp at time zone 'Europe/Brussels', 1
from (values
        ('ICON-PM-2025-2025-0001', 'reviewer2@example.org', '2025-07-18 16:40'),
        ('ICON-PM-2025-2025-0001', 'reviewer3@example.org', '2025-08-22 10:05'),
        ('ICON-PM-2025-2025-0001', 'reviewer4@example.org', '2025-07-30 20:15'),
        ('ICON-PM-2025-2025-0002', 'reviewer@example.org', '2025-07-11 09:30'),
        ('ICON-PM-2025-2025-0002', 'reviewer2@example.org', '2025-07-21 14:10'),
        ('ICON-PM-2025-2025-0002', 'reviewer3@example.org', '2025-08-25 11:20'),
        ('ICON-PM-2025-2025-0003', 'reviewer@example.org', '2025-07-15 13:45'),
        ('ICON-PM-2025-2025-0003', 'reviewer3@example.org', '2025-08-27 15:00'),
        ('ICON-PM-2025-2025-0003', 'reviewer4@example.org', '2025-08-04 19:50'),
        ('ICON-PM-2025-2025-0004', 'reviewer@example.org', '2025-07-17 10:25'),
        ('ICON-PM-2025-2025-0004', 'reviewer2@example.org', '2025-07-24 17:35'),
        ('ICON-PM-2025-2025-0004', 'reviewer3@example.org', '2025-08-28 09:40'),
        ('ICON-PM-2025-2025-0005', 'reviewer@example.org', '2025-07-22 15:55'),
        ('ICON-PM-2025-2025-0005', 'reviewer2@example.org', '2025-07-28 11:00'),
        ('ICON-PM-2025-2025-0005', 'reviewer4@example.org', '2025-08-06 21:05')
    ) as r (reference, reviewer, submitted_at)
join proposals p on p.reference = r.reference
join users u on u.email = r.reviewer
join review_assignments a on a.proposal_id = p.id and a.reviewer_id = u.id
on conflict (proposal_id, reviewer_id) do nothing;

insert into review_scores (review_id, criterion_id, score, comment)
select r.id, k.id, s.score, s.comment
from (values
        -- LUNGTRACE
        ('ICON-PM-2025-2025-0001', 'reviewer2@example.org', 'SCIENTIFIC_QUALITY', 4.0,
         'Solid design with a prospective comparison; the validation set of the AI model is small.'),
        ('ICON-PM-2025-2025-0001', 'reviewer2@example.org', 'MEDICAL_NEED', 3.5,
         'A real need, but second-line options after resistance are limited for some mutations.'),
        ('ICON-PM-2025-2025-0001', 'reviewer2@example.org', 'ECONOMIC_IMPACT', 3.0,
         'The test enters a crowded liquid-biopsy market; what sets it apart is not convincing.'),
        ('ICON-PM-2025-2025-0001', 'reviewer2@example.org', 'SOCIETAL_IMPACT', 3.5,
         'Fewer months on an ineffective treatment; the savings are estimated loosely.'),
        ('ICON-PM-2025-2025-0001', 'reviewer2@example.org', 'CONSORTIUM', 4.0,
         'A good mix of diagnostics, pharma and research; VIB with KU Leuven covers the biology.'),
        ('ICON-PM-2025-2025-0001', 'reviewer3@example.org', 'SCIENTIFIC_QUALITY', 4.0,
         'Clear end points and a realistic recruitment plan at the partner hospitals.'),
        ('ICON-PM-2025-2025-0001', 'reviewer3@example.org', 'MEDICAL_NEED', 3.0,
         'The benefit of switching earlier is plausible but not shown yet; the proposal overstates it.'),
        ('ICON-PM-2025-2025-0001', 'reviewer3@example.org', 'ECONOMIC_IMPACT', 4.0,
         'IVDR certification is planned properly, and a pharmaceutical partner will use the test in its trials.'),
        ('ICON-PM-2025-2025-0001', 'reviewer3@example.org', 'SOCIETAL_IMPACT', 3.0,
         'The societal impact is described mainly as savings for the payer.'),
        ('ICON-PM-2025-2025-0001', 'reviewer3@example.org', 'CONSORTIUM', 4.5,
         'Strong, experienced partners with clear roles.'),
        ('ICON-PM-2025-2025-0001', 'reviewer4@example.org', 'SCIENTIFIC_QUALITY', 3.5,
         'Understandable; the burden of a blood draw every four weeks is not discussed.'),
        ('ICON-PM-2025-2025-0001', 'reviewer4@example.org', 'MEDICAL_NEED', 4.0,
         'Patients want to know early when a treatment stops working.'),
        ('ICON-PM-2025-2025-0001', 'reviewer4@example.org', 'ECONOMIC_IMPACT', 3.5,
         'Plausible; no remarks from a patient''s point of view.'),
        ('ICON-PM-2025-2025-0001', 'reviewer4@example.org', 'SOCIETAL_IMPACT', 3.5,
         'Useful, but patients have no part in the design of the study.'),
        ('ICON-PM-2025-2025-0001', 'reviewer4@example.org', 'CONSORTIUM', 3.5,
         'No patient representative in the consortium.'),
        -- CELLCHAIN
        ('ICON-PM-2025-2025-0002', 'reviewer@example.org', 'SCIENTIFIC_QUALITY', 4.5,
         'A clear work plan from apheresis to infusion; the validation with 60 patients is well powered for the '
         || 'logistic end points.'),
        ('ICON-PM-2025-2025-0002', 'reviewer@example.org', 'MEDICAL_NEED', 5.0,
         'The vein-to-vein time decides whether patients with relapsed lymphoma still receive their therapy.'),
        ('ICON-PM-2025-2025-0002', 'reviewer@example.org', 'ECONOMIC_IMPACT', 4.0,
         'A credible market among European manufacturers; the business plan for the service after the project is '
         || 'thin.'),
        ('ICON-PM-2025-2025-0002', 'reviewer@example.org', 'SOCIETAL_IMPACT', 4.0,
         'Faster access for Flemish patients and fewer lost batches; equal access across hospitals is only touched '
         || 'upon.'),
        ('ICON-PM-2025-2025-0002', 'reviewer@example.org', 'CONSORTIUM', 4.0,
         'A strong manufacturer and logistics partner; the biobank''s role is smaller than its budget suggests.'),
        ('ICON-PM-2025-2025-0002', 'reviewer2@example.org', 'SCIENTIFIC_QUALITY', 4.5,
         'The state of the art is well covered; the model that plans manufacturing slots is new and testable.'),
        ('ICON-PM-2025-2025-0002', 'reviewer2@example.org', 'MEDICAL_NEED', 4.5,
         'A high need, well documented with Belgian registry data.'),
        ('ICON-PM-2025-2025-0002', 'reviewer2@example.org', 'ECONOMIC_IMPACT', 3.5,
         'The revenue assumes that manufacturers adopt one chain-of-identity service; their own systems compete.'),
        ('ICON-PM-2025-2025-0002', 'reviewer2@example.org', 'SOCIETAL_IMPACT', 4.0,
         'A good section on patient safety; the protection of the identity data is handled.'),
        ('ICON-PM-2025-2025-0002', 'reviewer2@example.org', 'CONSORTIUM', 4.5,
         'A balanced consortium with the university hospital where the patients are treated.'),
        ('ICON-PM-2025-2025-0002', 'reviewer3@example.org', 'SCIENTIFIC_QUALITY', 4.0,
         'A sound technical approach; the risks of integrating with hospital systems deserve a deeper analysis.'),
        ('ICON-PM-2025-2025-0002', 'reviewer3@example.org', 'MEDICAL_NEED', 4.5,
         'Convincing: every week of delay matters for these patients.'),
        ('ICON-PM-2025-2025-0002', 'reviewer3@example.org', 'ECONOMIC_IMPACT', 4.5,
         'A clear route to market, and a manufacturer that uses the chain itself from day one.'),
        ('ICON-PM-2025-2025-0002', 'reviewer3@example.org', 'SOCIETAL_IMPACT', 3.5,
         'The societal benefits are real but described in general terms.'),
        ('ICON-PM-2025-2025-0002', 'reviewer3@example.org', 'CONSORTIUM', 4.0,
         'Complementary partners; the coordinating company has experience with GMP projects.'),
        -- HIPFIT
        ('ICON-PM-2025-2025-0003', 'reviewer@example.org', 'SCIENTIFIC_QUALITY', 3.5,
         'A sound engineering plan; the study of 40 patients has no control group treated at the same time.'),
        ('ICON-PM-2025-2025-0003', 'reviewer@example.org', 'MEDICAL_NEED', 3.0,
         'Complex revisions are a real problem, but how many patients need a custom implant is not shown.'),
        ('ICON-PM-2025-2025-0003', 'reviewer@example.org', 'ECONOMIC_IMPACT', 3.0,
         'The market for custom revision implants is real; the price per implant may limit its uptake.'),
        ('ICON-PM-2025-2025-0003', 'reviewer@example.org', 'SOCIETAL_IMPACT', 3.5,
         'Shorter stays and fewer repeat operations would matter to older patients.'),
        ('ICON-PM-2025-2025-0003', 'reviewer@example.org', 'CONSORTIUM', 3.0,
         'Only one hospital, and the role of the university in the study is unclear.'),
        ('ICON-PM-2025-2025-0003', 'reviewer3@example.org', 'SCIENTIFIC_QUALITY', 4.0,
         'Good use of proven printing technology; delivery within ten working days is ambitious but planned.'),
        ('ICON-PM-2025-2025-0003', 'reviewer3@example.org', 'MEDICAL_NEED', 3.5,
         'A need that grows with the ageing population.'),
        ('ICON-PM-2025-2025-0003', 'reviewer3@example.org', 'ECONOMIC_IMPACT', 3.5,
         'A clear product; the reimbursement of custom implants in Belgium is not discussed.'),
        ('ICON-PM-2025-2025-0003', 'reviewer3@example.org', 'SOCIETAL_IMPACT', 3.0,
         'The benefits are plausible but not quantified.'),
        ('ICON-PM-2025-2025-0003', 'reviewer3@example.org', 'CONSORTIUM', 3.0,
         'The logistics partner''s share is small for the role it plays.'),
        ('ICON-PM-2025-2025-0003', 'reviewer4@example.org', 'SCIENTIFIC_QUALITY', 3.0,
         'Hard to judge for a lay reader; how the PET scan shapes the implant is not explained.'),
        ('ICON-PM-2025-2025-0003', 'reviewer4@example.org', 'MEDICAL_NEED', 4.0,
         'Older patients who need a second or third operation suffer a lot; the need is real.'),
        ('ICON-PM-2025-2025-0003', 'reviewer4@example.org', 'ECONOMIC_IMPACT', 2.5,
         'It is unclear whether patients or hospitals will pay for these implants.'),
        ('ICON-PM-2025-2025-0003', 'reviewer4@example.org', 'SOCIETAL_IMPACT', 3.5,
         'A faster recovery would mean a great deal to patients.'),
        ('ICON-PM-2025-2025-0003', 'reviewer4@example.org', 'CONSORTIUM', 3.5,
         'Reasonable, but patients are not involved.'),
        -- ADHERE-RWE
        ('ICON-PM-2025-2025-0004', 'reviewer@example.org', 'SCIENTIFIC_QUALITY', 3.5,
         'A well-described federated platform; the study questions on adherence are generic.'),
        ('ICON-PM-2025-2025-0004', 'reviewer@example.org', 'MEDICAL_NEED', 2.0,
         'The proposal describes a data platform rather than a medical need; which patients benefit, and how, stays '
         || 'vague.'),
        ('ICON-PM-2025-2025-0004', 'reviewer@example.org', 'ECONOMIC_IMPACT', 3.0,
         'Real-world evidence has a market, but competitors already sell pharmacy data.'),
        ('ICON-PM-2025-2025-0004', 'reviewer@example.org', 'SOCIETAL_IMPACT', 3.0,
         'Good attention to privacy; the benefit for patients is indirect.'),
        ('ICON-PM-2025-2025-0004', 'reviewer@example.org', 'CONSORTIUM', 3.5,
         'Good partners, with a patient organisation on board.'),
        ('ICON-PM-2025-2025-0004', 'reviewer2@example.org', 'SCIENTIFIC_QUALITY', 3.5,
         'Technically sound; the pharmacogenomic part depends on consent rates that are not estimated.'),
        ('ICON-PM-2025-2025-0004', 'reviewer2@example.org', 'MEDICAL_NEED', 2.5,
         'Poor adherence to anticoagulants is a real problem, but the project does not change care within its term.'),
        ('ICON-PM-2025-2025-0004', 'reviewer2@example.org', 'ECONOMIC_IMPACT', 2.5,
         'The business model relies on payers buying evidence they do not ask for yet.'),
        ('ICON-PM-2025-2025-0004', 'reviewer2@example.org', 'SOCIETAL_IMPACT', 3.0,
         'The data stay in the pharmacies, which is good; the return for society is not quantified.'),
        ('ICON-PM-2025-2025-0004', 'reviewer2@example.org', 'CONSORTIUM', 3.5,
         'A sound consortium; VITO and HOGENT complement each other.'),
        ('ICON-PM-2025-2025-0004', 'reviewer3@example.org', 'SCIENTIFIC_QUALITY', 3.0,
         'Part of the platform exists already; what the project adds is not clearly set apart.'),
        ('ICON-PM-2025-2025-0004', 'reviewer3@example.org', 'MEDICAL_NEED', 3.5,
         'Adherence to anticoagulants is an important safety issue.'),
        ('ICON-PM-2025-2025-0004', 'reviewer3@example.org', 'ECONOMIC_IMPACT', 3.5,
         'Pharmaceutical companies do buy real-world evidence, and the partners know that market.'),
        ('ICON-PM-2025-2025-0004', 'reviewer3@example.org', 'SOCIETAL_IMPACT', 3.0,
         'Indirect benefits, reasonably described.'),
        ('ICON-PM-2025-2025-0004', 'reviewer3@example.org', 'CONSORTIUM', 3.0,
         'A large consortium for a mainly technical project.'),
        -- N-OF-ONE
        ('ICON-PM-2025-2025-0005', 'reviewer@example.org', 'SCIENTIFIC_QUALITY', 4.0,
         'Ambitious but well structured; the go/no-go point after the tests on patient cells is sensible.'),
        ('ICON-PM-2025-2025-0005', 'reviewer@example.org', 'MEDICAL_NEED', 4.5,
         'Children without any treatment option: the need is obvious.'),
        ('ICON-PM-2025-2025-0005', 'reviewer@example.org', 'ECONOMIC_IMPACT', 4.0,
         'The design and manufacturing service can serve patients across Europe; the revenue per patient is '
         || 'uncertain.'),
        ('ICON-PM-2025-2025-0005', 'reviewer@example.org', 'SOCIETAL_IMPACT', 3.5,
         'Strong for the families concerned; the number of patients reached stays small.'),
        ('ICON-PM-2025-2025-0005', 'reviewer@example.org', 'CONSORTIUM', 4.0,
         'The partners cover the route from sequencing to trial.'),
        ('ICON-PM-2025-2025-0005', 'reviewer2@example.org', 'SCIENTIFIC_QUALITY', 4.5,
         'Excellent science: variant selection, oligonucleotide design and tests on patient cells are described in '
         || 'detail.'),
        ('ICON-PM-2025-2025-0005', 'reviewer2@example.org', 'MEDICAL_NEED', 4.0,
         'A high need, though the share of patients with a variant open to this approach is not quantified.'),
        ('ICON-PM-2025-2025-0005', 'reviewer2@example.org', 'ECONOMIC_IMPACT', 3.5,
         'A niche market; the economic case rests on the service model, which is plausible but untested.'),
        ('ICON-PM-2025-2025-0005', 'reviewer2@example.org', 'SOCIETAL_IMPACT', 3.5,
         'A good ethical reflection on N-of-1 treatments; the cost for payers is not addressed.'),
        ('ICON-PM-2025-2025-0005', 'reviewer2@example.org', 'CONSORTIUM', 4.0,
         'A good consortium; the regulatory expertise sits with the CRO alone.'),
        ('ICON-PM-2025-2025-0005', 'reviewer4@example.org', 'SCIENTIFIC_QUALITY', 3.5,
         'Clear for a lay reader up to the trial design, which is hard to follow.'),
        ('ICON-PM-2025-2025-0005', 'reviewer4@example.org', 'MEDICAL_NEED', 5.0,
         'For these families there is nothing else: this is exactly the need patients ask research to address.'),
        ('ICON-PM-2025-2025-0005', 'reviewer4@example.org', 'ECONOMIC_IMPACT', 4.0,
         'A service that could make individual treatments affordable over time.'),
        ('ICON-PM-2025-2025-0005', 'reviewer4@example.org', 'SOCIETAL_IMPACT', 4.0,
         'Families help design the trial; patient organisations could be involved more.'),
        ('ICON-PM-2025-2025-0005', 'reviewer4@example.org', 'CONSORTIUM', 3.5,
         'No patient organisation in the consortium, although families are consulted.')
    ) as s (reference, reviewer, criterion, score, comment)
join proposals p on p.reference = s.reference
join users u on u.email = s.reviewer
join reviews r on r.proposal_id = p.id and r.reviewer_id = u.id
join evaluation_criteria k on k.call_id = p.call_id and k.code = s.criterion
on conflict (review_id, criterion_id) do nothing;

-- The consensus staff recorded in September 2025 from the reviews, with its justification: what counts for the
-- ranking. Weighted totals (weights 30, 20, 20, 15, 15): CELLCHAIN 4.25, N-OF-ONE 4.03, LUNGTRACE 3.73, HIPFIT
-- 3.33, ADHERE-RWE 3.13 with medical need 2.5, under that criterion's threshold of 3.0.
insert into consensus_scores (proposal_id, criterion_id, score, justification, recorded_by, recorded_at)
select p.id, k.id, s.score, s.justification, u.id, s.recorded_at::timestamp at time zone 'Europe/Brussels'
from (values
        ('ICON-PM-2025-2025-0001', 'SCIENTIFIC_QUALITY', 4.0, '2025-09-10 10:20',
         'A solid prospective design with clear end points; the validation set of the AI model is small.'),
        ('ICON-PM-2025-2025-0001', 'MEDICAL_NEED', 3.5, '2025-09-10 10:20',
         'A real need; the benefit of an earlier switch is plausible but still to be shown.'),
        ('ICON-PM-2025-2025-0001', 'ECONOMIC_IMPACT', 3.5, '2025-09-10 10:20',
         'Proper IVDR planning and a pharmaceutical user, in a crowded market with weak differentiation.'),
        ('ICON-PM-2025-2025-0001', 'SOCIETAL_IMPACT', 3.5, '2025-09-10 10:20',
         'Fewer months on an ineffective treatment; the burden on patients and their involvement need attention.'),
        ('ICON-PM-2025-2025-0001', 'CONSORTIUM', 4.0, '2025-09-10 10:20',
         'Strong partners with clear roles; no patient representative.'),
        ('ICON-PM-2025-2025-0002', 'SCIENTIFIC_QUALITY', 4.5, '2025-09-09 14:05',
         'A clear work plan and a well-powered validation; the integration risks need a deeper analysis.'),
        ('ICON-PM-2025-2025-0002', 'MEDICAL_NEED', 4.5, '2025-09-09 14:05',
         'A very high medical need, documented with registry data.'),
        ('ICON-PM-2025-2025-0002', 'ECONOMIC_IMPACT', 4.0, '2025-09-09 14:05',
         'A credible market; adoption by other manufacturers and the business plan after the project remain to be '
         || 'shown.'),
        ('ICON-PM-2025-2025-0002', 'SOCIETAL_IMPACT', 4.0, '2025-09-09 14:05',
         'Faster and safer access for patients; equal access across hospitals deserves more attention.'),
        ('ICON-PM-2025-2025-0002', 'CONSORTIUM', 4.0, '2025-09-09 14:05',
         'A complementary consortium led by a company; the biobank''s budget is high for its role.'),
        ('ICON-PM-2025-2025-0003', 'SCIENTIFIC_QUALITY', 3.5, '2025-09-11 15:40',
         'Sound engineering with proven technology; the clinical study lacks a concurrent control group.'),
        ('ICON-PM-2025-2025-0003', 'MEDICAL_NEED', 3.5, '2025-09-11 15:40',
         'A real and growing need; the number of patients who need a custom implant is not shown.'),
        ('ICON-PM-2025-2025-0003', 'ECONOMIC_IMPACT', 3.0, '2025-09-11 15:40',
         'A clear product, but price and reimbursement may limit its uptake; the reviewers differed here.'),
        ('ICON-PM-2025-2025-0003', 'SOCIETAL_IMPACT', 3.5, '2025-09-11 15:40',
         'Plausible benefits for older patients, not quantified.'),
        ('ICON-PM-2025-2025-0003', 'CONSORTIUM', 3.0, '2025-09-11 15:40',
         'Adequate, with one hospital only and an unclear role for the university.'),
        ('ICON-PM-2025-2025-0004', 'SCIENTIFIC_QUALITY', 3.5, '2025-09-12 11:15',
         'A sound federated platform; what the project adds to it and the study questions need sharpening.'),
        ('ICON-PM-2025-2025-0004', 'MEDICAL_NEED', 2.5, '2025-09-12 11:15',
         'The proposal describes a data platform more than a medical need: which patients benefit, and how, stays '
         || 'vague. Under the threshold.'),
        ('ICON-PM-2025-2025-0004', 'ECONOMIC_IMPACT', 3.0, '2025-09-12 11:15',
         'Real-world evidence has a market, but the business model counts on payers who do not ask for it yet.'),
        ('ICON-PM-2025-2025-0004', 'SOCIETAL_IMPACT', 3.0, '2025-09-12 11:15',
         'Privacy by design is good; the benefit for patients is indirect.'),
        ('ICON-PM-2025-2025-0004', 'CONSORTIUM', 3.5, '2025-09-12 11:15',
         'A sound consortium with a patient organisation.'),
        ('ICON-PM-2025-2025-0005', 'SCIENTIFIC_QUALITY', 4.0, '2025-09-09 16:30',
         'Strong science with a sensible go/no-go point; the trial design should be explained more clearly.'),
        ('ICON-PM-2025-2025-0005', 'MEDICAL_NEED', 4.5, '2025-09-09 16:30',
         'Severe ultra-rare diseases without treatment; the share of variants open to this approach should be '
         || 'quantified.'),
        ('ICON-PM-2025-2025-0005', 'ECONOMIC_IMPACT', 4.0, '2025-09-09 16:30',
         'A plausible service model with European reach; the revenue per patient is uncertain.'),
        ('ICON-PM-2025-2025-0005', 'SOCIETAL_IMPACT', 3.5, '2025-09-09 16:30',
         'Important for the families concerned, but few patients, and the cost for payers is not addressed.'),
        ('ICON-PM-2025-2025-0005', 'CONSORTIUM', 4.0, '2025-09-09 16:30',
         'Covers the whole route; the regulatory expertise rests on one partner and no patient organisation joins.')
    ) as s (reference, criterion, score, recorded_at, justification)
join proposals p on p.reference = s.reference
join evaluation_criteria k on k.call_id = p.call_id and k.code = s.criterion
join users u on u.email = 'staff@example.org'
on conflict (proposal_id, criterion_id) do nothing;

-- The funding decision of 6 October 2025, as CallRanking.decide keeps it and the review service's FundingLine draws
-- it: down the ranking, a proposal is funded while its requested budget fits in what is left of the EUR 5,000,000.
-- CELLCHAIN (1,800,000), N-OF-ONE (1,500,000) and LUNGTRACE (1,400,000) are funded, leaving 300,000; HIPFIT
-- (1,650,000) does not fit and goes on the reserve list; ADHERE-RWE is under a threshold, out (rank 0). The total
-- is the weighted mean of the consensus, to two decimals.
insert into funding_decisions (proposal_id, call_id, rank, outcome, total, decided_by, decided_at)
select p.id, p.call_id, d.rank, d.outcome,
       (select round(sum(s.score * k.weight) / sum(k.weight), 2)
        from consensus_scores s join evaluation_criteria k on k.id = s.criterion_id where s.proposal_id = p.id),
       u.id, c.decided_at
from (values
        ('ICON-PM-2025-2025-0002', 1, 'FUNDED'),
        ('ICON-PM-2025-2025-0005', 2, 'FUNDED'),
        ('ICON-PM-2025-2025-0001', 3, 'FUNDED'),
        ('ICON-PM-2025-2025-0003', 4, 'RESERVE'),
        ('ICON-PM-2025-2025-0004', 0, 'OUT')
    ) as d (reference, rank, outcome)
join proposals p on p.reference = d.reference
join calls c on c.id = p.call_id
join users u on u.email = 'staff@example.org'
on conflict (proposal_id) do nothing;

-- An upcoming webinar about the open call, open for registration: 100 seats, 14:00 Brussels time three weeks after
-- the demo data is first loaded, registration open until the day before.
insert into info_sessions (call_id, title, starts_at, ends_at, format, online_link, capacity, registration_deadline,
        language)
select c.id, 'Webinar: preparing your ICON proposal',
       ((current_date + 21) + time '14:00') at time zone 'Europe/Brussels',
       ((current_date + 21) + time '15:30') at time zone 'Europe/Brussels',
       'ONLINE', 'https://webinar.example.org/preparing-your-icon-proposal', 100,
       ((current_date + 20) + time '17:00') at time zone 'Europe/Brussels', 'en'
from calls c
where c.code = 'ICON-PM'
  and not exists (select 1 from info_sessions existing where existing.title = 'Webinar: preparing your ICON proposal');

-- Partnering on the upcoming webinar (issue 19): meetings of 15 minutes from 15:45 to 17:15 Brussels time on the
-- webinar's day, 20 virtual tables, 5 requests per participant, a video link per meeting. A dozen registrants have
-- published a profile: the two demo applicants (applicant@example.org for Helixtrace NV, whose ONCOTWIN still lacks a
-- research and technology organisation; applicant2@example.org for Tumorea Insights NV) and ten people of the
-- registry's organisations, each with the account <name>@partner.example.org and the password demo-partner. Some of
-- their requests are accepted, some wait for an answer, one is declined; the requests are still open and close by
-- themselves at noon on the day before the webinar (the meetings are then scheduled and the agendas e-mailed).
insert into partnering_events (session_id, enabled, window_starts_at, window_ends_at, meeting_minutes, table_count,
        request_limit, video_link_base, requests_close_at, created_at, updated_at)
select s.id, true, ((s.starts_at at time zone 'Europe/Brussels')::date + time '15:45') at time zone 'Europe/Brussels',
       ((s.starts_at at time zone 'Europe/Brussels')::date + time '17:15') at time zone 'Europe/Brussels', 15, 20, 5,
       'https://webinar.example.org/preparing-your-icon-proposal/partnering/',
       ((s.starts_at at time zone 'Europe/Brussels')::date - 1 + time '12:00') at time zone 'Europe/Brussels',
       now(), now()
from info_sessions s
where s.title = 'Webinar: preparing your ICON proposal'
on conflict (session_id) do nothing;

insert into users (email, password_hash, full_name, locale)
select p.email, '{bcrypt}$2a$10$6zm10NAu9jPdCEiWSqW5WO3GUB15Z/5KRWsYpWNMx6LuBhhPYjpzq', p.full_name, p.locale
from (values
        ('lieve.claes@partner.example.org', 'Lieve Claes', 'nl'),
        ('pieter.dewulf@partner.example.org', 'Pieter De Wulf', 'nl'),
        ('sofie.janssens@partner.example.org', 'Sofie Janssens', 'nl'),
        ('koen.vandamme@partner.example.org', 'Koen Vandamme', 'nl'),
        ('ines.maes@partner.example.org', 'Ines Maes', 'en'),
        ('tom.peeters@partner.example.org', 'Tom Peeters', 'nl'),
        ('nathalie.verbeke@partner.example.org', 'Nathalie Verbeke', 'nl'),
        ('jonas.wouters@partner.example.org', 'Jonas Wouters', 'en'),
        ('an.desmet@partner.example.org', 'An De Smet', 'nl'),
        ('hilde.goossens@partner.example.org', 'Hilde Goossens', 'nl')
    ) as p (email, full_name, locale)
on conflict (email) do nothing;

insert into user_roles (user_id, role)
select u.id, 'APPLICANT' from users u
where u.email like '%@partner.example.org'
on conflict do nothing;

-- The profiles: the person, their organisation of the registry, what they offer and look for, the call's goals and
-- when they are free (Brussels times; some in two periods).
create temporary table demo_partnering (email varchar(320), organisation varchar(200), offers varchar(2000),
        looks_for varchar(2000), goals text[], free text[]);
insert into demo_partnering values
    ('applicant@example.org', 'Helixtrace NV',
     'Pharmacogenomic panels (CYP2D6, CYP2C19, SLCO1B1, DPYD) genotyped from a cheek swab, and a decision-support '
     || 'tool that turns the genotype into advice on drug choice and dose in the GP''s software.',
     'For ONCOTWIN: a university or research centre that models tumours and validates digital twins, and an oncology '
     || 'department with data of patients on second-line therapy.',
     '{1b,2a,2b}', '{15:45-16:30,16:45-17:15}'),
    ('applicant2@example.org', 'Tumorea Insights NV',
     'Deep-learning models on whole-slide images that predict response to immunotherapy; a cloud viewer that '
     || 'pathologists already use for routine diagnosis.',
     'Hospitals with digitised slides and treatment outcomes of lung and colorectal cancer, and a partner for '
     || 'sequencing the same tumours.',
     '{1a,1b}', '{15:45-17:15}'),
    ('lieve.claes@partner.example.org', 'KU Leuven',
     'A pharmacogenomics and clinical pharmacology group with experience of implementation studies in primary care, '
     || 'and biostatistics for pragmatic trials.',
     'Enterprises with a genotyping test or a decision-support tool ready for a cluster-randomised study in general '
     || 'practice.',
     '{1b,2a}', '{15:45-16:30,16:45-17:15}'),
    ('pieter.dewulf@partner.example.org', 'Ghent University',
     'Bioinformatics of tumour evolution: models of clonal dynamics from sequencing data, the basis of a digital '
     || 'twin of a tumour.',
     'Companies with imaging or pathology AI to couple to our tumour models, and clinicians to test them on real '
     || 'patients.',
     '{1a,2b}', '{16:00-17:15}'),
    ('sofie.janssens@partner.example.org', 'UZ Leuven',
     'A clinical trial centre and a biobank with consented oncology samples, linked to treatment outcomes.',
     'Industry partners for biomarker-stratified studies in oncology, and data partners who respect the hospital''s '
     || 'governance of patient data.',
     '{1b,2a}', '{15:45-16:45}'),
    ('koen.vandamme@partner.example.org', 'UZ Gent',
     'A centre for medical genetics: diagnostic exome and genome sequencing, and genetic counselling for hereditary '
     || 'cancer and rare diseases.',
     'Partners for variant interpretation at scale and for returning pharmacogenomic results to patients.',
     '{1a,2a}', '{16:15-17:15}'),
    ('ines.maes@partner.example.org', 'imec',
     'Lab-on-chip for single-cell analysis and wearable sensors that follow patients at home between visits.',
     'Clinical partners and companies who need continuous measurements as a biomarker in a study.',
     '{1a,2b}', '{15:45-16:15,16:30-17:15}'),
    ('tom.peeters@partner.example.org', 'VITO',
     'Biomonitoring and exposome data, with the omics and the data science to relate exposure to disease risk.',
     'Hospitals and data platforms to join exposure with clinical records in a federated way.',
     '{1a}', '{15:45-17:15}'),
    ('nathalie.verbeke@partner.example.org', 'Lysenta Health Data BV',
     'A federated data platform on FHIR: analyses run inside each hospital, only results leave it.',
     'Research groups and companies who need real-world data of several hospitals without moving it.',
     '{1a,2a}', '{15:45-17:15}'),
    ('jonas.wouters@partner.example.org', 'Sequantis Bioinformatics BV',
     'Validated pipelines for next-generation sequencing and clinical variant interpretation as a service, ISO 15189 '
     || 'ready.',
     'A university hospital to validate our interpretation of pharmacogenomic and tumour variants on its own cases.',
     '{1a,1b}', '{16:00-17:00}'),
    ('an.desmet@partner.example.org', 'Trialvaart CRO NV',
     'Design and running of adaptive and biomarker-stratified trials, decentralised visits included, across Europe.',
     'Consortia that need a trial partner for their validation study, and patient organisations for the design.',
     '{2a}', '{15:45-16:30}'),
    ('hilde.goossens@partner.example.org', 'Patiëntenplatform Precisiezorg vzw',
     'The voice of patients with rare and hereditary diseases: a panel that reviews study designs, consent forms '
     || 'and how results are returned.',
     'Projects that want patients involved from the start, not only as participants.',
     '{2a,2b}', '{16:30-17:15}');

insert into info_session_registrations (session_id, attendance, name, email, organisation, consent_registration,
        consent_connect, status, language, cancel_token_hash, created_at)
select s.id, 'ONLINE', u.full_name, u.email, d.organisation, true, true, 'CONFIRMED', u.locale,
       encode(sha256(convert_to('demo-partnering:' || u.email, 'UTF8')), 'hex'), now()
from demo_partnering d
join users u on u.email = d.email
join info_sessions s on s.title = 'Webinar: preparing your ICON proposal'
on conflict (session_id, email) do nothing;

insert into partnering_participants (session_id, registration_id, user_id, organisation_id, organisation_name,
        organisation_type, enterprise_number, postal_code, country, offers, looks_for, created_at, updated_at)
select e.session_id, r.id, u.id, o.id, o.name, o.type, o.enterprise_number, o.postal_code, o.country, d.offers,
       d.looks_for, now(), now()
from demo_partnering d
join users u on u.email = d.email
join organisations o on o.name = d.organisation
join info_sessions s on s.title = 'Webinar: preparing your ICON proposal'
join partnering_events e on e.session_id = s.id
join info_session_registrations r on r.session_id = s.id and r.email = d.email
on conflict do nothing;

insert into partnering_participant_goals (participant_id, goal_id)
select p.id, g.id
from demo_partnering d
join users u on u.email = d.email
join partnering_participants p on p.user_id = u.id
join info_sessions s on s.id = p.session_id and s.title = 'Webinar: preparing your ICON proposal'
join call_goals g on g.call_id = s.call_id and g.code = any (d.goals)
on conflict do nothing;

insert into partnering_availability (participant_id, starts_at, ends_at)
select p.id,
       ((e.window_starts_at at time zone 'Europe/Brussels')::date + split_part(f, '-', 1)::time)
           at time zone 'Europe/Brussels',
       ((e.window_starts_at at time zone 'Europe/Brussels')::date + split_part(f, '-', 2)::time)
           at time zone 'Europe/Brussels'
from demo_partnering d
join users u on u.email = d.email
join partnering_participants p on p.user_id = u.id
join partnering_events e on e.session_id = p.session_id
join info_sessions s on s.id = p.session_id and s.title = 'Webinar: preparing your ICON proposal'
cross join unnest(d.free) as f
on conflict do nothing;

-- Their requests: who asked whom, with what message, and the answer (null while it waits).
insert into partnering_requests (session_id, requester_id, invitee_id, message, status, requested_at, answered_at)
select a.session_id, a.id, b.id, q.message, q.status, now() - interval '2 days',
       case when q.status = 'REQUESTED' then null else now() - interval '1 day' end
from (values
        ('applicant@example.org', 'pieter.dewulf@partner.example.org',
         'Your tumour models could be the twin in ONCOTWIN: shall we talk about a validation on patient data?',
         'ACCEPTED'),
        ('applicant@example.org', 'lieve.claes@partner.example.org',
         'PGX-ROUTE is looking at a cluster-randomised study in general practice; your view on the design would help.',
         'ACCEPTED'),
        ('sofie.janssens@partner.example.org', 'applicant@example.org',
         'Our biobank has second-line oncology patients with outcomes; interested for ONCOTWIN?', 'REQUESTED'),
        ('applicant2@example.org', 'sofie.janssens@partner.example.org',
         'We would like to validate our response prediction on your digitised lung cancer slides.', 'ACCEPTED'),
        ('jonas.wouters@partner.example.org', 'koen.vandamme@partner.example.org',
         'Could we validate our variant interpretation on a set of your diagnostic exomes?', 'ACCEPTED'),
        ('nathalie.verbeke@partner.example.org', 'tom.peeters@partner.example.org',
         'Exposome data next to hospital records, federated: a good match for our platform?', 'REQUESTED'),
        ('an.desmet@partner.example.org', 'hilde.goossens@partner.example.org',
         'We would like your panel to look at the design of a decentralised trial.', 'ACCEPTED'),
        ('ines.maes@partner.example.org', 'applicant2@example.org',
         'Wearable data as an early sign of response, next to your pathology AI?', 'REQUESTED'),
        ('tom.peeters@partner.example.org', 'an.desmet@partner.example.org',
         'Exposure data as a stratification factor in one of your trials?', 'DECLINED')
    ) as q (requester, invitee, message, status)
join users ua on ua.email = q.requester
join users ub on ub.email = q.invitee
join info_sessions s on s.title = 'Webinar: preparing your ICON proposal'
join partnering_participants a on a.user_id = ua.id and a.session_id = s.id
join partnering_participants b on b.user_id = ub.id and b.session_id = s.id
on conflict do nothing;

drop table demo_partnering;

-- The overview of regional (and national) personalised-medicine funding programmes, keyed on the programme's name.
-- Only facts we are sure of: a budget is left empty unless it is the call's own, and links go to home pages, not
-- to pages deeper in a site that may move. The day each was last checked is left empty, except for the ICON call, which the cluster runs itself.
insert into funding_programmes (region, country, programme, funder, yearly_budget_eur, link, description,
        last_checked_on, status, created_at)
select p.region, p.country, p.programme, p.funder, p.yearly_budget_eur, p.link, p.description, p.last_checked_on,
       'PUBLISHED', now()
from (values
        ('Flanders', 'BE', 'ICON Personalised Medicine', 'Flanders.health with VLAIO', 5000000.00,
         'https://www.flanders.health',
         'Interdisciplinary cooperative research (ICON) on personalised medicine: balanced consortia of at least three '
         || 'independent Flemish enterprises and at least one research organisation develop technology or knowledge '
         || 'with economic or societal value for Flanders. The Flemish Government added EUR 5 million a year, for '
         || 'two years; Flanders.health runs the calls on behalf of VLAIO.',
         current_date),
        ('France (national)', 'FR', 'Plan France Médecine Génomique 2025', 'French Government', null,
         'https://www.aviesan.fr',
         'The national plan, prepared by Aviesan at the Prime Minister''s request and launched in 2016, to bring '
         || 'genome sequencing into routine care in France, starting with rare diseases and cancers, through national '
         || 'sequencing platforms.',
         null),
        ('England', 'GB', 'Genomics England: the 100,000 Genomes Project', 'Department of Health and Social Care',
         null, 'https://www.genomicsengland.co.uk',
         'Genomics England was set up in 2013 by the UK Department of Health to run the 100,000 Genomes Project, '
         || 'which sequenced the genomes of NHS patients with a rare disease or cancer, and of their families.',
         null),
        ('Denmark (national)', 'DK', 'National Genome Center', 'Danish Ministry of Health', null,
         'https://www.ngc.dk',
         'The public body under the Danish Ministry of Health set up with the national strategy for personalised '
         || 'medicine, so that patients in the Danish health service can have their whole genome sequenced.',
         null)
    ) as p (region, country, programme, funder, yearly_budget_eur, link, description, last_checked_on)
where not exists (select 1 from funding_programmes existing where existing.programme = p.programme);

-- One suggestion from a visitor, waiting for staff to review it on /staff/funding-programmes.
insert into funding_programmes (region, country, programme, funder, link, description, status, suggested_by,
        created_at)
select 'Finland (national)', 'FI', 'FinnGen', 'Business Finland and pharmaceutical companies',
       'https://www.finngen.fi',
       'A public-private research project that combines the genome data of Finnish biobank participants with their '
       || 'health-registry data, to find new ways to prevent, diagnose and treat disease.',
       'SUGGESTED', 'visitor@example.org', now()
where not exists (select 1 from funding_programmes existing where existing.programme = 'FinnGen');
