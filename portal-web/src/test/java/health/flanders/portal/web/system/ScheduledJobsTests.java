package health.flanders.portal.web.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every instance runs every schedule; a job runs once across instances only if it takes a ShedLock lock. */
class ScheduledJobsTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("health.flanders.portal");

	@Test
	void everyScheduledJobIsLockedUnlessItIsMeantToRunInEachInstance() {
		methods().that()
			.areAnnotatedWith(Scheduled.class)
			// Each instance refreshes its own in-memory index; e-mails are claimed row by row (for update skip locked).
			.and().areNotDeclaredIn("health.flanders.portal.web.connect.MatchingConfiguration$RegistryIndexRefresher")
			.and().areNotDeclaredIn("health.flanders.portal.web.mail.MailDispatcher")
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.check(classes);
	}
}
