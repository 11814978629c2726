package io.huike.workbench.admin;

import io.huike.workbench.roster.FormFailure;
import io.quarkus.qute.TemplateData;

/**
 * What an administration page says about its forms: the confirmation of what just succeeded, or the form just
 * refused with the refusal, the fields at fault and what was entered.
 *
 * @param done the confirmation; empty if none
 * @param failure the refused form; null if none
 */
@TemplateData
public record AdminForms(String done, FormFailure failure) {

    public static final AdminForms NONE = new AdminForms("", null);

    public static AdminForms done(String message) {
        return new AdminForms(message == null ? "" : message, null);
    }

    public static AdminForms failed(FormFailure failure) {
        return new AdminForms("", failure);
    }

    public boolean failed(String form) {
        return failure != null && failure.is(form);
    }

    /** The refusal's message for a field of the refused form; empty otherwise. */
    public String fieldError(String form, String field) {
        return failed(form) ? failure.fieldErrors().getOrDefault(field, "") : "";
    }

    /** What was entered in a field of the refused form; the given value for every other form. */
    public String enteredOr(String form, String field, String otherwise) {
        return failed(form) ? failure.entered().getOrDefault(field, "") : otherwise == null ? "" : otherwise;
    }

    /** Whether a choice was chosen in the refused form; else whether it is chosen as the page shows it. */
    public boolean chosenOr(String form, String field, String option, boolean otherwise) {
        if (!failed(form)) {
            return otherwise;
        }
        String entered = failure.entered().getOrDefault(field, "");
        return java.util.Arrays.asList(entered.split(",")).contains(option);
    }
}
