package health.flanders.portal.web.calls;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.Call;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class CallPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void theCallPageShowsGoalsRuleAndSessionsInBrusselsTime() throws Exception {
		Call call = data.openCall();
		data.session(call, "Leuven session",
				LocalDateTime.of(2019, 5, 28, 16, 30).atZone(ZoneId.of("Europe/Brussels")).toInstant());
		mvc.perform(get("/calls/{id}", call.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(call.getTitle())))
			.andExpect(content().string(containsString("Wider availability of data")))
			.andExpect(content().string(containsString("at least 3 independent Flemish enterprises")))
			.andExpect(content().string(containsString("28 May 2019, 16:30")))
			.andExpect(content().string(containsString("Leuven session")))
			.andExpect(content().string(containsString("(Provinciehuis Leuven)")))
			.andExpect(content().string(containsString("EUR 10,000,000")));
	}

	@Test
	void theCallPageSpeaksDutchWhenAsked() throws Exception {
		Call call = data.openCall();
		data.session(call, "Leuven session",
				LocalDateTime.of(2019, 5, 28, 16, 30).atZone(ZoneId.of("Europe/Brussels")).toInstant());
		mvc.perform(get("/calls/{id}", call.getId()).param("lang", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"nl\"")))
			.andExpect(content().string(containsString("Wie kan indienen")))
			.andExpect(content().string(containsString("28 mei 2019 16:30")))
			.andExpect(content().string(containsString("EUR 10.000.000")));
	}

	@Test
	void anUnknownCallIsAFriendlyNotFoundPage() throws Exception {
		mvc.perform(get("/calls/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This page does not exist")));
	}

	@Test
	void theHomePageListsThePublishedCalls() throws Exception {
		Call call = data.openCall();
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(call.getTitle())))
			.andExpect(content().string(containsString("Sign in")));
	}
}
