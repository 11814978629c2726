package io.huike.workbench.layout;

import io.huike.kernel.cases.CaseStatus;
import io.huike.workbench.clients.ServiceProblem;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A service's problem detail as a sentence the user reads next to the form, in their language where the problem's
 * type is known: who changed a case meanwhile (412), what the case's status allows (409), that the service cannot
 * be reached (503). For a type it does not know it shows the service's own detail.
 */
@RequestScoped
public class ProblemMessages {

    private final LanguageChoice language;

    ProblemMessages(LanguageChoice language) {
        this.language = language;
    }

    public String describe(ServiceProblem problem) {
        return describe(problem, language.language(), UnaryOperator.identity());
    }

    /** The problem, naming whoever changed a case meanwhile as {@code actorName} has it (a member's name, say). */
    public String describe(ServiceProblem problem, UnaryOperator<String> actorName) {
        return describe(problem, language.language(), actorName);
    }

    static String describe(ServiceProblem problem, Language language) {
        return describe(problem, language, UnaryOperator.identity());
    }

    static String describe(ServiceProblem problem, Language language, UnaryOperator<String> actorName) {
        Msg msg = language.messages();
        String slug = problem.slug();
        int status = problem.status;
        if ("stale-version".equals(slug) || status == 412 || status == 428) {
            Optional<String> who = problem.extension("changedBy").map(actorName);
            Optional<Instant> when = problem.extension("changedAt").flatMap(ProblemMessages::instant);
            if (who.isPresent() && when.isPresent()) {
                return msg.staleChangedBy(who.get(), Formats.dateTime(when.get(), language));
            }
            if (who.isPresent()) {
                return msg.staleChangedByWhom(who.get());
            }
            return msg.stale();
        }
        if ("paper-log-too-old".equals(slug)) {
            String days = problem.extension("paperLogMaxAgeDays").orElse("?");
            String earliest = problem.extension("earliestAllowed")
                    .flatMap(ProblemMessages::instant)
                    .map(at -> Formats.dateTime(at, language))
                    .orElseGet(() -> problem.extension("earliestAllowed").orElse(""));
            return msg.paperLogTooOld(days, earliest);
        }
        if ("transition-not-allowed".equals(slug)) {
            return problem.extension("currentStatus")
                    .flatMap(ProblemMessages::status)
                    .map(current -> msg.transitionNotAllowed(msg.status(current)))
                    .orElseGet(msg::transitionNotAllowedNow);
        }
        if (status == 401) {
            return msg.problemSignIn();
        }
        if (status == 403) {
            return msg.problemForbidden();
        }
        if (status == 404) {
            return msg.problemNotFound();
        }
        if (status == 429) {
            return msg.problemTooMany();
        }
        if (status >= 500) {
            return msg.problemUnavailable();
        }
        if (status == 400) {
            return problem.errors().isEmpty() ? withDetail(msg.problemInvalid(), problem) : msg.problemInvalid();
        }
        if (status == 422) {
            return problem.errors().isEmpty() ? withDetail(msg.problemRule(), problem) : msg.problemRule();
        }
        if (status == 409) {
            return withDetail(msg.problemConflict(), problem);
        }
        return withDetail(msg.problemOther(status), problem);
    }

    private static String withDetail(String sentence, ServiceProblem problem) {
        return problem.detail == null || problem.detail.isBlank() ? sentence : sentence + " " + problem.detail;
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<CaseStatus> status(String name) {
        return Arrays.stream(CaseStatus.values())
                .filter(s -> s.name().equals(name))
                .findFirst();
    }
}
