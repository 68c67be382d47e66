package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityEventLogTests {

	@Test
	void aLineBreakInANameCannotStartAForgedLogLine() {
		assertThat(SecurityEventLog.clean("eve@example.org\r\n2026-11-23 INFO Sign-in of admin@example.org"))
			.isEqualTo("eve@example.org__2026-11-23 INFO Sign-in of admin@example.org")
			.doesNotContain("\n", "\r");
	}

	@Test
	void unicodeLineBreaksCannotStartAForgedLogLineEither() {
		assertThat(SecurityEventLog.clean("eve@example.org\u0085a\u2028b\u2029c\u000Bd\u000Ce"))
			.isEqualTo("eve@example.org_a_b_c_d_e");
	}

	@Test
	void anOrdinaryNameIsLoggedAsTyped() {
		assertThat(SecurityEventLog.clean("Anne-Marie.Ó'Brien+icon@example.org"))
			.isEqualTo("Anne-Marie.Ó'Brien+icon@example.org");
	}

	@Test
	void aVeryLongNameIsCut() {
		assertThat(SecurityEventLog.clean("x".repeat(1000))).hasSize(323);
	}
}
