package io.huike.plumbing.validation;

import io.huike.kernel.personaldata.PersonalNumbers;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text that travels where residents' numbers must not: no phone or ID number in it, however written (see
 * {@link PersonalNumbers}). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = NoPersonalNumbers.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoPersonalNumbers {

    String message() default "must not contain phone or ID numbers";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the text with {@link PersonalNumbers#appearIn}. */
    class Validator implements ConstraintValidator<NoPersonalNumbers, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !PersonalNumbers.appearIn(value);
        }
    }
}
