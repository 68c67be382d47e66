package health.flanders.portal.web.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in a few lines, instead of a stack trace, how to give the packaged portal its database. */
class NoDatabaseConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfiguredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfiguredException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Set SPRING_DATASOURCE_URL to a PostgreSQL database, e.g. jdbc:postgresql://db.example.org:5432/icon,"
						+ " with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (see the README,"
						+ " \"Configuration\"). On a development machine with only a JDK, run the portal with"
						+ " `./mvnw -pl portal-web -am spring-boot:run` instead, which starts an embedded PostgreSQL.",
				cause);
	}
}
