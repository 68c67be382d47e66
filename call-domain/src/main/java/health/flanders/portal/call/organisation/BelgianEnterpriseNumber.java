package health.flanders.portal.call.organisation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A Belgian enterprise number as people write it ({@code 0419.052.173}, {@code BE 0419052173}, an old nine-digit
 * number), with its mod-97 check ({@link EnterpriseNumber#parse}). A blank text passes: not every body has one.
 */
@Documented
@Constraint(validatedBy = BelgianEnterpriseNumberValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface BelgianEnterpriseNumber {

	String message() default "{organisation.enterpriseNumber.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
