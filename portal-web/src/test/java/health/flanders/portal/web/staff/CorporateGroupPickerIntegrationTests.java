package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.organisation.CorporateGroup;
import health.flanders.portal.call.organisation.CorporateGroups;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.LockWaits;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Staff choose an organisation's corporate group from the registry's groups, or type one: one group per name. */
@PortalIntegrationTest
class CorporateGroupPickerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	CorporateGroups groups;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theFormOffersTheRegisteredGroupsInALabelledListThatNeedsNoJavaScript() throws Exception {
		String tag = TestData.unique().substring(0, 8);
		data.flemishEnterprise("Member " + tag + " NV", "Picker " + tag + " Group");

		String page = mvc.perform(get("/staff/organisations/new").with(as(data.user(Role.STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label class=\"form-label\" for=\"corporateGroup\">Corporate group (if any)</label>")))
			.andExpect(content().string(containsString("list=\"corporateGroup-groups\"")))
			.andExpect(content().string(containsString("aria-describedby=\"corporateGroup-hint\"")))
			.andExpect(content().string(containsString("<datalist id=\"corporateGroup-groups\">")))
			.andExpect(content().string(containsString("<option value=\"Picker " + tag + " Group\"></option>")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// One field each: the picker is the only field offering a list.
		assertThat(page.split("id=\"corporateGroup\"", -1)).hasSize(2);
		assertThat(page.split("id=\"name\"", -1)).hasSize(2);
		assertThat(page.split(" list=\"", -1)).hasSize(2);
	}

	@Test
	void aGroupTypedWithOtherCaseAccentsAndSpacesJoinsTheRegisteredOneAndANewNameAddsOne() throws Exception {
		String tag = TestData.unique().substring(0, 8);
		Organisation first = data.flemishEnterprise("First " + tag + " NV", "Acme " + tag + " Group");
		PortalUser staff = data.user(Role.STAFF);

		long second = register(staff, "Second " + tag + " NV", "  ÁCME  " + tag.toUpperCase() + "   group ");
		long third = register(staff, "Third " + tag + " NV", "Other " + tag + " Holding");

		CorporateGroup acme = first.getCorporateGroup();
		assertThat(organisations.findById(second).orElseThrow().getCorporateGroup()).isEqualTo(acme);
		assertThat(organisations.findById(third).orElseThrow().getCorporateGroup().getName())
			.isEqualTo("Other " + tag + " Holding");
		assertThat(jdbc.sql("select count(*) from corporate_groups where key like :key")
			.param("key", "%" + tag.toLowerCase() + "%")
			.query(Long.class)
			.single()).isEqualTo(2);
		mvc.perform(get("/staff/organisations/{id}", second).with(as(staff)))
			.andExpect(content().string(containsString("Acme " + tag + " Group")));
	}

	@Test
	void twoPeopleTypingOneNewGroupAtOnceGetOneEntry() throws Exception {
		String name = "Race " + TestData.unique().substring(0, 8) + " Group";
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Long> first = threads.submit(() -> transaction.execute(status -> {
				long id = groups.register(name).orElseThrow().getId();
				firstInserted.countDown();
				LockWaits.awaitOrFail(secondStarted);
				return id;
			}));
			LockWaits.awaitOrFail(firstInserted);
			Future<Integer> second = threads.submit(
					() -> transaction.execute(status -> groups.register(name.toLowerCase()).orElseThrow().getId().intValue()));
			// The second waits on the key's unique index until the first commits, then finds the first's row.
			LockWaits.awaitBlockedOrDone(jdbc, "corporate_groups", second);
			secondStarted.countDown();

			long firstId = first.get(10, TimeUnit.SECONDS);
			assertThat(second.get(10, TimeUnit.SECONDS).longValue()).isEqualTo(firstId);
			assertThat(jdbc.sql("select count(*) from corporate_groups where key = lower(:name)")
				.param("name", name)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private long register(PortalUser staff, String name, String group) throws Exception {
		String location = mvc.perform(post("/staff/organisations").param("name", name)
			.param("type", "ENTERPRISE")
			.param("enterpriseNumber", TestData.freshEnterpriseNumber().formatted())
			.param("corporateGroup", group)
			.param("postalCode", "9000")
			.param("city", "Gent")
			.param("country", "BE")
			.param("version", "0")
			.with(csrf())
			.with(as(staff))).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
