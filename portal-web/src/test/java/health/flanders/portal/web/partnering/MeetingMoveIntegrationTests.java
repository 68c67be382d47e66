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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import biweekly.component.VEvent;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;
import jakarta.mail.internet.MimeMessage;

/**
 * Staff move meetings on a schedule of 6 slots (16:00 to 18:00, 20 minutes) and 5 tables: Ann meets Bob at 16:00 at
 * table 1, Cas meets Dirk at 16:00 at table 2, Ann meets Cas at 16:20 at table 1; Dirk is free until 16:40 only.
 */
@PortalIntegrationTest
@Import(PartneringTestData.class)
class MeetingMoveIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PartneringTestData partnering;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	InfoSession session;

	PortalUser staff;

	PortalUser admin;

	PortalUser ann;

	PortalUser cas;

	long annAndBob;

	long casAndDirk;

	long annAndCas;

	@BeforeEach
	void schedule() {
		session = partnering.withPartnering(data.openCall(), 5);
		staff = data.user(Role.STAFF);
		admin = data.user(Role.ADMIN);
		ann = data.user(Role.APPLICANT);
		cas = data.user(Role.APPLICANT);
		PartneringParticipant anns = partnering.participant(session, ann, "Ann NV", OrganisationType.ENTERPRISE,
				TestData.freshEnterpriseNumber().digits(), "Software", "Research");
		PartneringParticipant bobs = partnering.participant(session, data.user(Role.APPLICANT), "Bob Lab",
				OrganisationType.RTO, null, "Research", "Software");
		PartneringParticipant cass = partnering.participant(session, cas, "Cas BV", OrganisationType.OTHER, null,
				"Data", "Data");
		PartneringParticipant dirks = partnering.participant(session, data.user(Role.APPLICANT), "Dirk Hospital",
				OrganisationType.HOSPITAL, null, "Cohorts", "Data");
		jdbc.sql("update partnering_availability set ends_at = starts_at + interval '40 minutes' where participant_id = ?")
			.param(dirks.getId())
			.update();
		annAndBob = meeting(anns, bobs, 0, 1);
		casAndDirk = meeting(cass, dirks, 0, 2);
		annAndCas = meeting(anns, cass, 1, 1);
		jdbc.sql("update partnering_events set requests_closed_at = now() where session_id = ?")
			.param(session.getId())
			.update();
	}

	@Test
	void aMeetingMovedToAFreeTableAndTimeIsMovedAndBothAreEmailedTheirNewAgenda() throws Exception {
		mvc.perform(get(grid()).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cas BV")))
			.andExpect(content().string(containsString(">16:20</time>")));
		mvc.perform(get(movePath(annAndCas)).with(as(staff))).andExpect(status().isOk());

		move(annAndCas, 3, 4, 0).andExpect(redirectedUrl(grid())).andExpect(flash().attribute("moved", true));

		assertThat(where(annAndCas)).containsExactly(3, 4);
		for (PortalUser person : List.of(ann, cas)) {
			MimeMessage mail = mailbox.awaitMessageTo(person.getEmail(),
					message -> PartneringAgendaIntegrationTests.subject(message).startsWith("Your meeting with"));
			assertThat(Mailbox.text(mail)).contains("is moved", "from 17:00 to 17:20", "at table 4");
			List<VEvent> events = biweekly.Biweekly.parse(PartneringAgendaIntegrationTests.calendarOf(mail))
				.first()
				.getEvents();
			assertThat(events).anySatisfy(event -> assertThat(event.getDateStart().getValue().toInstant())
				.isEqualTo(partnering.inAWeekAt(LocalTime.of(17, 0))));
		}
		mvc.perform(get(movePath(annAndCas)).with(as(staff)))
			.andExpect(content().string(containsString(">17:00</time>")))
			.andExpect(content().string(containsString("Table 4")));
	}

	@Test
	void aMoveThatPutsSomeoneInTwoPlacesIsRefusedBesideTheTimeAndChangesNothing() throws Exception {
		move(annAndCas, 0, 3, 0).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "slot", "partnering.move.refused.PARTICIPANT_BUSY"))
			.andExpect(content().string(containsString("Ann NV already meets Bob Lab at that time.")));
		assertThat(where(annAndCas)).containsExactly(1, 1);
	}

	@Test
	void aMoveToATableTakenAtThatTimeIsRefusedBesideTheTable() throws Exception {
		move(annAndBob, 0, 2, 0).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "table", "partnering.move.refused.TABLE_TAKEN"))
			.andExpect(content().string(containsString("Table 2 is taken at that time by the meeting of Cas BV and Dirk Hospital.")));
		assertThat(where(annAndBob)).containsExactly(0, 1);
	}

	@Test
	void aMoveOutsideAParticipantsAvailabilityIsRefused() throws Exception {
		move(casAndDirk, 3, 2, 0).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "slot",
					"partnering.move.refused.PARTICIPANT_UNAVAILABLE"))
			.andExpect(content().string(containsString("Dirk Hospital is not free at that time.")));
		assertThat(where(casAndDirk)).containsExactly(0, 2);
	}

	@Test
	void aMoveToATableOrTimeTheSessionDoesNotHaveIsRefused() throws Exception {
		move(annAndBob, 0, 6, 0).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "table", "partnering.move.refused.NO_SUCH_TABLE"))
			.andExpect(content().string(containsString("Choose a table from 1 to 5.")));
		move(annAndBob, 6, 1, 0).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "slot", "partnering.move.refused.NO_SUCH_SLOT"));
		assertThat(where(annAndBob)).containsExactly(0, 1);
	}

	@Test
	void aMeetingThatIsNoLongerAcceptedCannotBeMoved() throws Exception {
		jdbc.sql("update partnering_requests set status = 'DECLINED' where id = ?").param(annAndBob).update();
		move(annAndBob, 4, 1, 0).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "slot", "partnering.move.refused.UNKNOWN_MEETING"));
		assertThat(where(annAndBob)).containsExactly(0, 1);
	}

	@Test
	void aMoveFromAFormOfBeforeAnotherMoveSaysSoAndChangesNothing() throws Exception {
		move(annAndCas, 3, 4, 0).andExpect(redirectedUrl(grid()));

		move(annAndCas, 5, 5, 0).andExpect(status().isOk())
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("Someone else changed the schedule meanwhile.")));
		assertThat(where(annAndCas)).containsExactly(3, 4);
	}

	@Test
	void staffReachTheGridFromTheSessionsPartneringPageAndParticipantsDoNotSeeTheLink() throws Exception {
		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering").with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("For staff")))
			.andExpect(content().string(containsString("href=\"" + grid() + "\"")))
			.andExpect(content().string(not(containsString("/admin/info-sessions/" + session.getId() + "/partnering\""))));
		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering").with(as(admin)))
			.andExpect(content().string(containsString("href=\"" + grid() + "\"")))
			.andExpect(content().string(containsString("/admin/info-sessions/" + session.getId() + "/partnering\"")));
		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering").with(as(ann)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(grid()))));
		mvc.perform(get(grid()).with(as(staff)))
			.andExpect(content().string(containsString("Back to the session&#39;s partnering page")))
			.andExpect(content().string(not(containsString("Back to the partnering settings"))));
	}

	@Test
	void staffAndAdminsSeeTheGridAndMoveOthersAreRefusedAndAnotherSessionsMeetingIsNotFound() throws Exception {
		mvc.perform(get(grid()).with(as(admin))).andExpect(status().isOk());
		mvc.perform(get("/staff/info-sessions/" + session.getId() + "/partnering/cards").with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ann NV")));
		mvc.perform(get(grid()).with(as(ann))).andExpect(status().isForbidden());
		mvc.perform(post(movePath(annAndCas)).with(csrf()).with(as(ann)).param("slot", "3").param("table", "4"))
			.andExpect(status().isForbidden());
		InfoSession other = partnering.withPartnering(data.openCall(), 5);
		mvc.perform(get("/staff/info-sessions/" + other.getId() + "/partnering/meetings/" + annAndCas + "/move")
			.with(as(staff))).andExpect(status().isNotFound());
		assertThat(where(annAndCas)).containsExactly(1, 1);
	}

	private ResultActions move(long meeting, int slot, int table, long version) throws Exception {
		return mvc.perform(post(movePath(meeting)).with(csrf())
			.with(as(staff))
			.param("slot", String.valueOf(slot))
			.param("table", String.valueOf(table))
			.param("version", String.valueOf(version)));
	}

	private long meeting(PartneringParticipant requester, PartneringParticipant invitee, int slot, int table) {
		long id = jdbc.sql("""
				insert into partnering_requests (session_id, requester_id, invitee_id, status, requested_at, answered_at)
				values (?, ?, ?, 'ACCEPTED', now(), now()) returning id""")
			.params(session.getId(), requester.getId(), invitee.getId())
			.query(Long.class)
			.single();
		jdbc.sql("insert into partnering_meetings (request_id, session_id, slot, table_number, scheduled_at) values (?, ?, ?, ?, now())")
			.params(id, session.getId(), slot, table)
			.update();
		return id;
	}

	private List<Integer> where(long meeting) {
		return jdbc.sql("select slot, table_number from partnering_meetings where request_id = ?")
			.param(meeting)
			.query((row, n) -> List.of(row.getInt(1), row.getInt(2)))
			.single();
	}

	private String grid() {
		return "/staff/info-sessions/" + session.getId() + "/partnering/grid";
	}

	private String movePath(long meeting) {
		return "/staff/info-sessions/" + session.getId() + "/partnering/meetings/" + meeting + "/move";
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
