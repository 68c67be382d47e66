package health.flanders.portal.web.seals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import health.flanders.portal.PortalApplication;
import health.flanders.portal.web.support.FreshDatabase;

/**
 * The portal as an operator starts it, without the demo profile: with no audit key it does not start, and its output
 * says which key is missing and how to make it, not a stack trace to read.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartWithoutKeysIntegrationTests {

	@Test
	void withoutTheAuditKeyThePortalRefusesToStartAndSaysHowToMakeOne(CapturedOutput output) {
		try (FreshDatabase database = FreshDatabase.create()) {
			Map<String, Object> settings = database.properties();
			settings.put("server.port", 0);
			settings.put("spring.docker.compose.enabled", false);
			// Command-line arguments win over the tests' config/application.properties, which holds test keys.
			settings.put("icon.audit.key", "");
			String[] arguments = settings.entrySet()
				.stream()
				.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
				.toArray(String[]::new);

			assertThatThrownBy(() -> new SpringApplicationBuilder(PortalApplication.class).run(arguments))
				.hasRootCauseInstanceOf(IllegalArgumentException.class)
				.hasStackTraceContaining("The audit key is not set");
			assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
				.contains("Set ICON_AUDIT_KEY to a key made with")
				.contains("openssl rand -base64 32");
		}
	}
}
