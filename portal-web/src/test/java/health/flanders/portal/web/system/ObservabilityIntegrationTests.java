package health.flanders.portal.web.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class ObservabilityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void everyResponseCarriesACorrelationId() throws Exception {
		mvc.perform(get("/")).andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
		mvc.perform(get("/").header("X-Request-Id", "lb-7f3a9c21"))
			.andExpect(header().string("X-Request-Id", "lb-7f3a9c21"));
		mvc.perform(get("/").header("X-Request-Id", "bad\r\nid"))
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
	}

	@Test
	void prometheusMetricsAreForAdminsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(user(userDetails.loadUserByUsername(data.user(Role.ADMIN).getEmail()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus").with(user(userDetails.loadUserByUsername(data.user(Role.STAFF).getEmail()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isFound());
	}

	@Test
	void thePublicSeesOnlyTheHealthOfThePortal() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
		mvc.perform(get("/actuator/metrics")).andExpect(status().isFound());
		mvc.perform(get("/actuator/env")).andExpect(status().isFound());
	}
}
