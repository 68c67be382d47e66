package health.flanders.portal.web.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.PartnerProfile;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.matching.MatchRequest;
import health.flanders.portal.matching.PartnerMatcher;
import health.flanders.portal.matching.RegistryFeed;
import health.flanders.portal.matching.Suggestion;
import health.flanders.portal.web.staff.PartnerRegistry;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Suggested partners for a proposal from the live registry, introductions and the counselling log. */
@PortalIntegrationTest
class ConnectIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PartnerRegistry registry;

	@Autowired
	RegistryFeed feed;

	@Autowired
	PartnerMatcher matcher;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Mailbox mailbox;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theIndexFollowsTheRegistryEvenWhenAnOlderTransactionCommitsLast() throws Exception {
		String word = madeUpWord();
		long id = registry.register(profile("Follow Imaging NV", List.of("imaging"), "contact-" + word + "@example.org"),
				"staff@example.org");
		long other = registry.register(profile("Other Imaging NV", List.of("imaging"), "other-" + word + "@example.org"),
				"staff@example.org");
		feed.catchUp();
		assertThat(found(word)).isEmpty();

		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);
		Future<?> slow = Executors.newSingleThreadExecutor().submit(() -> transaction.executeWithoutResult(status -> {
			jdbc.sql("update organisations set expertise = array[?] where id = ?").params(word, id).update();
			written.countDown();
			await(mayCommit);
		}));
		assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
		// A change that commits while the slow transaction is still open, and a catch-up in between.
		jdbc.sql("update organisations set description = ? where id = ?").params(word, other).update();
		feed.catchUp();
		assertThat(found(word)).containsExactly(other);
		mayCommit.countDown();
		slow.get(10, TimeUnit.SECONDS);

		feed.catchUp();
		assertThat(found(word)).containsExactlyInAnyOrder(id, other);

		jdbc.sql("update organisations set active = false where id = ?").param(id).update();
		feed.catchUp();
		assertThat(found(word)).containsExactly(other);
	}

	@Test
	void anApplicantIntroducesTheProposalAndTheContactAcceptsOnce() throws Exception {
		String word = madeUpWord();
		String contact = "contact-" + word + "@example.org";
		long organisationId = registry.register(profile("Introduced " + word + " NV", List.of(word, "pharmacogenomics"),
				contact), "staff@example.org");
		PortalUser applicant = data.user(Role.APPLICANT);
		Call call = data.openCall();
		Proposal proposal = data.proposal(call, applicant, "INTRO" + word.substring(0, 4).toUpperCase(Locale.ROOT),
				data.flemishEnterprise("Member " + word + " NV", null));
		jdbc.sql("update proposals set abstract = ?, title = 'Dosing by genotype' where id = ?")
			.params("We guide dosing with " + word + " and pharmacogenomics.", proposal.getId())
			.update();
		RequestPostProcessor asApplicant = user(userDetails.loadUserByUsername(applicant.getEmail()));

		mvc.perform(get("/proposals/{id}/partners", proposal.getId()).with(asApplicant))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Introduced " + word + " NV")))
			.andExpect(content().string(containsString("shares " + word)))
			.andExpect(content().string(containsString("would be the first research and technology organisation")));

		String introduce = "/proposals/" + proposal.getId() + "/partners/" + organisationId + "/introduce";
		mvc.perform(post(introduce).param("message", " ").with(csrf()).with(asApplicant))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"message-error\"")));
		assertThat(introductions(proposal)).isZero();

		mvc.perform(post(introduce).param("message", "We look for a partner in dosing.").with(csrf()).with(asApplicant))
			.andExpect(redirectedUrl("/proposals/" + proposal.getId() + "/partners"));
		mvc.perform(post(introduce).param("message", "Again.").with(csrf()).with(asApplicant))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("introduced to this organisation already")));
		assertThat(introductions(proposal)).isEqualTo(1);

		String mail = Mailbox.text(mailbox.awaitMessageTo(contact));
		assertThat(mail).contains("We look for a partner in dosing.");
		Matcher link = Pattern.compile("/connect/introductions/([A-Za-z0-9_-]+)").matcher(mail);
		assertThat(link.find()).isTrue();
		String answer = "/connect/introductions/" + link.group(1);
		mvc.perform(get(answer)).andExpect(status().isOk()).andExpect(content().string(containsString("Accept")));
		mvc.perform(post(answer).param("accept", "true").with(csrf())).andExpect(redirectedUrl(answer));
		mvc.perform(post(answer).param("accept", "false").with(csrf())).andExpect(redirectedUrl(answer));
		mvc.perform(get(answer))
			.andExpect(content().string(containsString("You accepted this introduction")))
			.andExpect(content().string(containsString(applicant.getEmail())));
		assertThat(Mailbox.text(mailbox.awaitMessageTo(applicant.getEmail()))).contains("accepted the introduction");
		assertThat(mailbox.messagesTo(applicant.getEmail())).hasSize(1);

		mvc.perform(get("/proposals/{id}/partners", proposal.getId()).with(asApplicant))
			.andExpect(content().string(containsString("Accepted")))
			.andExpect(content().string(containsString(contact)));
		mvc.perform(get("/connect/introductions/not-a-link")).andExpect(status().isNotFound());
	}

	@Test
	void anotherApplicantCannotSeeTheSuggestionsOrIntroduce() throws Exception {
		Proposal proposal = data.proposal(data.openCall(), data.user(Role.APPLICANT), "PRIV" + TestData.unique().substring(0, 4));
		RequestPostProcessor stranger = user(userDetails.loadUserByUsername(data.user(Role.APPLICANT).getEmail()));
		mvc.perform(get("/proposals/{id}/partners", proposal.getId()).with(stranger)).andExpect(status().isNotFound());
		mvc.perform(post("/proposals/{id}/partners/{o}/introduce", proposal.getId(), 1).param("message", "Hi")
			.with(csrf()).with(stranger)).andExpect(status().isNotFound());
	}

	@Test
	void staffKeepTheCounsellingLogAndABadEntryKeepsNothing() throws Exception {
		Proposal proposal = data.proposal(data.openCall(), data.user(Role.APPLICANT), "LOG" + TestData.unique().substring(0, 4));
		RequestPostProcessor staff = user(userDetails.loadUserByUsername(data.user(Role.STAFF).getEmail()));
		String url = "/staff/proposals/" + proposal.getId() + "/counselling";

		mvc.perform(post(url).param("track", "CARRY").param("kind", "MEETING").param("happenedOn", "2026-03-10")
			.param("summary", "Kick-off with the coordinator.").param("nextStepOn", "2026-03-01").with(csrf()).with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The next step cannot come before the entry")))
			.andExpect(content().string(containsString("Kick-off with the coordinator.")));
		assertThat(entries(proposal)).isZero();

		mvc.perform(post(url).param("track", "CULTIVATE").param("kind", "ADVICE").param("happenedOn", "2026-03-10")
			.param("summary", "Add a hospital for the clinical study.").param("nextStepOn", "2026-04-01").with(csrf())
			.with(staff)).andExpect(redirectedUrl("/staff/proposals/" + proposal.getId() + "/partners#counselling"));
		assertThat(entries(proposal)).isEqualTo(1);
		mvc.perform(get("/staff/proposals/{id}/partners", proposal.getId()).with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a hospital for the clinical study.")))
			.andExpect(content().string(containsString("Cultivate")));
		RequestPostProcessor applicant = user(userDetails.loadUserByUsername(data.user(Role.APPLICANT).getEmail()));
		mvc.perform(get("/staff/proposals/{id}/partners", proposal.getId()).with(applicant))
			.andExpect(status().isForbidden());
		mvc.perform(get("/proposals/{id}/partners", proposal.getId()).with(applicant))
			.andExpect(content().string(not(containsString("Add a hospital"))));
	}

	private List<Long> found(String word) {
		return matcher.suggest(new MatchRequest(word, null, Set.of(), Set.of(), false, 0), 5)
			.stream()
			.map(Suggestion::organisationId)
			.toList();
	}

	private long introductions(Proposal proposal) {
		return jdbc.sql("select count(*) from introductions where proposal_id = ?").param(proposal.getId())
			.query(Long.class).single();
	}

	private long entries(Proposal proposal) {
		return jdbc.sql("select count(*) from counselling_entries where proposal_id = ?").param(proposal.getId())
			.query(Long.class).single();
	}

	private static PartnerProfile profile(String name, List<String> expertise, String contactEmail) {
		return new PartnerProfile(name, OrganisationType.RTO, null, null, null, null, null, "3000", "Leuven", "BE", null,
				expertise, "", List.of(), List.of(), Set.of(), "", "", "Ann Peeters", contactEmail,
				LocalDate.of(2026, 1, 5));
	}

	/** A word no other profile has, that the analyzer keeps as it is. */
	private static String madeUpWord() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.append("x").toString();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
