package health.flanders.portal.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The password is not on the list of common passwords (case is ignored); {@code null} and blank pass. */
@Documented
@Constraint(validatedBy = CommonPasswords.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface NotCommonPassword {

	String message() default "{NotCommonPassword}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
