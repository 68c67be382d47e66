package health.flanders.portal.web.calls;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class CallApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void aCallIsReadWithItsGoalsAndItsInstantsAtTheBrusselsOffset() throws Exception {
		Call call = data.openCall();
		mvc.perform(get("/api/v1/calls/{id}", call.getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(call.getId()))
			.andExpect(jsonPath("$.title").value(call.getTitle()))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.budgetEur").value(10000000.00))
			.andExpect(jsonPath("$.deadline").value(startsWith(
					call.getDeadline().atZone(ZoneId.of("Europe/Brussels")).toLocalDate().toString())))
			.andExpect(jsonPath("$.deadline").value(org.hamcrest.Matchers.matchesPattern(".*\\+0[12]:00$")))
			.andExpect(jsonPath("$.goals[*].code").value(org.hamcrest.Matchers.contains("1", "1a", "1b", "2", "2a", "2b")))
			.andExpect(jsonPath("$.goals[1].title").value("Wider availability of data"))
			.andExpect(jsonPath("$.goals[1].parent").value("1"));
		mvc.perform(get("/api/v1/calls")).andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(hasItem(call.getId().intValue())));
	}

	@Test
	void anUnknownCallIsAProblemBody() throws Exception {
		mvc.perform(get("/api/v1/calls/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not found"));
	}

	@Test
	void infoSessionsCarryTheirSeatsAndBrusselsTimes() throws Exception {
		Call call = data.openCall();
		InfoSession session = data.session(call, "Session " + TestData.unique(),
				LocalDateTime.of(2019, 5, 28, 16, 30).atZone(ZoneId.of("Europe/Brussels")).toInstant());
		// A session of 2019 is past: the API lists it only when asked for past sessions.
		mvc.perform(get("/api/v1/info-sessions").param("past", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)].startsAt", session.getId()).value("2019-05-28T16:30:00+02:00"))
			.andExpect(jsonPath("$[?(@.id == %d)].endsAt", session.getId()).value("2019-05-28T18:30:00+02:00"))
			.andExpect(jsonPath("$[?(@.id == %d)].capacity", session.getId()).value(120))
			.andExpect(jsonPath("$[?(@.id == %d)].seatsLeft", session.getId()).value(120))
			.andExpect(jsonPath("$[?(@.id == %d)].venue", session.getId()).value("Provinciehuis Leuven"))
			.andExpect(jsonPath("$[?(@.id == %d)].format", session.getId()).value("IN_PERSON"));
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/calls/{id}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/info-sessions']").exists());
	}
}
