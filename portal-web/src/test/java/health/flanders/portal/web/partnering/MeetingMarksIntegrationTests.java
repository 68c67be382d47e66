package health.flanders.portal.web.partnering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * After the session, each participant marks their scheduled meetings as held or not and whether to follow them up; a
 * follow-up introduces their proposal to the other organisation, and staff see the meetings in the counselling log.
 */
@PortalIntegrationTest
@Import({ PartneringTestData.class, MutableClockConfiguration.class })
class MeetingMarksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PartneringTestData partnering;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** A session whose writer (with a draft on the call) met a registry organisation's participant, scheduled. */
	private record Met(InfoSession session, PortalUser writer, PortalUser other, Proposal proposal,
			Organisation otherOrganisation, long requestId) {
	}

	private Met met() throws Exception {
		Call call = data.openCall();
		InfoSession session = partnering.withPartnering(call, 5);
		PortalUser writer = data.user(Role.APPLICANT);
		PortalUser other = data.user(Role.APPLICANT);
		Organisation ours = data.flemishEnterprise("Ours " + TestData.unique(), null);
		Organisation theirs = data.university("Theirs " + TestData.unique());
		String contact = "contact-" + TestData.unique() + "@example.org";
		jdbc.sql("update organisations set contact_name = 'Els Peeters', contact_email = ?, contact_listed_on = "
				+ "current_date where id = ?").params(contact, theirs.getId()).update();
		Proposal proposal = data.proposal(call, writer, "MEET" + TestData.unique().substring(0, 4), ours);
		PartneringParticipant writers = partnering.participant(session, writer, ours.getName(),
				OrganisationType.ENTERPRISE, ours.getEnterpriseNumber().digits(), "Software", "Research");
		PartneringParticipant others = partnering.participant(session, other, theirs.getName(), OrganisationType.RTO,
				null, "Research", "Software");
		jdbc.sql("update partnering_participants set organisation_id = ? where id = ?")
			.params(ours.getId(), writers.getId())
			.update();
		jdbc.sql("update partnering_participants set organisation_id = ? where id = ?")
			.params(theirs.getId(), others.getId())
			.update();
		long requestId = jdbc.sql("""
				insert into partnering_requests (session_id, requester_id, invitee_id, status, requested_at, answered_at)
				values (?, ?, ?, 'ACCEPTED', now(), now()) returning id""")
			.params(session.getId(), writers.getId(), others.getId())
			.query(Long.class)
			.single();
		mvc.perform(post("/admin/info-sessions/" + session.getId() + "/partnering/schedule").with(csrf())
			.with(as(data.user(Role.ADMIN))));
		return new Met(session, writer, other, proposal, theirs, requestId);
	}

	@Test
	void aFollowUpIntroducesTheProposalAndStaffSeeTheMeetingInTheCounsellingLog() throws Exception {
		Met met = met();
		String page = "/info-sessions/" + met.session().getId() + "/partnering";
		mvc.perform(get(page).with(as(met.writer()))).andExpect(content().string(not(containsString("After the session"))));
		mvc.perform(mark(met, met.writer()).param("held", "true").param("followUp", "true")
			.param("proposalId", met.proposal().getId().toString())
			.header("Referer", "http://localhost" + page))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("refusal", containsString("has not taken place yet")));
		assertThat(marks(met)).isEmpty();

		clock.setInstant(partnering.inAWeekAt(LocalTime.of(18, 1)));
		mvc.perform(get(page).with(as(met.writer())))
			.andExpect(content().string(containsString("After the session")))
			.andExpect(content().string(containsString(met.proposal().getAcronym())));
		mvc.perform(mark(met, met.writer()).param("held", "true").param("followUp", "true")
			.param("proposalId", met.proposal().getId().toString()))
			.andExpect(redirectedUrl(page + "#meeting-" + met.requestId()));
		Map<String, Object> row = jdbc.sql("select * from partnering_meeting_marks where request_id = ?")
			.param(met.requestId())
			.query()
			.singleRow();
		assertThat(row).containsEntry("held", true)
			.containsEntry("follow_up", true)
			.containsEntry("proposal_id", met.proposal().getId());
		long introduction = jdbc.sql("select id from introductions where proposal_id = ? and organisation_id = ?")
			.params(met.proposal().getId(), met.otherOrganisation().getId())
			.query(Long.class)
			.single();
		assertThat(row.get("introduction_id")).isEqualTo(introduction);
		String contact = jdbc.sql("select contact_email from organisations where id = ?")
			.param(met.otherOrganisation().getId())
			.query(String.class)
			.single();
		assertThat(Mailbox.text(mailbox.awaitMessageTo(contact))).contains(met.proposal().getAcronym());

		// Where introductions show: the proposal's partners page, for its applicants.
		mvc.perform(get("/proposals/" + met.proposal().getId() + "/partners").with(as(met.writer())))
			.andExpect(content().string(containsString(met.otherOrganisation().getName())));
		// Staff: the session's meeting in the counselling log, with both sides' marks.
		mvc.perform(get("/staff/proposals/" + met.proposal().getId() + "/partners").with(as(data.user(Role.STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Partnering meetings at information sessions")))
			.andExpect(content().string(containsString(met.session().getTitle())))
			.andExpect(content().string(containsString("Test APPLICANT: held, follow up")))
			.andExpect(content().string(containsString("Test APPLICANT: not marked")));
		mvc.perform(get(page).with(as(met.writer())))
			.andExpect(content().string(containsString("followed up: introduced on " + met.proposal().getAcronym())));
	}

	@Test
	void eachPartyMarksOnlyTheirOwnAndAnyoneElseGetsA404() throws Exception {
		Met met = met();
		clock.setInstant(partnering.inAWeekAt(LocalTime.of(18, 1)));
		PortalUser outsider = data.user(Role.APPLICANT);
		partnering.participant(met.session(), outsider, "Outsider BV", OrganisationType.OTHER, null, "x", "y");
		mvc.perform(mark(met, outsider).param("held", "true")).andExpect(status().isNotFound());
		mvc.perform(post("/info-sessions/" + met.session().getId() + "/partnering/meetings/" + met.requestId()
				+ "/marks").with(csrf()).with(as(data.user(Role.APPLICANT))).param("held", "true"))
			.andExpect(status().isNotFound());
		// A proposal that is not the participant's own.
		Proposal strangers = data.proposal(met.proposal().getCall(), outsider, "STRA" + TestData.unique().substring(0, 4));
		mvc.perform(mark(met, met.writer()).param("followUp", "true").param("proposalId", strangers.getId().toString()))
			.andExpect(status().isNotFound());
		assertThat(marks(met)).isEmpty();

		mvc.perform(mark(met, met.writer()).param("held", "true"));
		mvc.perform(mark(met, met.other()));
		assertThat(jdbc.sql("""
				select u.email || ':' || k.held || ':' || k.follow_up from partnering_meeting_marks k
				join partnering_participants p on p.id = k.participant_id join users u on u.id = p.user_id
				where k.request_id = ? order by u.email""").param(met.requestId()).query(String.class).list())
			.containsExactlyInAnyOrder(met.writer().getEmail() + ":true:false", met.other().getEmail() + ":false:false");
	}

	@Test
	void aFollowUpWithoutAProposalIsKeptForLater() throws Exception {
		Met met = met();
		clock.setInstant(partnering.inAWeekAt(LocalTime.of(18, 1)));
		String page = "/info-sessions/" + met.session().getId() + "/partnering";
		mvc.perform(get(page).with(as(met.other())))
			.andExpect(content().string(containsString("You write no open proposal in this session")));
		mvc.perform(mark(met, met.other()).param("held", "true").param("followUp", "true"))
			.andExpect(redirectedUrl(page + "#meeting-" + met.requestId()));
		mvc.perform(get(page).with(as(met.other())))
			.andExpect(content().string(containsString("follow-up kept, not introduced yet")));
		assertThat(jdbc.sql("select follow_up and proposal_id is null and introduction_id is null "
				+ "from partnering_meeting_marks where request_id = ?").param(met.requestId()).query(Boolean.class).single())
			.isTrue();
	}

	private MockHttpServletRequestBuilder mark(Met met, PortalUser person) {
		return post("/info-sessions/" + met.session().getId() + "/partnering/meetings/" + met.requestId() + "/marks")
			.with(csrf())
			.with(as(person));
	}

	private java.util.List<Boolean> marks(Met met) {
		return jdbc.sql("select held from partnering_meeting_marks where request_id = ?")
			.param(met.requestId())
			.query(Boolean.class)
			.list();
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
