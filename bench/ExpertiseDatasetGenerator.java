import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a generated reviewer expertise dataset in the OpenReview expertise format for bench/expertise.sh: reviewers
 * with publications (title, abstract of about 120 words, year) and submissions (title, abstract of about 180 words),
 * drawn from twelve fields of personalised medicine, each reviewer mostly in one field and partly in another.
 *   java bench/ExpertiseDatasetGenerator.java DIR [reviewers=60] [publications=20] [submissions=400] [seed=1]
 */
public class ExpertiseDatasetGenerator {

	private static final String[][] FIELDS = {
		{ "circulating tumour DNA", "cancer genomics", "tumour sequencing", "somatic mutations", "gene panel",
				"colorectal cancer", "lung adenocarcinoma", "minimal residual disease", "targeted therapy", "liquid biopsy" },
		{ "immune checkpoint inhibitors", "CAR T cells", "melanoma", "tumour-infiltrating lymphocytes",
				"neoantigen vaccine", "cytokine release", "PD-1 blockade", "immune-related toxicity", "lymphoma",
				"T-cell response" },
		{ "heart failure", "atrial fibrillation", "catheter ablation", "remote monitoring", "ejection fraction",
				"smartwatch ECG", "cardiac rehabilitation", "implanted sensor", "arrhythmia", "diuretics" },
		{ "coronary artery disease", "polygenic risk", "lipoprotein(a)", "statins", "familial hypercholesterolaemia",
				"cardiomyopathy variants", "coronary CT angiography", "plaque", "cascade screening", "LDL cholesterol" },
		{ "Alzheimer's disease", "plasma p-tau", "amyloid PET", "Parkinson's disease", "alpha-synuclein",
				"cognitive decline", "gait sensors", "neurofilament light", "dementia", "memory clinic" },
		{ "ischaemic stroke", "thrombectomy", "large vessel occlusion", "epilepsy", "seizure detection", "EEG",
				"telestroke", "aphasia", "thrombolysis", "antiseizure medication" },
		{ "mobile health app", "telemonitoring", "type 1 diabetes", "closed-loop insulin", "digital therapeutic",
				"patient engagement", "COPD exacerbations", "FHIR interoperability", "federated learning",
				"electronic health records" },
		{ "deep learning", "mammography screening", "whole-slide images", "radiomics", "chest radiographs",
				"convolutional network", "computational pathology", "MRI", "algorithmic bias", "explainability" },
		{ "rare diseases", "exome sequencing", "whole-genome sequencing", "newborn screening", "AAV gene therapy",
				"Duchenne muscular dystrophy", "variant interpretation", "transcriptome sequencing",
				"enzyme replacement", "patient registry" },
		{ "rheumatoid arthritis", "synovial biopsy", "TNF inhibitors", "psoriasis", "IL-23 blockade",
				"ulcerative colitis", "faecal microbiota", "Crohn's disease", "single-cell RNA sequencing", "biologics" },
		{ "3D-printed implant", "titanium lattice", "microfluidic assay", "point-of-care test", "lateral flow biosensor",
				"robot-assisted surgery", "augmented reality", "knee arthroplasty", "load sensors", "procalcitonin" },
		{ "pharmacogenetics", "CYP2D6", "therapeutic drug monitoring", "population pharmacokinetics",
				"precision dosing", "deprescribing", "polypharmacy", "DPYD genotyping", "real-world evidence",
				"claims data" } };

	private static final String[] SETTINGS = { "in a multicentre cohort", "in a randomised trial",
			"in a prospective study", "in routine care", "in three Flemish hospitals", "in general practice",
			"in a retrospective analysis", "in a registry of patients" };

	private static final String[] OUTCOMES = { "sensitivity and specificity", "survival", "hospital admissions",
			"quality of life", "time to diagnosis", "costs", "treatment response", "adverse events", "adherence" };

	public static void main(String[] args) throws IOException {
		Path directory = Path.of(args[0]);
		int reviewers = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		int publications = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int submissions = args.length > 3 ? Integer.parseInt(args[3]) : 400;
		Random random = new Random(args.length > 4 ? Long.parseLong(args[4]) : 1);
		Files.createDirectories(directory.resolve("archives"));
		for (int r = 0; r < reviewers; r++) {
			int main = r % FIELDS.length;
			int second = random.nextInt(FIELDS.length);
			List<String> lines = new ArrayList<>();
			for (int p = 0; p < publications; p++) {
				int field = random.nextDouble() < 0.75 ? main : second;
				lines.add("{\"id\":\"r" + r + "-p" + p + "\",\"content\":{\"title\":" + quote(title(random, field))
						+ ",\"abstract\":" + quote(text(random, field, 6)) + ",\"year\":" + (2005 + random.nextInt(21))
						+ "}}");
			}
			Files.write(directory.resolve("archives/~Reviewer_" + r + ".jsonl"), lines, StandardCharsets.UTF_8);
		}
		StringBuilder json = new StringBuilder("{");
		for (int s = 0; s < submissions; s++) {
			int field = random.nextInt(FIELDS.length);
			String id = "S" + s;
			json.append(s == 0 ? "" : ",").append('\n').append(quote(id)).append(":{\"id\":").append(quote(id))
				.append(",\"content\":{\"title\":").append(quote(title(random, field))).append(",\"abstract\":")
				.append(quote(text(random, field, 9))).append("}}");
		}
		Files.writeString(directory.resolve("submissions.json"), json.append("\n}\n"), StandardCharsets.UTF_8);
		System.out.printf("Wrote %d reviewers with %d publications each and %d submissions to %s%n", reviewers,
				publications, submissions, directory);
	}

	private static String title(Random random, int field) {
		return capitalised(term(random, field)) + " and " + term(random, field) + " " + pick(random, SETTINGS);
	}

	private static String text(Random random, int field, int sentences) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < sentences; i++) {
			int from = random.nextDouble() < 0.85 ? field : random.nextInt(FIELDS.length);
			String sentence = switch (random.nextInt(4)) {
				case 0 -> "We studied " + term(random, from) + " and " + term(random, from) + " " + pick(random, SETTINGS)
						+ " of " + (50 + random.nextInt(950)) + " patients.";
				case 1 -> capitalised(term(random, from)) + " was associated with " + pick(random, OUTCOMES)
						+ ", independently of " + term(random, from) + ".";
				case 2 -> "The role of " + term(random, from) + " in " + term(random, from) + " remains unclear, and "
						+ pick(random, OUTCOMES) + " were rarely reported.";
				default -> "Our results support " + term(random, from) + " to improve " + pick(random, OUTCOMES)
						+ " " + pick(random, SETTINGS) + ".";
			};
			text.append(i == 0 ? "" : " ").append(sentence);
		}
		return text.toString();
	}

	private static String term(Random random, int field) {
		return pick(random, FIELDS[field]);
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
