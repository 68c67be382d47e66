#!/usr/bin/env bash
# Matching benchmark (issue 4): 50,000 generated organisation profiles loaded into the portal's own database, then
# 1,000 varied registry searches (staff, /staff/organisations: PostgreSQL full-text search, 1 to 3 words, half drawn
# as the profiles' words are and half any word of the field, three in four with a filter) and 1,000 top-10 partner suggestion lists (applicant, /proposals/{id}/partners: Lucene BM25 over a
# 150-250-word abstract, combined with the cosines of the sentence embeddings: issue 20), each the whole page, one
# request at a time once warm. Before timing, it waits until the portal has read every profile's meaning (its
# background job embeds each profile's description and offer and stores the vectors in PostgreSQL) and prints how long
# that took (`embed_s`), then asks for each proposal's suggestions once so that its text is embedded (as when a
# proposal is saved) and waits until all 1,000 vectors are stored: no request pays for the model.
# Starts its own portal with the demo data on a fresh database (bench/lib.sh); BENCH_URL with BENCH_DATABASE names a
# running one instead. Prints p50, p95 and p99; the last line is `search_p95_ms=X suggest_p95_ms=Y embed_s=Z`.
#   bench/matching.sh
set -euo pipefail
cd "$(dirname "$0")/.."

profiles=${BENCH_PROFILES:-50000}
queries=${BENCH_QUERIES:-1000}
out=bench/out
mkdir -p "$out"

source bench/lib.sh
target=${BENCH_DATABASE:-$database} # a named database is the caller's: lib.sh drops only its own
sql() { psql -q -X -v ON_ERROR_STOP=1 -h localhost -U postgres -d "$target" "$@"; }

