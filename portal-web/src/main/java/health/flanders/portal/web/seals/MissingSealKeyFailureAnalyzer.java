package health.flanders.portal.web.seals;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in a few lines, instead of a stack trace, which key is missing and how to make it. */
class MissingSealKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingSealKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingSealKeyException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Set " + cause.variable() + " to a key made with\n\n    " + cause.howToMake()
						+ "\n\nand keep it secret and outside the database (see the README, \"Seals\"). To try the portal"
						+ " on your machine, run it with the demo profile, which carries published development keys.",
				cause);
	}
}
