package health.flanders.portal.call.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of an organisation's details, the same for every form and the CSV import. */
class OrganisationDetailsTests {

	static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	static final Validator VALIDATOR = FACTORY.getValidator();

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@Test
	void completeDetailsBreakNoRule() {
		assertThat(broken(new OrganisationDetails("Acme NV", OrganisationType.ENTERPRISE, "0419.052.173", "Acme Group",
				"9000", "Gent", "be", "https://acme.example"))).isEmpty();
		assertThat(broken(new OrganisationDetails("Lab", OrganisationType.RTO, "", null, "3000", "Leuven", "BE", null)))
			.isEmpty();
	}

	@Test
	void everyBrokenRuleIsNamedByItsFieldAndConstraint() {
		assertThat(broken(new OrganisationDetails(" ", null, "0419.052.174", "G".repeat(201), "", "", "Belgium",
				"www.acme.example")))
			.containsExactlyInAnyOrder("name NotBlank", "type NotNull", "enterpriseNumber BelgianEnterpriseNumber",
					"corporateGroup Size", "postalCode NotBlank", "city NotBlank", "country Pattern", "website Pattern");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0419.052.173", "0419052173", "BE 0419 052 173", "419.052.173", "" })
	void anEnterpriseNumberAsPeopleWriteItPasses(String number) {
		assertThat(broken(new OrganisationDetails("Acme NV", OrganisationType.ENTERPRISE, number, "", "9000", "Gent",
				"BE", ""))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0419.052.174", "2419.052.173", "0419.052", "BE O419 052 173" })
	void anEnterpriseNumberThatFailsItsCheckIsRefused(String number) {
		assertThat(broken(new OrganisationDetails("Acme NV", OrganisationType.ENTERPRISE, number, "", "9000", "Gent",
				"BE", ""))).containsExactly("enterpriseNumber BelgianEnterpriseNumber");
	}

	@Test
	void theParsedNumberAndCountryAreReadyToStore() {
		OrganisationDetails details = new OrganisationDetails("Acme NV", OrganisationType.ENTERPRISE, "BE 0419052173",
				"", "9000", "Gent", " be ", "");
		assertThat(details.parsedEnterpriseNumber().formatted()).isEqualTo("0419.052.173");
		assertThat(details.countryCode()).isEqualTo("BE");
		assertThat(new OrganisationDetails("Lab", OrganisationType.RTO, " ", "", "3000", "Leuven", "BE", "")
			.parsedEnterpriseNumber()).isNull();
	}

	private static List<String> broken(OrganisationDetails details) {
		return VALIDATOR.validate(details)
			.stream()
			.map(OrganisationDetailsTests::describe)
			.toList();
	}

	private static String describe(ConstraintViolation<OrganisationDetails> violation) {
		return violation.getPropertyPath() + " "
				+ violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
	}
}
