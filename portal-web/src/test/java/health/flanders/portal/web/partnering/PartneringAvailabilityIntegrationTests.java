package health.flanders.portal.web.partnering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** A participant gives several periods they are free within the window (16:00 to 18:00), each checked. */
@PortalIntegrationTest
@Import(PartneringTestData.class)
class PartneringAvailabilityIntegrationTests {

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

	@Test
	void aParticipantIsFreeInTwoPeriodsAndSeesThemAgainWithASpareRow() throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser person = data.user(Role.APPLICANT);
		partnering.register(session, person);
		mvc.perform(profile(session, person, "16:00", "16:40", "", "", "17:00", "18:00"))
			.andExpect(redirectedUrl("/info-sessions/" + session.getId() + "/partnering"));
		assertThat(periods(session, person)).containsExactly("16:00-16:40", "17:00-18:00");
		mvc.perform(get("/info-sessions/" + session.getId() + "/partnering/profile").with(as(person)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("form",
					org.hamcrest.Matchers.hasProperty("availability", org.hamcrest.Matchers.hasSize(3))))
			.andExpect(content().string(containsString("value=\"16:40\"")))
			.andExpect(content().string(containsString("Free until (period 3)")));
	}

	@Test
	void periodsMayTouchButNotOverlap() throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser person = data.user(Role.APPLICANT);
		partnering.register(session, person);
		mvc.perform(profile(session, person, "16:00", "17:00", "16:40", "17:20"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "availability[1].from",
					"partnering.profile.available.overlap"))
			.andExpect(content().string(containsString("This period overlaps the one from 16:00 to 17:00")))
			.andExpect(content().string(containsString("value=\"17:20\"")));
		assertThat(periods(session, person)).isEmpty();
		mvc.perform(profile(session, person, "16:00", "17:00", "17:00", "17:20"))
			.andExpect(redirectedUrl("/info-sessions/" + session.getId() + "/partnering"));
		assertThat(periods(session, person)).containsExactly("16:00-17:00", "17:00-17:20");
	}

	@Test
	void eachBadPeriodIsMarkedBesideItsFieldAndNothingChanges() throws Exception {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser person = data.user(Role.APPLICANT);
		partnering.register(session, person);
		mvc.perform(profile(session, person, "16:00", "18:00"))
			.andExpect(redirectedUrl("/info-sessions/" + session.getId() + "/partnering"));
		long version = jdbc.sql("select version from partnering_participants where user_id = ?")
			.param(person.getId())
			.query(Long.class)
			.single();
		expect(profile(session, person, "15:30", "16:30").param("version", Long.toString(version)),
				"availability[0].from", "partnering.profile.available.outsideWindow");
		expect(profile(session, person, "17:00", "18:20").param("version", Long.toString(version)),
				"availability[0].until", "partnering.profile.available.outsideWindow");
		expect(profile(session, person, "17:00", "16:20").param("version", Long.toString(version)),
				"availability[0].until", "partnering.profile.availableUntil.afterFrom");
		expect(profile(session, person, "17:00", "").param("version", Long.toString(version)),
				"availability[0].until", "partnering.profile.available.incomplete");
		expect(profile(session, person, "", "17:00").param("version", Long.toString(version)),
				"availability[0].from", "partnering.profile.available.incomplete");
		expect(profile(session, person, "", "", "", "").param("version", Long.toString(version)), "availability",
				"partnering.profile.available.required");
		expect(profile(session, person, "16:00", "17:00", "25:00", "17:30").param("version", Long.toString(version)),
				"availability[1].from", "typeMismatch");
		assertThat(periods(session, person)).containsExactly("16:00-18:00");
	}

	private void expect(MockHttpServletRequestBuilder request, String field, String code) throws Exception {
		mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", field, code))
			.andExpect(content().string(containsString("Sequencing of whole genomes")));
	}

	/** The profile of a new organisation with these periods, each a from and an until. */
	private MockHttpServletRequestBuilder profile(InfoSession session, PortalUser person, String... times) {
		MockHttpServletRequestBuilder request = post("/info-sessions/" + session.getId() + "/partnering/profile")
			.with(csrf())
			.with(user(userDetails.loadUserByUsername(person.getEmail())))
			.param("name", "New Genomics NV")
			.param("type", "RTO")
			.param("postalCode", "9000")
			.param("country", "BE")
			.param("offers", "Sequencing of whole genomes")
			.param("looksFor", "Hospitals with cohorts")
			.param("version", "0");
		for (int i = 0; i < times.length / 2; i++) {
			request.param("availability[" + i + "].from", times[2 * i])
				.param("availability[" + i + "].until", times[2 * i + 1]);
		}
		return request;
	}

	private List<String> periods(InfoSession session, PortalUser person) {
		return jdbc.sql("""
				select to_char(a.starts_at at time zone 'Europe/Brussels', 'HH24:MI') || '-'
				       || to_char(a.ends_at at time zone 'Europe/Brussels', 'HH24:MI')
				from partnering_availability a join partnering_participants p on p.id = a.participant_id
				where p.session_id = ? and p.user_id = ? order by a.starts_at""")
			.params(session.getId(), person.getId())
			.query(String.class)
			.list();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
