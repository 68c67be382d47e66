package health.flanders.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.matching.Suggestion.Kind;
import health.flanders.portal.matching.Suggestion.Reason;

class PartnerMatcherTests {

	private static final String ABSTRACT = "We will guide the dosing of antidepressants with pharmacogenomics: "
			+ "genotypes of CYP2D6 and CYP2C19 from a biobank of Flemish patients, read by a decision support tool.";

	private final RegistryIndex index = new RegistryIndex();

	private final PartnerMatcher matcher = new PartnerMatcher(index);

	@AfterEach
	void close() {
		index.close();
	}

	@Test
	void ranksTheProfileThatSharesTheProposalsWordsFirstAndSaysWhich() {
		index.put(List.of(
				enterprise(1, "GenoDose NV", null, List.of("pharmacogenomics", "CYP2D6 genotyping"),
						"Pharmacogenetic tests that guide the dose of psychiatric drugs."),
				enterprise(2, "Cardio Devices BV", null, List.of("wearables", "ECG"), "Heart rhythm monitoring."),
				rto(3, "Biobank Lab Leuven", List.of("biobank", "sample logistics"), "Stores patient samples.")));

		List<Suggestion> suggestions = matcher.suggest(MatchRequest.ofText(ABSTRACT, null), 10);

		assertThat(suggestions).extracting(Suggestion::name).first().isEqualTo("GenoDose NV");
		assertThat(suggestions).extracting(Suggestion::name).doesNotContain("Cardio Devices BV");
		assertThat(suggestions.get(0).reasons()).first()
			.satisfies(reason -> assertThat(reason.kind()).isEqualTo(Kind.SHARED_WORDS))
			.satisfies(reason -> assertThat(reason.detail()).startsWith("pharmacogenomics, cyp2d6 genotyping, "));
	}

	@Test
	void matchesOtherFormsOfAWordAndIgnoresAccents() {
		index.put(List.of(rto(1, "Institut de Génomique", List.of("génomique", "biomarker discovery"), "")));

		assertThat(matcher.suggest(MatchRequest.ofText("genomique and new biomarkers", null), 5))
			.extracting(Suggestion::name)
			.containsExactly("Institut de Génomique");
	}

	@Test
	void boostsTheFirstRtoWhenTheConsortiumHasNone() {
		index.put(List.of(
				enterprise(1, "GenoDose NV", null, List.of("pharmacogenomics", "CYP2D6 genotyping", "biobank"),
						"Pharmacogenetic tests that guide the dose of antidepressants."),
				rto(2, "Biobank Lab Leuven", List.of("biobank", "pharmacogenomics"),
						"Stores patient samples and genotypes them for CYP2C19.")));
		MatchRequest withRto = new MatchRequest(ABSTRACT, null, Set.of(), Set.of(), false, 0);
		MatchRequest withoutRto = new MatchRequest(ABSTRACT, null, Set.of(), Set.of(), true, 0);

		assertThat(matcher.suggest(withRto, 2)).extracting(Suggestion::name).first().isEqualTo("GenoDose NV");
		List<Suggestion> boosted = matcher.suggest(withoutRto, 2);
		assertThat(boosted).extracting(Suggestion::name).first().isEqualTo("Biobank Lab Leuven");
		assertThat(boosted.get(0).reasons()).contains(new Reason(Kind.FIRST_RTO, ""));
		assertThat(boosted.get(1).reasons()).extracting(Reason::kind).doesNotContain(Kind.FIRST_RTO);
	}

	@Test
	void boostsAnIndependentFlemishEnterpriseWhileThereAreTooFew() {
		index.put(List.of(
				new RegistryEntry(1, "Brussels Genomics SA", OrganisationType.ENTERPRISE,
						Region.BRUSSELS_CAPITAL_REGION, null, List.of("pharmacogenomics", "CYP2D6 genotyping"), List.of(),
						List.of(), "Pharmacogenetic tests for antidepressants.", ""),
				enterprise(2, "Antwerp Decision Tools NV", null, List.of("decision support"), "Clinical software.")));

		List<Suggestion> suggestions = matcher
			.suggest(new MatchRequest(ABSTRACT, null, Set.of(), Set.of(), false, 2), 2);

		assertThat(suggestions).extracting(Suggestion::name)
			.containsExactly("Antwerp Decision Tools NV", "Brussels Genomics SA");
		assertThat(suggestions.get(0).reasons()).contains(new Reason(Kind.INDEPENDENT_FLEMISH_ENTERPRISE, ""));
	}

	@Test
	void leavesOutTheMembersAndEveryOrganisationOfAMembersGroup() {
		index.put(List.of(
				enterprise(1, "GenoDose NV", "Dose Group", List.of("pharmacogenomics"), "Pharmacogenetic tests."),
				enterprise(2, "GenoDose Labs BV", "dose group ", List.of("pharmacogenomics", "biobank"), ""),
				enterprise(3, "PGx Partners NV", null, List.of("pharmacogenomics"), ""),
				enterprise(4, "Other NV", null, List.of("pharmacogenomics"), "")));

		List<Suggestion> suggestions = matcher
			.suggest(new MatchRequest(ABSTRACT, null, Set.of(1L, 4L), Set.of("Dose Group"), false, 0), 10);

		assertThat(suggestions).extracting(Suggestion::name).containsExactly("PGx Partners NV");
	}

	@Test
	void favoursAProfileThatWorksInTheProposalsDiseaseArea() {
		index.put(List.of(
				enterprise(1, "Onco PGx NV", null, List.of("pharmacogenomics"), "Tests.", List.of("II")),
				enterprise(2, "Mind PGx NV", null, List.of("pharmacogenomics"), "Tests.", List.of("V"))));

		List<Suggestion> suggestions = matcher.suggest(MatchRequest.ofText(ABSTRACT, "V"), 2);

		assertThat(suggestions).extracting(Suggestion::name).containsExactly("Mind PGx NV", "Onco PGx NV");
		assertThat(suggestions.get(0).reasons()).contains(new Reason(Kind.SAME_DISEASE_AREA, "V"));
	}

	@Test
	void findsAnEditedProfileAndForgetsARemovedOne() {
		index.put(List.of(enterprise(1, "Cardio Devices BV", null, List.of("wearables"), "Heart rhythm.")));
		assertThat(matcher.suggest(MatchRequest.ofText(ABSTRACT, null), 5)).isEmpty();

		index.put(List.of(enterprise(1, "Cardio Devices BV", null, List.of("pharmacogenomics"), "Heart rhythm.")));
		assertThat(matcher.suggest(MatchRequest.ofText(ABSTRACT, null), 5)).hasSize(1);

		index.remove(List.of(1L));
		assertThat(matcher.suggest(MatchRequest.ofText(ABSTRACT, null), 5)).isEmpty();
		assertThat(index.size()).isZero();
	}

	private static RegistryEntry enterprise(long id, String name, String group, List<String> expertise,
			String description) {
		return enterprise(id, name, group, expertise, description, List.of());
	}

	private static RegistryEntry enterprise(long id, String name, String group, List<String> expertise,
			String description, List<String> areas) {
		return new RegistryEntry(id, name, OrganisationType.ENTERPRISE, Region.FLEMISH_REGION, group, expertise,
				List.of(), areas, description, "");
	}

	private static RegistryEntry rto(long id, String name, List<String> expertise, String description) {
		return new RegistryEntry(id, name, OrganisationType.RTO, Region.FLEMISH_REGION, null, expertise, List.of(),
				List.of(), description, "");
	}
}
