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
@Pattern(regexp = PlainText.PATTERN)
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

    /**
     * One character class, not an alternation: Java matches a repeated alternation recursively, and text of a few
     * thousand characters overflowed the stack (a 500 instead of a 400).
     */
    String PATTERN = "[\\P{Cc}\\t\\n\\r]*";

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
