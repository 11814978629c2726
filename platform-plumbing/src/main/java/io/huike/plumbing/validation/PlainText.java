package io.huike.plumbing.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text a person typed: any script, emoji included, but no control characters other than tab and line breaks,
 * which would corrupt printed lists and exports. {@code null} is valid; combine with {@code @NotBlank} when required.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "(?:[^\\p{Cc}]|[\\t\\n\\r])*")
@ReportAsSingleViolation
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
