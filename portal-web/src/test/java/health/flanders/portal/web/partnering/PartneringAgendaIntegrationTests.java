package health.flanders.portal.web.partnering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

@PortalIntegrationTest
@Import(PartneringTestData.class)
class PartneringAgendaIntegrationTests {

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

	@Test
	void schedulingEmailsEachParticipantTheirAgendaInTheirLanguageWithAnIcsOfTheirMeetings() throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser ann = data.user(Role.APPLICANT);
		PortalUser bob = data.user(Role.APPLICANT);
		jdbc.sql("update users set locale = 'nl', full_name = 'Bob Peeters' where id = ?").param(bob.getId()).update();
		jdbc.sql("update users set full_name = 'Ann Janssens' where id = ?").param(ann.getId()).update();
		PartneringParticipant anns = partnering.participant(session, ann, "Ann Genomics NV",
				OrganisationType.ENTERPRISE, TestData.freshEnterpriseNumber().digits(), "Sequencing", "Cohorts");
		PartneringParticipant bobs = partnering.participant(session, bob, "Bob Lab", OrganisationType.RTO, null,
				"Cohorts", "Sequencing");
		// Ann also accepted to meet Cas, but Cas is free only when Ann is not: that meeting cannot be placed.
		PortalUser cas = data.user(Role.APPLICANT);
		PartneringParticipant cass = partnering.participant(session, cas, "Cas BV", OrganisationType.OTHER, null,
				"Data", "Data");
		accept(session, anns, bobs);
		accept(session, cass, anns);
		jdbc.sql("update partnering_availability set starts_at = starts_at + interval '100 minutes' where participant_id = ?")
			.param(cass.getId())
			.update();
		jdbc.sql("update partnering_availability set ends_at = starts_at + interval '100 minutes' where participant_id = ?")
			.param(anns.getId())
			.update();

		mvc.perform(post("/admin/info-sessions/" + session.getId() + "/partnering/schedule").with(csrf())
			.with(as(data.user(Role.ADMIN))))
			.andExpect(status().is3xxRedirection());

		Integer slot = jdbc.sql("select slot from partnering_meetings where session_id = ? and slot is not null")
			.param(session.getId())
			.query(Integer.class)
			.single();
		Instant start = partnering.inAWeekAt(LocalTime.of(16, 0)).plus(Duration.ofMinutes(20L * slot));
		String brusselsStart = LocalTime.of(16, 0).plusMinutes(20L * slot).toString();

		MimeMessage toAnn = mailbox.awaitMessageTo(ann.getEmail(), mail -> subject(mail).startsWith("Your partnering agenda"));
		assertThat(Mailbox.text(toAnn)).contains("Dear Ann Janssens", brusselsStart, "Table 1",
				"with Bob Peeters, Bob Lab", "Not placed: no free time in common", "with Test APPLICANT, Cas BV",
				"/api/v1/info-sessions/" + session.getId() + "/partnering/agenda.ics?token=" + token(anns));
		VEvent annsMeeting = onlyEvent(calendarOf(toAnn));
		assertThat(annsMeeting.getDateStart().getValue().toInstant()).isEqualTo(start);
		assertThat(annsMeeting.getDateEnd().getValue().toInstant()).isEqualTo(start.plus(Duration.ofMinutes(20)));
		assertThat(annsMeeting.getSummary().getValue()).isEqualTo("Partnering meeting with Bob Peeters, Bob Lab");
		assertThat(annsMeeting.getLocation().getValue()).isEqualTo("Table 1, Provinciehuis Leuven");

		MimeMessage toBob = mailbox.awaitMessageTo(bob.getEmail(), mail -> subject(mail).startsWith("Uw partneringagenda"));
		assertThat(Mailbox.text(toBob)).contains("Tafel 1", "met Ann Janssens, Ann Genomics NV", brusselsStart);
		VEvent bobsMeeting = onlyEvent(calendarOf(toBob));
		assertThat(bobsMeeting.getSummary().getValue()).isEqualTo("Partneringgesprek met Ann Janssens, Ann Genomics NV");
		assertThat(bobsMeeting.getDateStart().getValue().toInstant()).isEqualTo(start);
		assertThat(bobsMeeting.getUid().getValue()).isEqualTo(annsMeeting.getUid().getValue());

		MimeMessage toCas = mailbox.awaitMessageTo(cas.getEmail(), mail -> subject(mail).startsWith("Your partnering agenda"));
		assertThat(Mailbox.text(toCas)).contains("Not placed: no free time in common");
		assertThat(Biweekly.parse(calendarOf(toCas)).first().getEvents()).isEmpty();
	}

	@Test
	void thePersonalLinkGivesTheAgendaToItsTokenAndNotFoundToAnyOther() throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser ann = data.user(Role.APPLICANT);
		PortalUser bob = data.user(Role.APPLICANT);
		PartneringParticipant anns = partnering.participant(session, ann, "Ann Genomics NV",
				OrganisationType.ENTERPRISE, TestData.freshEnterpriseNumber().digits(), "Sequencing", "Cohorts");
		PartneringParticipant bobs = partnering.participant(session, bob, "Bob Lab", OrganisationType.RTO, null,
				"Cohorts", "Sequencing");
		long meeting = accept(session, anns, bobs);
		jdbc.sql("insert into partnering_meetings (request_id, session_id, slot, table_number, scheduled_at) values (?, ?, 2, 4, now())")
			.params(meeting, session.getId())
			.update();
		String path = "/api/v1/info-sessions/" + session.getId() + "/partnering/agenda.ics";

		String ics = mvc.perform(get(path).param("token", token(anns)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		VEvent event = onlyEvent(ics);
		assertThat(event.getDateStart().getValue().toInstant())
			.isEqualTo(partnering.inAWeekAt(LocalTime.of(16, 40)));
		assertThat(event.getLocation().getValue()).startsWith("Table 4");
		assertThat(event.getSummary().getValue()).contains("Bob Lab");

		mvc.perform(get(path).param("token", "0".repeat(64))).andExpect(status().isNotFound());
		mvc.perform(get(path).param("token", token(anns).toUpperCase())).andExpect(status().isNotFound());
		mvc.perform(get(path)).andExpect(status().isNotFound());
		InfoSession other = partnering.withPartnering(data.openCall(), 5);
		mvc.perform(get("/api/v1/info-sessions/" + other.getId() + "/partnering/agenda.ics").param("token", token(anns)))
			.andExpect(status().isNotFound());

		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering").with(as(ann)))
			.andExpect(content().string(containsString(path + "?token=" + token(anns))))
			.andExpect(content().string(containsString("Add your agenda to your calendar (.ics)")));
		assertThat(token(anns)).matches("[0-9a-f]{64}").isNotEqualTo(token(bobs));
	}

	private long accept(InfoSession session, PartneringParticipant requester, PartneringParticipant invitee) {
		return jdbc.sql("""
				insert into partnering_requests (session_id, requester_id, invitee_id, status, requested_at, answered_at)
				values (?, ?, ?, 'ACCEPTED', now(), now()) returning id""")
			.params(session.getId(), requester.getId(), invitee.getId())
			.query(Long.class)
			.single();
	}

	private String token(PartneringParticipant participant) {
		return jdbc.sql("select agenda_token from partnering_participants where id = ?")
			.param(participant.getId())
			.query(String.class)
			.single();
	}

	static VEvent onlyEvent(String ics) {
		ICalendar calendar = Biweekly.parse(ics).first();
		List<VEvent> events = calendar.getEvents();
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static String calendarOf(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				assertThat(part.getContentType()).startsWith("text/calendar");
				return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("No calendar attached");
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
