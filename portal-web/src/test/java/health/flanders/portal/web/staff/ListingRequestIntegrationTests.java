package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Anyone asks to be listed; staff approve (the organisation joins the registry) or decline with a reason e-mailed. */
@PortalIntegrationTest
class ListingRequestIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	Mailbox mailbox;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anApprovedRequestJoinsTheRegistryOnceWithItsConsentingContact() throws Exception {
		String email = "listing-" + TestData.unique() + "@example.org";
		String name = "Listed " + TestData.unique().substring(0, 8) + " BV";
		mvc.perform(request(name, email).param("consent", "true")).andExpect(redirectedUrl("/connect/listing/sent"));
		long id = jdbc.sql("select id from listing_requests where contact_email = ?").param(email).query(Long.class).single();

		RequestPostProcessor staff = staff();
		mvc.perform(post("/staff/listing-requests/{id}/approve", id).param("version", "0").with(csrf()).with(staff))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("success"));
		// The same click again, from a page that was open in another tab: handled already, nothing twice.
		mvc.perform(post("/staff/listing-requests/{id}/approve", id).param("version", "0").with(csrf()).with(staff))
			.andExpect(flash().attribute("listingError", containsString("handled this request in the meantime")));

		var organisation = organisations.findAll().stream().filter(o -> o.getName().equals(name)).toList();
		assertThat(organisation).hasSize(1);
		assertThat(organisation.get(0).getContactEmail()).isEqualTo(email);
		assertThat(organisation.get(0).getContactListedOn()).isNotNull();
		assertThat(mailbox.awaitMessageTo(email).getSubject()).isEqualTo(name + " is listed in Connect");
	}

	@Test
	void aDeclineNeedsAReasonAndEMailsIt() throws Exception {
		String email = "declined-" + TestData.unique() + "@example.org";
		mvc.perform(request("Declined BV", email).param("consent", "true")).andExpect(status().isFound());
		long id = jdbc.sql("select id from listing_requests where contact_email = ?").param(email).query(Long.class).single();
		RequestPostProcessor staff = staff();
		mvc.perform(post("/staff/listing-requests/{id}/decline", id).param("version", "0").param("reason", " ")
			.with(csrf()).with(staff)).andExpect(flash().attribute("listingError", containsString("Give the reason")));
		mvc.perform(post("/staff/listing-requests/{id}/decline", id).param("version", "0")
			.param("reason", "Connect lists organisations active in personalised medicine.").with(csrf()).with(staff))
			.andExpect(flash().attributeExists("success"));
		assertThat(Mailbox.text(mailbox.awaitMessageTo(email))).contains("Connect lists organisations active in personalised medicine.");
	}

	@Test
	void withoutConsentOrWithAWrongNumberNothingIsKept() throws Exception {
		String email = "refused-" + TestData.unique() + "@example.org";
		mvc.perform(request("Refused BV", email).param("enterpriseNumber", "0123.456.789"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Without your consent we cannot list you as the contact person.")))
			.andExpect(content().string(containsString("not a valid Belgian enterprise number")))
			.andExpect(content().string(containsString("value=\"Refused BV\"")));
		assertThat(jdbc.sql("select count(*) from listing_requests where contact_email = ?").param(email)
			.query(Long.class).single()).isZero();
	}

	private static MockHttpServletRequestBuilder request(String name, String email) {
		return post("/connect/listing").with(csrf())
			.param("name", name)
			.param("type", "ENTERPRISE")
			.param("postalCode", "2000")
			.param("city", "Antwerpen")
			.param("country", "BE")
			.param("description", "We build software for pharmacogenomic testing.")
			.param("contactName", "Ann Peeters")
			.param("contactEmail", email);
	}

	private RequestPostProcessor staff() {
		return user(userDetails.loadUserByUsername(data.user(Role.STAFF).getEmail()));
	}
}
