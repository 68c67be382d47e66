package health.flanders.portal.web.theme;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in a few lines, instead of a stack trace, which setting of the operator's identity is refused and why. */
class ThemeFailureAnalyzer extends AbstractFailureAnalyzer<ThemeSettingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ThemeSettingException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}
}
