package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.call.organisation.ValueChainPlace;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Full-text search of the registry against PostgreSQL: stemming in two languages, accents, filters, highlights. */
@PortalIntegrationTest
class RegistrySearchIntegrationTests {

	@Autowired
	RegistrySearch search;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	/** A word of its own for each test, so that other tests' organisations never match. */
	private final String tag = "zq" + TestData.unique().substring(0, 10);

	@Test
	void anEnglishPluralFindsTheSingularAndTheMatchedWordIsMarked() {
		save("Biomark " + tag + " NV", OrganisationType.ENTERPRISE, "9000", List.of("biomarker"),
				"We validate one biomarker for " + tag + " studies.");
		List<RegistrySearch.Hit> hits = find("biomarkers " + tag, null, null);
		assertThat(hits).extracting(RegistrySearch.Hit::name).containsExactly("Biomark " + tag + " NV");
		assertThat(hits.get(0).snippetHtml()).contains("<mark>biomarker</mark>");
	}

	@Test
	void aDutchPluralFindsTheSingularAndAccentsDoNotMatter() {
		save("Génomique " + tag + " SA", OrganisationType.ENTERPRISE, "9000", List.of("génomique"),
				"Wij ontwikkelen één biomerker voor " + tag + ".");
		assertThat(find("biomerkers " + tag, null, null)).hasSize(1);
		assertThat(find("genomique " + tag, null, null)).hasSize(1);
		assertThat(find("GENOMIQUE " + tag, null, null)).hasSize(1);
	}

	@Test
	void filtersByTypeAndRegion() {
		save("Flemish " + tag + " NV", OrganisationType.ENTERPRISE, "3000", List.of(), tag);
		save("Brussels " + tag + " SA", OrganisationType.ENTERPRISE, "1000", List.of(), tag);
		save("Lab " + tag, OrganisationType.RTO, "9000", List.of(), tag);
		assertThat(find(tag, null, null)).hasSize(3);
		assertThat(find(tag, OrganisationType.ENTERPRISE, Region.FLEMISH_REGION)).extracting(RegistrySearch.Hit::name)
			.containsExactly("Flemish " + tag + " NV");
		assertThat(find(tag, OrganisationType.RTO, null)).extracting(RegistrySearch.Hit::name).containsExactly("Lab " + tag);
		assertThat(find(tag, null, Region.BRUSSELS_CAPITAL_REGION)).hasSize(1);
	}

	@Test
	void filtersByPlaceInTheValueChainAndTherapeuticAreaAndFindsTechnologiesAndOffers() {
		save("Data " + tag + " NV", OrganisationType.ENTERPRISE, "3000", List.of(), tag);
		save("Onco " + tag + " NV", OrganisationType.ENTERPRISE, "3000", List.of(), tag);
		jdbc.sql("update organisations set value_chain = '{DATA_AI}', technologies = '{federated learning}' where name = ?")
			.param("Data " + tag + " NV").update();
		jdbc.sql("update organisations set value_chain = '{BIOMARKERS_DIAGNOSTICS}', therapeutic_areas = '{II}', "
				+ "offers = 'liquid biopsies' where name = ?").param("Onco " + tag + " NV").update();

		assertThat(find(new RegistrySearch.Query(tag, null, null, ValueChainPlace.DATA_AI, null, 0)))
			.containsExactly("Data " + tag + " NV");
		assertThat(find(new RegistrySearch.Query(tag, null, null, null, "II", 0))).containsExactly("Onco " + tag + " NV");
		assertThat(find(new RegistrySearch.Query(tag, null, null, ValueChainPlace.DATA_AI, "II", 0))).isEmpty();
		assertThat(find(new RegistrySearch.Query("federated " + tag, null, null, null, null, 0)))
			.containsExactly("Data " + tag + " NV");
		assertThat(find(new RegistrySearch.Query("biopsy " + tag, null, null, null, null, 0)))
			.containsExactly("Onco " + tag + " NV");
	}

	@Test
	void theNameWeighsMoreThanTheDescription() {
		save("Aardvark " + tag + " BV", OrganisationType.ENTERPRISE, "9000", List.of(), "Cell therapy " + tag);
		save("Celltherapy " + tag + " Partners", OrganisationType.ENTERPRISE, "9000", List.of("celltherapy"), tag);
		assertThat(find("celltherapy " + tag, null, null)).extracting(RegistrySearch.Hit::name)
			.first().isEqualTo("Celltherapy " + tag + " Partners");
	}

	@Test
	void followsEveryChangeOfTheRegistryAndFindsAProfileTooLongToStoreUncompressed() {
		save("Renamed " + tag + " NV", OrganisationType.ENTERPRISE, "9000", List.of(), "genomics");
		jdbc.sql("update organisations set name = ? where name = ?")
			.params("Pharmacogenomics " + tag + " NV", "Renamed " + tag + " NV")
			.update();
		assertThat(find("pharmacogenomics " + tag, null, null)).extracting(RegistrySearch.Hit::name)
			.containsExactly("Pharmacogenomics " + tag + " NV");

		jdbc.sql("update organisations set active = false where name = ?").param("Pharmacogenomics " + tag + " NV").update();
		assertThat(find(tag, null, null)).isEmpty();
		jdbc.sql("update organisations set active = true where name = ?").param("Pharmacogenomics " + tag + " NV").update();
		assertThat(find(tag, null, null)).hasSize(1);

		// Some 3,000 distinct words: a vector of well over 8 KB, which the table keeps compressed instead.
		String longDescription = IntStream.range(0, 3_000)
			.mapToObj(i -> "word" + Integer.toString(i, 36) + "x")
			.collect(Collectors.joining(" ")) + " " + tag;
		save("Verbose " + tag + " NV", OrganisationType.ENTERPRISE, "9000", List.of(), longDescription);
		assertThat(find("word1zzx " + tag, null, null)).extracting(RegistrySearch.Hit::name)
			.containsExactly("Verbose " + tag + " NV");
	}

	@Test
	void staffSearchOnThePageWithTheMatchedWordsMarkedAndNoMarkupOfTheProfile() throws Exception {
		save("Escape " + tag + " NV", OrganisationType.ENTERPRISE, "9000", List.of(), "<b>" + tag + "</b> imaging");
		mvc.perform(get("/staff/organisations").param("q", tag + " imaging").param("type", "ENTERPRISE")
			.with(user(userDetails.loadUserByUsername(data.user(Role.STAFF).getEmail()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One organisation found")))
			.andExpect(content().string(containsString("<mark>" + tag + "</mark>")))
			.andExpect(content().string(containsString("<mark>imaging</mark>")))
			.andExpect(content().string(not(containsString("<b>"))));
	}

	private List<String> find(RegistrySearch.Query query) {
		return search.search(query).hits().stream().map(RegistrySearch.Hit::name).toList();
	}

	private List<RegistrySearch.Hit> find(String text, OrganisationType type, Region region) {
		return search.search(new RegistrySearch.Query(text, type, region, 0)).hits();
	}

	private void save(String name, OrganisationType type, String postalCode, List<String> expertise, String description) {
		organisations.save(new Organisation(name, type, null, postalCode, "City", "BE", clock)
			.withProfile(null, null, null, expertise, description));
	}
}
