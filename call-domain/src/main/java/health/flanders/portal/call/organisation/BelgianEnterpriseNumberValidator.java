package health.flanders.portal.call.organisation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link BelgianEnterpriseNumber}: blank, or a number {@link EnterpriseNumber#parse} reads. */
public class BelgianEnterpriseNumberValidator implements ConstraintValidator<BelgianEnterpriseNumber, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || value.isBlank() || EnterpriseNumber.isValid(value);
	}
}
