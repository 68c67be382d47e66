package health.flanders.portal.web.partnering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.partnering.PartneringEventRepository;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
@Import(PartneringTestData.class)
class PartneringIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PartneringTestData partnering;

	@Autowired
	PartneringEventRepository events;

	@Autowired
	Partnering service;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminSwitchesPartneringOnWithItsWindowInBrusselsTime() throws Exception {
		InfoSession session = partnering.session(data.openCall());
		mvc.perform(get("/admin/info-sessions/" + session.getId() + "/partnering").with(as(data.user(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Number of tables")));
		mvc.perform(post("/admin/info-sessions/" + session.getId() + "/partnering").with(csrf())
			.with(as(data.user(Role.ADMIN)))
			.param("enabled", "true")
			.param("windowStart", "16:00")
			.param("windowEnd", "18:00")
			.param("meetingMinutes", "15")
			.param("tables", "12")
			.param("requestLimit", "6")
			.param("version", "0"))
			.andExpect(redirectedUrl("/admin/info-sessions/" + session.getId() + "/partnering"));
		var event = events.findById(session.getId()).orElseThrow();
		assertThat(event.isEnabled()).isTrue();
		assertThat(event.getWindowStartsAt()).isEqualTo(partnering.inAWeekAt(LocalTime.of(16, 0)));
		assertThat(event.getWindowEndsAt()).isEqualTo(partnering.inAWeekAt(LocalTime.of(18, 0)));
		assertThat(event.getMeetingMinutes()).isEqualTo(15);
		assertThat(event.getTableCount()).isEqualTo(12);
		assertThat(event.getRequestLimit()).isEqualTo(6);
		assertThat(event.slots()).isEqualTo(8);
	}

	@Test
	void settingsThatDoNotHoldTogetherAreNamedBesideTheirFieldsAndNothingIsSaved() throws Exception {
		InfoSession session = partnering.session(data.openCall());
		mvc.perform(post("/admin/info-sessions/" + session.getId() + "/partnering").with(csrf())
			.with(as(data.user(Role.ADMIN)))
			.param("enabled", "true")
			.param("windowStart", "18:00")
			.param("windowEnd", "16:00")
			.param("meetingMinutes", "30")
			.param("tables", "0")
			.param("requestLimit", "5")
			.param("videoLinkBase", "https://meet.example.org/icon")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "windowEnd", "partnering.admin.windowEnd.afterStart"))
			.andExpect(model().attributeHasFieldErrorCode("form", "meetingMinutes", "partnering.admin.meetingMinutes.choice"))
			.andExpect(model().attributeHasFieldErrors("form", "tables"))
			.andExpect(model().attributeHasFieldErrorCode("form", "videoLinkBase", "partnering.admin.videoLinkBase.inPerson"))
			.andExpect(content().string(containsString("The window ends after it starts, on the same day.")))
			.andExpect(content().string(containsString("value=\"18:00\"")));
		assertThat(events.findById(session.getId())).isEmpty();
	}

	@Test
	void aRegistrantPublishesAProfileOfANewEnterpriseWithItsEnterpriseNumber() throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser person = data.user(Role.APPLICANT);
		partnering.register(session, person);
		String number = TestData.freshEnterpriseNumber().formatted();
		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering").with(as(person)))
			.andExpect(content().string(containsString("Take part: publish my profile")));
		mvc.perform(profile(session, person).param("type", "ENTERPRISE").param("enterpriseNumber", number))
			.andExpect(redirectedUrl("/info-sessions/" + session.getId() + "/partnering"));
		assertThat(participantId(session, person)).isNotNull();
		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering/profile").with(as(person)))
			.andExpect(content().string(containsString(number)));
	}

	@Test
	void aProfileWithoutTheEnterpriseNumberOrFreeOutsideTheWindowIsRefusedBesideTheFieldAndNothingSaved()
			throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser person = data.user(Role.APPLICANT);
		partnering.register(session, person);
		mvc.perform(profile(session, person).param("type", "ENTERPRISE").param("enterpriseNumber", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "enterpriseNumber",
					"partnering.profile.enterpriseNumber.required"))
			.andExpect(content().string(containsString("needs its enterprise number")));
		mvc.perform(profile(session, person).param("type", "ENTERPRISE")
			.param("enterpriseNumber", "0419.052.174"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "enterpriseNumber"));
		mvc.perform(profile(session, person, "15:00").param("type", "RTO"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "availability[0].from",
					"partnering.profile.available.outsideWindow"))
			.andExpect(content().string(containsString("Choose a time within the meetings window, 16:00 to 18:00.")))
			.andExpect(content().string(containsString("Sequencing of whole genomes")));
		assertThat(participantId(session, person)).isNull();
	}

	@Test
	void someoneWithoutAConfirmedRegistrationCannotTakePart() throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser stranger = data.user(Role.APPLICANT);
		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering").with(as(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("confirmed registration")));
		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering/profile").with(as(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(profile(session, stranger).param("type", "RTO")).andExpect(status().isNotFound());
		InfoSession without = partnering.session(data.openCall());
		mvc.perform(get("/info-sessions/" + without.getId() + "/partnering").with(as(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOthersAreRankedWithTheirReasonsAndTheRtoThatClosesTheGapComesFirst() throws Exception {
		Call call = data.openCall();
		InfoSession session = partnering.withPartnering(call, 5);
		PortalUser viewer = data.user(Role.APPLICANT);
		partnering.participant(session, viewer, "Viewer Pharma", OrganisationType.ENTERPRISE,
				TestData.freshEnterpriseNumber().digits(), "Clinical trial design for rare diseases",
				"Pharmacogenomic sequencing and biobank samples", "1b", "2a");
		partnering.participant(session, data.user(Role.APPLICANT), "Hospital Unrelated", OrganisationType.HOSPITAL, null,
				"Catering for events", "Volunteers", "2b");
		partnering.participant(session, data.user(Role.APPLICANT), "Genome Lab University", OrganisationType.RTO, null,
				"Pharmacogenomic sequencing of patient cohorts", "Clinical trial partners", "1b");
		partnering.participant(session, data.user(Role.APPLICANT), "Second Enterprise", OrganisationType.ENTERPRISE,
				TestData.freshEnterpriseNumber().digits(), "Software", "Data", "2a");
		String page = mvc.perform(get("/info-sessions/" + session.getId() + "/partnering").with(as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Targets goals 1b, as you do", "Offers what you look for: Pharmacogenomic, sequencing",
				"Looks for what you offer: Clinical, trial",
				"Would be the first research and technology organisation of your consortium",
				"An independent Flemish enterprise, which your consortium still needs");
		assertThat(page.indexOf("Genome Lab University")).isLessThan(page.indexOf("Second Enterprise"));
		assertThat(page.indexOf("Second Enterprise")).isLessThan(page.indexOf("Hospital Unrelated"));
		String dutch = mvc.perform(get("/info-sessions/" + session.getId() + "/partnering").param("lang", "nl")
			.with(as(viewer))).andReturn().getResponse().getContentAsString();
		assertThat(dutch).contains("Zou de eerste onderzoeks- en technologieorganisatie van uw consortium zijn");
	}

	@Test
	void aRequestGoesToTheOtherWhoAcceptsAndBothAreEmailed() throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser asking = data.user(Role.APPLICANT);
		PortalUser asked = data.user(Role.APPLICANT);
		PortalUser outsider = data.user(Role.APPLICANT);
		partnering.participant(session, asking, "Asking NV", OrganisationType.ENTERPRISE,
				TestData.freshEnterpriseNumber().digits(), "Software", "Research", "1a");
		PartneringParticipant other = partnering.participant(session, asked, "Asked Lab", OrganisationType.RTO, null,
				"Research", "Software", "1a");
		partnering.participant(session, outsider, "Outsider BV", OrganisationType.ENTERPRISE,
				TestData.freshEnterpriseNumber().digits(), "Other", "Other", "1a");
		mvc.perform(post("/info-sessions/" + session.getId() + "/partnering/requests").with(csrf())
			.with(as(asking))
			.param("to", other.getId().toString())
			.param("message", "Shall we talk about cohorts?"))
			.andExpect(redirectedUrl("/info-sessions/" + session.getId() + "/partnering"));
		assertThat(Mailbox.text(mailbox.awaitMessageTo(asked.getEmail()))).contains("Asking NV",
				"Shall we talk about cohorts?");
		long request = jdbc.sql("select id from partnering_requests where invitee_id = ?")
			.param(other.getId())
			.query(Long.class)
			.single();
		String answer = "/info-sessions/" + session.getId() + "/partnering/requests/" + request + "/answer";
		mvc.perform(post(answer).with(csrf()).with(as(outsider)).param("accept", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(post(answer).with(csrf()).with(as(asking)).param("accept", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering").with(as(outsider)))
			.andExpect(content().string(not(containsString("Shall we talk about cohorts?"))));
		mvc.perform(post(answer).with(csrf()).with(as(asked)).param("accept", "true"))
			.andExpect(redirectedUrl("/info-sessions/" + session.getId() + "/partnering#requests-received"));
		assertThat(jdbc.sql("select status from partnering_requests where id = ?").param(request).query(String.class)
			.single()).isEqualTo("ACCEPTED");
		assertThat(Mailbox.text(mailbox.awaitMessageTo(asking.getEmail()))).contains("accepted your request",
				asked.getEmail());
		assertThat(mailbox.awaitMessagesTo(asked.getEmail(), 2)).hasSize(2);
	}

	@Test
	void requestsToOneselfTwiceOrBeyondTheLimitAreRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 1);
		PortalUser asking = data.user(Role.APPLICANT);
		PartneringParticipant me = partnering.participant(session, asking, "Asking NV", OrganisationType.ENTERPRISE,
				TestData.freshEnterpriseNumber().digits(), "Software", "Research");
		PartneringParticipant first = partnering.participant(session, data.user(Role.APPLICANT), "First Lab",
				OrganisationType.RTO, null, "Research", "Software");
		PartneringParticipant second = partnering.participant(session, data.user(Role.APPLICANT), "Second Lab",
				OrganisationType.RTO, null, "Research", "Software");
		request(session, asking, me).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "to", "partnering.request.refused.oneself"))
			.andExpect(content().string(containsString("You cannot ask yourself for a meeting.")));
		request(session, asking, first).andExpect(status().isFound());
		request(session, asking, first).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "to", "partnering.request.refused.twice"));
		request(session, asking, second).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "to", "partnering.request.refused.limit"));
		mvc.perform(post("/info-sessions/" + session.getId() + "/partnering/requests").with(csrf())
			.with(as(asking))
			.param("to", second.getId().toString())
			.param("message", "x".repeat(501)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "message"));
		assertThat(jdbc.sql("select count(*) from partnering_requests where requester_id = ?").param(me.getId())
			.query(Integer.class)
			.single()).isEqualTo(1);
		InfoSession otherSession = partnering.withPartnering(data.openCall(), 5);
		PartneringParticipant elsewhere = partnering.participant(otherSession, data.user(Role.APPLICANT), "Elsewhere",
				OrganisationType.RTO, null, "Research", "Software");
		request(session, asking, elsewhere).andExpect(status().isNotFound());
	}

	@Test
	void requestsSentAtOnceNeverPassTheLimit() throws Exception {
		int limit = 3;
		InfoSession session = partnering.withPartnering(data.openCall(), limit);
		PortalUser asking = data.user(Role.APPLICANT);
		PartneringParticipant me = partnering.participant(session, asking, "Asking NV", OrganisationType.ENTERPRISE,
				TestData.freshEnterpriseNumber().digits(), "Software", "Research");
		List<PartneringParticipant> others = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			others.add(partnering.participant(session, data.user(Role.APPLICANT), "Lab " + i, OrganisationType.RTO, null,
					"Research", "Software"));
		}
		SignedInUser signedIn = new SignedInUser(asking.getId(), asking.getEmail(), asking.getFullName(), "", true,
				List.of());
		ExecutorService pool = Executors.newFixedThreadPool(others.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Boolean>> sent = new ArrayList<>();
			for (PartneringParticipant other : others) {
				Callable<Boolean> send = () -> {
					start.await();
					try {
						service.request(session.getId(), signedIn, other.getId(), "");
						return true;
					}
					catch (RequestRefusedException ex) {
						return false;
					}
				};
				sent.add(pool.submit(send));
			}
			start.countDown();
			int succeeded = 0;
			for (Future<Boolean> future : sent) {
				succeeded += future.get() ? 1 : 0;
			}
			assertThat(succeeded).isEqualTo(limit);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from partnering_requests where requester_id = ?").param(me.getId())
			.query(Integer.class)
			.single()).isEqualTo(limit);
	}

	@Test
	void theDatabaseRefusesARequestBeyondTheLimitWhateverTheCode() {
		InfoSession session = partnering.withPartnering(data.openCall(), 1);
		PartneringParticipant me = partnering.participant(session, data.user(Role.APPLICANT), "Asking NV",
				OrganisationType.RTO, null, "Software", "Research");
		PartneringParticipant first = partnering.participant(session, data.user(Role.APPLICANT), "First",
				OrganisationType.RTO, null, "Research", "Software");
		PartneringParticipant second = partnering.participant(session, data.user(Role.APPLICANT), "Second",
				OrganisationType.RTO, null, "Research", "Software");
		String insert = "insert into partnering_requests (session_id, requester_id, invitee_id, requested_at) values (?, ?, ?, now())";
		jdbc.sql(insert).params(session.getId(), me.getId(), first.getId()).update();
		assertThatThrownBy(() -> jdbc.sql(insert).params(session.getId(), me.getId(), second.getId()).update())
			.hasMessageContaining("most requests allowed");
		assertThatThrownBy(() -> jdbc.sql(insert).params(session.getId(), first.getId(), me.getId()).update())
			.hasMessageContaining("uk_partnering_requests_pair");
	}

	@Test
	void closingTheRequestsSchedulesTheAcceptedMeetingsIntoEachAgendaWithTimeAndTable() throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser hub = data.user(Role.APPLICANT);
		PortalUser one = data.user(Role.APPLICANT);
		PortalUser two = data.user(Role.APPLICANT);
		PartneringParticipant hubs = partnering.participant(session, hub, "Hub NV", OrganisationType.ENTERPRISE,
				TestData.freshEnterpriseNumber().digits(), "Software", "Research");
		PartneringParticipant ones = partnering.participant(session, one, "One Lab", OrganisationType.RTO, null,
				"Research", "Software");
		PartneringParticipant twos = partnering.participant(session, two, "Two Lab", OrganisationType.RTO, null,
				"Research", "Software");
		String insert = """
				insert into partnering_requests (session_id, requester_id, invitee_id, status, requested_at, answered_at)
				values (?, ?, ?, 'ACCEPTED', now(), now())""";
		jdbc.sql(insert).params(session.getId(), hubs.getId(), ones.getId()).update();
		jdbc.sql(insert).params(session.getId(), twos.getId(), hubs.getId()).update();

		mvc.perform(post("/admin/info-sessions/" + session.getId() + "/partnering/schedule").with(csrf())
			.with(as(data.user(Role.ADMIN))))
			.andExpect(redirectedUrl("/admin/info-sessions/" + session.getId() + "/partnering"));

		List<Integer> slots = jdbc.sql("select slot from partnering_meetings where session_id = ? order by slot")
			.param(session.getId())
			.query(Integer.class)
			.list();
		assertThat(slots).hasSize(2).doesNotHaveDuplicates().allMatch(slot -> slot >= 0 && slot < 6);
		assertThat(events.findById(session.getId()).orElseThrow().getRequestsClosedAt()).isNotNull();
		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering").with(as(hub)))
			.andExpect(content().string(containsString("Your agenda (Brussels time)")))
			.andExpect(content().string(containsString("Table 1")))
			.andExpect(content().string(containsString("with Test APPLICANT, One Lab")))
			.andExpect(content().string(containsString("with Test APPLICANT, Two Lab")))
			.andExpect(content().string(containsString(">" + LocalTime.of(16, 0).plusMinutes(20L * slots.get(0)) + "</time>")))
			.andExpect(content().string(containsString(">" + LocalTime.of(16, 0).plusMinutes(20L * slots.get(1)) + "</time>")));
		mvc.perform(get("/admin/info-sessions/" + session.getId() + "/partnering").with(as(data.user(Role.ADMIN))))
			.andExpect(content().string(containsString("Meetings placed: 2. Not placed: 0.")));
		request(session, one, twos).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "to", "partnering.request.refused.closed"));
	}

	private org.springframework.test.web.servlet.ResultActions request(InfoSession session, PortalUser asking,
			PartneringParticipant to) throws Exception {
		return mvc.perform(post("/info-sessions/" + session.getId() + "/partnering/requests").with(csrf())
			.with(as(asking))
			.param("to", to.getId().toString())
			.param("message", "Hello"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder profile(InfoSession session,
			PortalUser person) {
		return profile(session, person, "16:00");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder profile(InfoSession session,
			PortalUser person, String availableFrom) {
		return post("/info-sessions/" + session.getId() + "/partnering/profile").with(csrf())
			.with(as(person))
			.param("name", "New Genomics NV")
			.param("postalCode", "9000")
			.param("country", "BE")
			.param("offers", "Sequencing of whole genomes")
			.param("looksFor", "Hospitals with cohorts")
			.param("availability[0].from", availableFrom)
			.param("availability[0].until", "17:00")
			.param("version", "0");
	}

	private Long participantId(InfoSession session, PortalUser person) {
		return jdbc.sql("select id from partnering_participants where session_id = ? and user_id = ?")
			.params(session.getId(), person.getId())
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
