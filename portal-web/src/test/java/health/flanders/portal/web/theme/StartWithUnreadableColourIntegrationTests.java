package health.flanders.portal.web.theme;

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
 * The portal as an operator starts it with a primary colour too light for the white text of buttons: it does not
 * start, and its output names the setting and the contrast ratio, not a stack trace to read.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartWithUnreadableColourIntegrationTests {

	@Test
	void aPrimaryColourUnder4point5To1StopsThePortalAndSaysWhichAndHowFar(CapturedOutput output) {
		try (FreshDatabase database = FreshDatabase.create()) {
			Map<String, Object> settings = database.properties();
			settings.put("server.port", 0);
			settings.put("spring.docker.compose.enabled", false);
			settings.put("icon.operator.primary-colour", "#999999");
			String[] arguments = settings.entrySet()
				.stream()
				.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
				.toArray(String[]::new);

			assertThatThrownBy(() -> new SpringApplicationBuilder(PortalApplication.class).run(arguments))
				.hasRootCauseInstanceOf(ThemeSettingException.class)
				.hasStackTraceContaining("ICON_OPERATOR_PRIMARY_COLOUR");
			assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
				.contains("ICON_OPERATOR_PRIMARY_COLOUR: #999999 has a contrast ratio of 2.84:1 with the white text of"
						+ " primary buttons (#ffffff); WCAG 2.1 AA asks for at least 4.5:1.")
				.contains("Set ICON_OPERATOR_PRIMARY_COLOUR to a darker colour");
		}
	}
}
