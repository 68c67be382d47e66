-- Demo data, read only by the demo profile (spring.flyway.locations adds classpath:db/demo).
-- The pilot call "Personalised Medicine" with its goals, its three information sessions of May 2019, some thirty
-- organisations for Connect, the four demo users of the README and a few regional funding programmes.
--
-- A repeatable migration: Flyway runs it again whenever its checksum changes, so every statement is idempotent and
-- keyed on a natural key (calls.code, call_goals (call_id, code), info_sessions title + starts_at,
-- organisations.enterprise_number or, without one, the name, users.email, funding_programmes.programme). Rows that
-- are already there are left as they are, including anything users changed since.
-- To change a row that is already loaded, change it in the portal or write a versioned migration: editing it here
-- only affects databases that do not hold it yet.
--
-- Every company below is invented. Real universities, research centres and hospitals carry their real name and
-- address; only the enterprise numbers we are sure of are filled in (KU Leuven, Ghent University), the others are
-- left empty. Invented enterprise numbers pass the mod-97 check of the schema.

-- The pilot call. The deadline is 17:00 Brussels time, six weeks after the day the demo data is first loaded.
insert into calls (code, title, description, status, opens_at, deadline, budget_eur,
        min_independent_flemish_enterprises, min_rtos, enterprise_must_coordinate, university_required_with_src,
        max_research_budget_share, min_enterprise_budget_eur, max_enterprise_budget_eur)
values ('ICON-PM', 'Personalised Medicine',
        'ICON projects are interdisciplinary cooperative research: a dedicated, balanced consortium develops new '
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
        || 'partners and builds consortia, and Carry and Cultivate counsel projects while they are set up and shaped.',
        'PUBLISHED',
        ((current_date - 28) + time '09:00') at time zone 'Europe/Brussels',
        ((current_date + 42) + time '17:00') at time zone 'Europe/Brussels',
        10000000.00,
        3, 1, true, true,
        0.4000, 100000.00, 3000000.00)
on conflict (code) do nothing;

-- Its goals: 1 and 2, each with two sub-goals, in the order of the call text (positions as Call.addGoal gives them).
insert into call_goals (call_id, parent_id, code, title, position)
select c.id, null, g.code, g.title, g.position
from calls c
cross join (values
        ('1', 'Build up profound, validated knowledge on data, biomarkers and their analysis', 0),
        ('2', 'Enable broader application of personalised medicine through innovative clinical studies and '
              || 'personalised technologies', 3)
    ) as g (code, title, position)
where c.code = 'ICON-PM'
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
where c.code = 'ICON-PM'
on conflict (call_id, code) do nothing;

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
-- Scheldegen Pharma and Scheldegen Biologics belong to the same corporate group, so they count once.
insert into organisations (name, type, size, research_kind, enterprise_number, corporate_group, street, postal_code,
        city, country, website, expertise, description)
select o.name, o.type, o.size, o.research_kind, o.enterprise_number, o.corporate_group, o.street, o.postal_code,
       o.city, o.country, o.website, o.expertise, o.description
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

-- The four demo users of the README; each password is the part of the e-mail address before the @ with "demo-" in
-- front (applicant@example.org signs in with demo-applicant). Bcrypt, strength 10, for the DelegatingPasswordEncoder.
insert into users (email, password_hash, full_name, locale)
values ('applicant@example.org', '{bcrypt}$2a$10$FFUTWBMZY/Mnap2rmR3Sa.uHb/75CjA8FX9.xiHGdA11RaEAIG7W.',
        'Demo Applicant', 'en'),
       ('staff@example.org', '{bcrypt}$2a$10$fjz420x9cUzRdsRiAbtFqOvK09gpvdLNfTQHFcEzCKVxoU4S5HBb6',
        'Demo Staff Member', 'en'),
       ('reviewer@example.org', '{bcrypt}$2a$10$hTGVVlKdmiGr9lJ1Aah.yOf29oWXPJ3GIh9OUfTFPRO54BCbB2Y3S',
        'Demo Reviewer', 'en'),
       ('admin@example.org', '{bcrypt}$2a$10$Y5H3cGE8/.Nj6OAZATrWSe08x1B/y5RaheXcfiZ7SyiVJ82npTL0C',
        'Demo Administrator', 'en')
on conflict (email) do nothing;

insert into user_roles (user_id, role)
select u.id, r.role
from users u
join (values
        ('applicant@example.org', 'APPLICANT'),
        ('staff@example.org', 'STAFF'),
        ('reviewer@example.org', 'REVIEWER'),
        ('admin@example.org', 'ADMIN')
    ) as r (email, role) on r.email = u.email
on conflict (user_id, role) do nothing;

-- The demo reviewer's profile: the expertise the assignment matches proposals on; no affiliation, so no automatic
-- conflict of interest.
insert into reviewer_profiles (user_id, expertise, kind)
select u.id, array['pharmacogenomics', 'clinical pharmacology', 'primary care', 'oncology', 'digital twins'], 'CLINICAL'
from users u
where u.email = 'reviewer@example.org'
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