# Staff sign in too, for the registry search.
staff_cookies="$out/staff-cookies.txt"
rm -f "$staff_cookies"
csrf=$(curl -fs -c "$staff_cookies" "$BENCH_URL/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -fs -b "$staff_cookies" -c "$staff_cookies" -o /dev/null --data-urlencode "username=staff@example.org" \
  --data-urlencode "password=demo-staff" --data-urlencode "_csrf=$csrf" "$BENCH_URL/login"

echo "Loading $profiles profiles and $queries proposals into $target"
started=$(date +%s)
sql -At -v profiles="$profiles" -v queries="$queries" <<'SQL'
-- About 2,650 words of the field: 150 plain ones and 2,500 compounds, drawn with a skew (the i-th of n with probability
-- ~ (i/n)^-1/3), so that a few words are in many profiles (the most common in about half, like "patients") and most
-- in few, as in real text.
create temporary table words as
with plain(word) as (select unnest(string_to_array(
  'biomarker biomarkers genomics genome sequencing exome transcriptomics proteomics metabolomics epigenetics '
  'methylation pharmacogenomics pharmacogenetics biobank cohort registry patients clinical trial trials study '
  'hospital oncology tumour cancer leukaemia lymphoma melanoma breast prostate colorectal lung liver kidney heart '
  'cardiac stroke diabetes obesity dementia alzheimer parkinson epilepsy depression schizophrenia autism asthma '
  'copd fibrosis arthritis psoriasis crohn colitis sepsis infection antibiotic vaccine antibody antibodies cell '
  'cells therapy therapies gene editing crispr vector viral organoid organoids spheroid tissue pathology imaging '
  'radiology mri pet ultrasound microscopy digital ai machine learning deep model models algorithm federated data '
  'platform cloud software app wearable sensor sensors device devices diagnostic diagnostics assay assays kit kits '
  'laboratory lab point care dosing dose drug drugs molecule molecules peptide protein proteins enzyme enzymes '
  'manufacturing gmp logistics cold chain supply reimbursement market access health economics cost effectiveness '
  'outcomes real world evidence quality regulatory ivdr mdr ethics consent privacy gdpr interoperability fhir '
  'standards nurse nursing general practitioner home monitoring rehabilitation elderly children paediatric rare '
  'disease diseases inherited hereditary newborn screening prenatal fertility microbiome stool blood plasma urine '
  'saliva liquid biopsy circulating dna rna mutation mutations variant variants', ' ')) as word),
prefixes(p) as (select unnest(array['cardio','neuro','onco','immuno','pharmaco','hemato','nephro','hepato','derma',
  'pneumo','gastro','endo','osteo','myo','retino','psycho','geno','proteo','metabolo','microbio','angio','arthro',
  'bacterio','chemo','cyto','entero','epi','fibro','gluco','histo','hormo','lipido','lympho','muco','myelo','nano',
  'neo','oculo','oto','patho','photo','radio','reno','rheumato','sero','spino','thrombo','toxico','uro','viro'])),
suffixes(s) as (select unnest(array['genomics','imaging','therapy','diagnostics','markers','profiling','modelling',
  'screening','sequencing','monitoring','analytics','assays','logistics','trials','registry','biobanking','dosing',
  'stratification','signatures','devices','kinetics','dynamics','genetics','informatics','metrics','pathways',
  'receptors','inhibitors','agonists','vaccines','implants','scaffolds','organoids','cohorts','phenotyping',
  'mapping','targeting','delivery','sensing','scoring','triage','prognostics','surveillance','rehabilitation',
  'prevention','nutrition','epidemiology','economics','ethics','robotics'])),
everything as (select word from plain union select p || s from prefixes, suffixes)
select row_number() over (order by md5(word)) as i, word from everything;
select setseed(0.42);

create temporary table vocabulary as select array_agg(word order by i) as w, count(*)::int as n from words;

create function pg_temp.words(how_many int) returns text language sql volatile as $$
  select string_agg(v.w[1 + floor(v.n * power(random(), 1.5))::int], ' ') from vocabulary v, generate_series(1, how_many)
$$;
-- Words a person searches for: any word of the field, as likely as any other.
create function pg_temp.any_words(how_many int) returns text language sql volatile as $$
  select string_agg(v.w[1 + floor(v.n * random())::int], ' ') from vocabulary v, generate_series(1, how_many)
$$;
create function pg_temp.prose(how_many int) returns text language sql volatile as $$
  select string_agg(case when random() < 0.35
      then (array['the','and','of','for','with','in','to','a','our','their','we','will','by','on'])[1 + floor(random() * 14)::int]
      else v.w[1 + floor(v.n * power(random(), 1.5))::int] end, ' ')
  from vocabulary v, generate_series(1, how_many)
$$;

insert into organisations (name, type, size, postal_code, city, country, expertise, technologies, therapeutic_areas,
    value_chain, description, offers)
select 'Bench ' || initcap(pg_temp.words(2)) || ' ' || g || (case when t = 'ENTERPRISE' then ' NV' else '' end),
    t, case when t = 'ENTERPRISE' then (array['SME','LARGE'])[1 + floor(random() * 2)::int] end,
    (array['9000','3000','2000','8500','3500','1000','4000','1300','2800','9300'])[1 + floor(random() * 10)::int],
    'Bench', 'BE',
    string_to_array(pg_temp.words(3 + floor(random() * 3)::int), ' '),
    string_to_array(pg_temp.words(1 + floor(random() * 3)::int), ' '),
    array[(array['II','III','IV','V','VI','IX','X','XI','XIII','XVII'])[1 + floor(random() * 10)::int]],
    array[(array['DATA_AI','BIOMARKERS_DIAGNOSTICS','DRUG_THERAPY_DEVELOPMENT','CLINICAL_STUDIES',
      'MANUFACTURING_LOGISTICS','HEALTH_ECONOMICS_MARKET_ACCESS'])[1 + floor(random() * 6)::int]],
    pg_temp.prose(40 + floor(random() * 50)::int),
    pg_temp.prose(10 + floor(random() * 10)::int)
from (select g, (array['ENTERPRISE','ENTERPRISE','ENTERPRISE','RTO','HOSPITAL','OTHER'])[1 + floor(random() * 6)::int] as t
      from generate_series(1, :profiles) g) generated;

insert into proposals (call_id, acronym, title, abstract, disease_area, status, created_by)
select (select id from calls where code = 'ICON-PM' limit 1), 'BENCH' || g,
    initcap(pg_temp.words(6)), pg_temp.prose(150 + floor(random() * 101)::int),
    (array['II','III','IV','V','VI','IX','X','XI','XIII','XVII'])[1 + floor(random() * 10)::int], 'DRAFT',
    (select id from users where email = 'applicant@example.org')
from generate_series(1, :queries) g;
insert into proposal_applicants (proposal_id, user_id)
select p.id, p.created_by from proposals p where p.acronym like 'BENCH%';

\o bench/out/matching-searches.txt
-- Half the searches draw their words as the profiles do (common words too), half any word of the field.
select case when g % 2 = 0 then pg_temp.words(1 + floor(random() * 3)::int) else pg_temp.any_words(1 + floor(random() * 3)::int) end
    || case when g % 4 = 1 then E'\ttype=ENTERPRISE' when g % 4 = 2 then E'\tregion=FLEMISH_REGION'
            when g % 4 = 3 then E'\tplace=DATA_AI' else E'\t' end
from generate_series(1, :queries) g;
\o bench/out/matching-proposals.txt
select id from proposals where acronym like 'BENCH%' order by id;
\o
analyze organisations;
SQL
sed -i '/^$/d' "$out/matching-searches.txt" "$out/matching-proposals.txt"
echo "Loaded in $(( $(date +%s) - started )) s"
embed_started=$(date +%s)

# Wait until this instance's index has read the new profiles: a suggestion list then names generated ones.
first=$(head -n 1 "$out/matching-proposals.txt")
for _ in $(seq 1 120); do
  curl -fs -b "$jar_cookies" "$BENCH_URL/proposals/$first/partners" | grep -q 'Bench ' && break
  sleep 1
done

# The registry page tells staff how far the portal has read the profiles' meaning; the line is gone once all are read.
echo "Waiting until the portal has read the meaning of the $profiles profiles"
while progress=$(curl -fs -b "$staff_cookies" "$BENCH_URL/staff/organisations" | grep -o 'Understanding the registry: [0-9,]* of [0-9,]*'); do
  [[ -n "$progress" ]] || break
  if (( ( $(date +%s) - embed_started ) % 60 < 5 )); then echo "  $progress"; fi
  sleep 5
done
embed_s=$(( $(date +%s) - embed_started ))
echo "Profiles embedded from scratch in $embed_s s (description and offer of each, one background thread)"
# Once the registry is read, the portal merges its Lucene index into one segment in the background (a few minutes of
# a core for 50,000 profiles); the timed requests wait for that, as users would meet it. A portal this script started
# logs when the merge is done; for one named by BENCH_URL the script waits BENCH_SETTLE_SECONDS.
settle=${BENCH_SETTLE_SECONDS:-600}
if [[ -n "$portal_pid" ]]; then
  echo "Waiting for the index's background merge (at most $settle s)"
  for _ in $(seq 1 "$settle"); do grep -q 'merged into one segment' "$out/portal.log" && break; sleep 1; done
  grep -o 'Registry index merged into one segment.*' "$out/portal.log" || echo "The merge had not ended after $settle s"
else
  settle=${BENCH_SETTLE_SECONDS:-240}
  echo "Waiting $settle s for the index's background merge"
  sleep "$settle"
fi
echo "Vectors stored: $(sql -At -c "select count(*) from text_vectors where subject like 'ORGANISATION%'")"

# Each proposal's text embedded once, before timing: the first request for its suggestions queues it (a saved text is
# embedded after its commit in the same way).
while read -r id; do curl -fs -b "$jar_cookies" -o /dev/null "$BENCH_URL/proposals/$id/partners"; done < "$out/matching-proposals.txt"
for _ in $(seq 1 600); do
  stored=$(sql -At -c "select count(*) from text_vectors v join proposals p on p.id = v.subject_id where v.subject = 'PROPOSAL' and p.acronym like 'BENCH%'")
  [[ "$stored" -ge "$queries" ]] && break
  sleep 1
done
echo "Proposal vectors stored: $stored of $queries"

percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int((NR * p + 99) / 100); if (i < 1) i = 1; print v[i] }'; }
search() { # lines of "words<TAB>filter" -> one time in ms per line
  while IFS=$'\t' read -r words filter; do
    curl -fs -G -b "$staff_cookies" -o /dev/null -w '%{time_total}\n' --data-urlencode "q=${words# }" \
      ${filter:+--data-urlencode "$filter"} "$BENCH_URL/staff/organisations"
  done | awk '{ printf "%.2f\n", $1 * 1000 }'
}
suggest() { # proposal ids -> one time in ms per line
  while read -r id; do
    curl -fs -b "$jar_cookies" -o /dev/null -w '%{time_total}\n' "$BENCH_URL/proposals/$id/partners"
  done | awk '{ printf "%.2f\n", $1 * 1000 }'
}

echo "Warming up"
head -n 200 "$out/matching-searches.txt" | search > /dev/null
head -n 200 "$out/matching-proposals.txt" | suggest > /dev/null

search < "$out/matching-searches.txt" > "$out/matching-search-ms.txt"
suggest < "$out/matching-proposals.txt" > "$out/matching-suggest-ms.txt"

for name in search suggest; do
  file="$out/matching-$name-ms.txt"
  printf '%-8s n=%s p50=%s ms p95=%s ms p99=%s ms\n' "$name" "$(wc -l < "$file")" "$(percentile 50 < "$file")" \
    "$(percentile 95 < "$file")" "$(percentile 99 < "$file")"
done
echo "search_p95_ms=$(percentile 95 < "$out/matching-search-ms.txt") suggest_p95_ms=$(percentile 95 < "$out/matching-suggest-ms.txt") embed_s=$embed_s"
