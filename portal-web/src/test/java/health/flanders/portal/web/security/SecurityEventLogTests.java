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
	void aVeryLongNameIsCut() {
		assertThat(SecurityEventLog.clean("x".repeat(1000))).hasSize(323);
	}
}
