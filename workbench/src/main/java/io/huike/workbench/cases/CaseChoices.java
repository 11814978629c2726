package io.huike.workbench.cases;

import io.huike.kernel.cases.CaseStatus;
import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The values the case forms and filters offer, in the order they are offered; available to every template. */
@TemplateGlobal
public final class CaseChoices {

    static final List<Category> categories = List.of(Category.values());
    static final List<Urgency> urgencies = List.of(Urgency.values());
    static final List<CaseStatus> statuses = List.of(CaseStatus.values());
    static final List<ContactMethod> contactMethods = List.of(ContactMethod.values());
    static final List<Outcome> outcomes = List.of(Outcome.values());
    static final List<Satisfaction> satisfactions = List.of(Satisfaction.values());

    private CaseChoices() {}
}
