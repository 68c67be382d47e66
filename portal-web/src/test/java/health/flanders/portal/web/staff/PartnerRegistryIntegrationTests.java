package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.organisation.ValueChainPlace;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Staff keep partner profiles: register, edit with a history, deactivate, erase the contact person. */
@PortalIntegrationTest
class PartnerRegistryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	RegistrySearch search;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void registerEditDeactivateAndEraseTheContactWithEveryChangeKept() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		String tag = "zp" + TestData.unique().substring(0, 10);
		String number = TestData.freshEnterpriseNumber().formatted();
		String location = mvc.perform(profile(post("/staff/organisations"), "Partner " + tag + " NV", number, 0)
			.param("contactName", "Ann Peeters").param("contactEmail", "Ann@Example.org").param("contactListedOn", "2026-11-20")
			.with(csrf()).with(as(staff))).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Organisation registered = organisations.findById(id).orElseThrow();
		assertThat(registered.getValueChain()).containsExactly(ValueChainPlace.DATA_AI, ValueChainPlace.BIOMARKERS_DIAGNOSTICS);
		assertThat(registered.getContactEmail()).isEqualTo("ann@example.org");
		assertThat(registered.getRegion().name()).isEqualTo("FLEMISH_REGION");

		mvc.perform(profile(post("/staff/organisations/{id}", id), "Partner " + tag + " NV", number, registered.getVersion())
			.param("description", "Now also liquid biopsy " + tag).param("contactName", "Ann Peeters")
			.param("contactEmail", "ann@example.org").param("contactListedOn", "2026-11-20")
			.with(csrf()).with(as(staff))).andExpect(status().isFound());
		// A second save of the same, now old, version is refused and changes nothing.
		mvc.perform(profile(post("/staff/organisations/{id}", id), "Renamed " + tag, number, registered.getVersion())
			.with(csrf()).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this profile in the meantime")));
		assertThat(organisations.findById(id).orElseThrow().getName()).isEqualTo("Partner " + tag + " NV");
		assertThat(search.search(new RegistrySearch.Query("liquid biopsy " + tag, null, null, 0)).total()).isEqualTo(1);

		mvc.perform(post("/staff/organisations/{id}/erase-contact", id).with(csrf()).with(as(staff))).andExpect(status().isFound());
		mvc.perform(post("/staff/organisations/{id}/deactivate", id).with(csrf()).with(as(staff))).andExpect(status().isFound());
		Organisation after = organisations.findById(id).orElseThrow();
		assertThat(after.getContactName()).isNull();
		assertThat(after.getContactEmail()).isNull();
		assertThat(after.isActive()).isFalse();
		assertThat(search.search(new RegistrySearch.Query("liquid biopsy " + tag, null, null, 0)).total()).isZero();

		mvc.perform(get("/staff/organisations/{id}", id).with(as(staff)))
			.andExpect(content().string(containsString("registered")))
			.andExpect(content().string(containsString("description")))
			.andExpect(content().string(containsString("contact person erased")))
			.andExpect(content().string(containsString("deactivated")))
			.andExpect(content().string(containsString(staff.getEmail())))
			.andExpect(content().string(containsString("Erased at their request")));
	}

	@Test
	void badInputKeepsWhatWasTypedAndSavesNothing() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		String tag = "zb" + TestData.unique().substring(0, 10);
		var taken = data.flemishEnterprise("Taken " + tag + " NV", null);
		long before = organisations.count();
		mvc.perform(profile(post("/staff/organisations"), "Copy " + tag, taken.getEnterpriseNumber().formatted(), 0)
			.with(csrf()).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("belongs to Taken " + tag + " NV")))
			.andExpect(content().string(containsString("value=\"Copy " + tag + "\"")));
		mvc.perform(profile(post("/staff/organisations"), "Wrong " + tag, "0123.456.789", 0)
			.param("contactName", "Bert").with(csrf()).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not a valid Belgian enterprise number")))
			.andExpect(content().string(containsString("Give the day the contact person agreed to be listed.")));
		assertThat(organisations.count()).isEqualTo(before);
	}

	private static MockHttpServletRequestBuilder profile(MockHttpServletRequestBuilder request, String name, String number,
			long version) {
		return request.param("name", name)
			.param("type", "ENTERPRISE")
			.param("size", "SME")
			.param("enterpriseNumber", number)
			.param("postalCode", "3000")
			.param("city", "Leuven")
			.param("country", "BE")
			.param("expertise", "biomarkers, liquid biopsy")
			.param("valueChain", "DATA_AI", "BIOMARKERS_DIAGNOSTICS")
			.param("therapeuticAreas", "II")
			.param("version", String.valueOf(version));
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
