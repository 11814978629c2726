package io.huike.workbench.roster;

import io.huike.workbench.clients.ServiceProblem;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.layout.ProblemMessages;
import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * roster-service's refusals as sentences in the user's language: the rules of swaps, check-ins, rosters, closures
 * and members by their problem types; anything else as every page words it ({@link ProblemMessages}).
 */
@RequestScoped
public class RosterProblems {

    private final PageFrame frame;
    private final ProblemMessages problems;

    RosterProblems(PageFrame frame, ProblemMessages problems) {
        this.frame = frame;
        this.problems = problems;
    }

    public String describe(ServiceProblem problem) {
        RosterMsg msg = messages();
        return known(problem, msg).orElseGet(() -> problems.describe(problem));
    }

    /** The refusal's field errors by field name, each worded for the page with the service's own detail. */
    public Map<String, String> fieldErrors(ServiceProblem problem) {
        RosterMsg msg = messages();
        Map<String, String> errors = new LinkedHashMap<>();
        for (ServiceProblem.FieldError e : problem.errors()) {
            if (e.field() != null) {
                errors.putIfAbsent(e.field(), msg.fieldRefused(e.message() == null ? "" : e.message()));
            }
        }
        return errors;
    }

    private RosterMsg messages() {
        return frame.language().messages(RosterMsg.class);
    }

    static Optional<String> known(ServiceProblem problem, RosterMsg msg) {
        String text = switch (problem.slug()) {
            case "roster-exists" -> msg.problemRosterExists();
            case "date-outside-calendar" -> msg.problemOutsideCalendar();
            case "swap-pending" -> msg.problemSwapPending();
            case "member-inactive" -> msg.problemMemberInactive();
            case "same-member" -> msg.problemSameMember();
            case "counter-shift-not-theirs" -> msg.problemCounterShiftNotTheirs();
            case "swap-refused" -> msg.problemSwapNotOpen();
            case "shift-changed-hands" -> msg.problemShiftChangedHands();
            case "twice-a-day" -> msg.problemTwiceADay();
            case "shift-already-kept" -> msg.problemShiftAlreadyKept();
            case "not-on-this-shift" -> msg.problemNotOnThisShift();
            case "already-checked-in" -> msg.problemAlreadyCheckedIn();
            case "outside-shift" -> msg.problemOutsideShift();
            case "not-checked-in" -> msg.problemNotCheckedIn();
            case "already-checked-out" -> msg.problemAlreadyCheckedOut();
            case "unknown-reference" -> msg.problemUnknownReference();
            case "closure-exists" -> msg.problemClosureExists();
            case "not-a-working-day" -> msg.problemNotAWorkingDay();
            default -> null;
        };
        if (text == null
                && (problem.status == 412 || problem.status == 428 || "stale-version".equals(problem.slug()))) {
            text = msg.problemMemberChanged();
        }
        return Optional.ofNullable(text);
    }
}
