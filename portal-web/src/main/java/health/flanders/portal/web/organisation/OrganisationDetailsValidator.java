package health.flanders.portal.web.organisation;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import health.flanders.portal.call.organisation.OrganisationDetails;

/**
 * Checks the {@link OrganisationDetails} of a form by their Bean Validation constraints and reports each broken one on
 * the form's field of the same name, with the same message codes as a constraint on the form itself
 * ({@code NotBlank}, {@code Size}, {@code BelgianEnterpriseNumber}, ...). Add it to a form's binder:
 * {@code @InitBinder("form") void details(WebDataBinder binder) { binder.addValidators(validator); }}.
 */
@Component
public class OrganisationDetailsValidator implements Validator {

	private final SpringValidatorAdapter constraints;

	OrganisationDetailsValidator(jakarta.validation.Validator constraints) {
		this.constraints = new SpringValidatorAdapter(constraints);
	}

	@Override
	public boolean supports(Class<?> type) {
		return OrganisationDetailsForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		constraints.validate(((OrganisationDetailsForm) target).organisationDetails(), errors);
	}
}
