package health.flanders.portal.web.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

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

/** The ecosystem map counts the active organisations by place in the value chain and type, within the filters. */
@PortalIntegrationTest
class EcosystemMapIntegrationTests {

	@Autowired
	EcosystemMap map;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void countsEachPlaceOfAnOrganisationAndOnlyWhatTheFiltersLetThrough() {
		// Chapter XXII (codes for special purposes) is one no other test's organisation works in.
		EcosystemMap.Picture before = map.draw(Region.WALLOON_REGION, "XXII");
		save("Map Two Places NV", OrganisationType.ENTERPRISE, "4000", "{DATA_AI,CLINICAL_STUDIES}", "{XXII}");
		save("Map Lab", OrganisationType.RTO, "5000", "{DATA_AI}", "{XXII}");
		save("Map Elsewhere NV", OrganisationType.ENTERPRISE, "9000", "{DATA_AI}", "{XXII}");
		save("Map Inactive NV", OrganisationType.ENTERPRISE, "4000", "{DATA_AI}", "{XXII}");
		jdbc.sql("update organisations set active = false where name like 'Map Inactive NV %'").update();

		EcosystemMap.Picture after = map.draw(Region.WALLOON_REGION, "XXII");

		assertThat(after.organisations() - before.organisations()).isEqualTo(2);
		assertThat(count(after, ValueChainPlace.DATA_AI, OrganisationType.ENTERPRISE)
				- count(before, ValueChainPlace.DATA_AI, OrganisationType.ENTERPRISE)).isEqualTo(1);
		assertThat(count(after, ValueChainPlace.DATA_AI, OrganisationType.RTO)
				- count(before, ValueChainPlace.DATA_AI, OrganisationType.RTO)).isEqualTo(1);
		assertThat(count(after, ValueChainPlace.CLINICAL_STUDIES, OrganisationType.ENTERPRISE)
				- count(before, ValueChainPlace.CLINICAL_STUDIES, OrganisationType.ENTERPRISE)).isEqualTo(1);
		EcosystemMap.Row data = row(after, ValueChainPlace.DATA_AI);
		assertThat(data.parts()).extracting(EcosystemMap.Part::width).allMatch(width -> width <= EcosystemMap.BAR_WIDTH);
	}

	@Test
	void thePublicSeesCountsAndStaffAlsoLinksToTheSearch() throws Exception {
		save("Map Public NV", OrganisationType.ENTERPRISE, "9000", "{MANUFACTURING_LOGISTICS}", "{XXI}");
		mvc.perform(get("/connect/map").param("area", "XXI"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Manufacturing &amp; logistics · ")))
			.andExpect(content().string(containsString("The same in numbers")))
			.andExpect(content().string(not(containsString("/staff/organisations?"))));
		mvc.perform(get("/connect/map").param("area", "XXI")
			.with(user(userDetails.loadUserByUsername(data.user(Role.STAFF).getEmail()))))
			.andExpect(content().string(containsString("/staff/organisations?place=MANUFACTURING_LOGISTICS&amp;type=ENTERPRISE&amp;region=&amp;area=XXI")));
	}

	private void save(String name, OrganisationType type, String postalCode, String places, String areas) {
		Organisation organisation = organisations.save(new Organisation(name + " " + TestData.unique().substring(0, 6),
				type, null, postalCode, "City", "BE", clock));
		jdbc.sql("update organisations set value_chain = cast(? as text[]), therapeutic_areas = cast(? as text[]) where id = ?")
			.params(places, areas, organisation.getId())
			.update();
	}

	private static long count(EcosystemMap.Picture picture, ValueChainPlace place, OrganisationType type) {
		EcosystemMap.Row row = row(picture, place);
		return row == null ? 0 : row.count(type);
	}

	private static EcosystemMap.Row row(EcosystemMap.Picture picture, ValueChainPlace place) {
		return picture.rows().stream().filter(row -> row.place() == place).findFirst().orElse(null);
	}
}
