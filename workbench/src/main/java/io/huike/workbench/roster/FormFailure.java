package io.huike.workbench.roster;

import io.quarkus.qute.TemplateData;
import java.util.Map;

/**
 * A form the user sent that was refused (by our checks or by a service), to show again next to that form: the
 * sentence saying why, the fields at fault by name, and what the user had entered.
 *
 * @param form the form's id on the page ({@code swap-7c7d…}, {@code member-form})
 */
@TemplateData
public record FormFailure(String form, String message, Map<String, String> fieldErrors, Map<String, String> entered) {

    public FormFailure {
        fieldErrors = Map.copyOf(fieldErrors);
        entered = Map.copyOf(entered);
    }

    public boolean is(String formId) {
        return form.equals(formId);
    }
}
