package health.flanders.portal.web.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Dependencies point one way: web to matching and review, and all of them to the call domain. */
class ModularityTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("health.flanders.portal");

	@Test
	void theCallDomainKnowsNoOtherModule() {
		noClasses().that()
			.resideInAPackage("health.flanders.portal.call..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("health.flanders.portal.web..", "health.flanders.portal.matching..",
					"health.flanders.portal.review..", "org.springframework.web..", "jakarta.servlet..")
			.check(classes);
	}

	@Test
	void matchingAndReviewKnowNeitherEachOtherNorTheWeb() {
		noClasses().that()
			.resideInAPackage("health.flanders.portal.matching..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("health.flanders.portal.review..", "health.flanders.portal.web..")
			.allowEmptyShould(true)
			.check(classes);
		noClasses().that()
			.resideInAPackage("health.flanders.portal.review..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("health.flanders.portal.matching..", "health.flanders.portal.web..")
			.allowEmptyShould(true)
			.check(classes);
	}
}
