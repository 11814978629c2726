package io.huike.workbench.admin;

import io.huike.workbench.clients.ServiceProblem;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.layout.ProblemMessages;
import io.huike.workbench.roster.Fault;
import io.huike.workbench.roster.FormFailure;
import io.huike.workbench.roster.RosterMsg;
import io.huike.workbench.roster.RosterProblems;
import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The administration pages' words for what went wrong, in the user's language: the faults our checks found, and the
 * refusals of roster-service and case-service, next to the form that was sent.
 */
@RequestScoped
public class AdminWords {

    private final PageFrame frame;
    private final RosterProblems rosterProblems;
    private final ProblemMessages caseProblems;

    AdminWords(PageFrame frame, RosterProblems rosterProblems, ProblemMessages caseProblems) {
        this.frame = frame;
        this.rosterProblems = rosterProblems;
        this.caseProblems = caseProblems;
    }

    public AdminMsg admin() {
        return frame.language().messages(AdminMsg.class);
    }

    /** A form refused by our checks: the faults by field, each worded. */
    public FormFailure faults(String form, Map<String, Fault> faults, Map<String, String> entered) {
        RosterMsg msg = frame.language().messages(RosterMsg.class);
        Map<String, String> errors = new LinkedHashMap<>();
        faults.forEach((field, fault) -> errors.put(field, fault.worded(msg, frame.messages())));
        return new FormFailure(form, frame.messages().formHasErrors(), errors, entered);
    }

    /**
     * A form refused by roster-service; its field errors under the fields the form names so ({@code fieldOf} turns the
     * service's {@code shifts[0].code} into the form's {@code shift-0-code}).
     */
    public FormFailure rosterRefusal(
            String form, ServiceProblem problem, Map<String, String> entered, UnaryOperator<String> fieldOf) {
        Map<String, String> errors = new LinkedHashMap<>();
        rosterProblems.fieldErrors(problem).forEach((field, message) -> errors.put(fieldOf.apply(field), message));
        return new FormFailure(form, rosterProblems.describe(problem), errors, entered);
    }

    /** A form refused by case-service, worded as the case pages word it. */
    public FormFailure caseRefusal(String form, ServiceProblem problem, Map<String, String> entered) {
        RosterMsg msg = frame.language().messages(RosterMsg.class);
        Map<String, String> errors = new LinkedHashMap<>();
        for (ServiceProblem.FieldError e : problem.errors()) {
            if (e.field() != null) {
                errors.putIfAbsent(e.field(), msg.fieldRefused(e.message() == null ? "" : e.message()));
            }
        }
        return new FormFailure(form, caseProblems.describe(problem), errors, entered);
    }
}
