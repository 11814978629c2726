package io.huike.workbench.admin;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.admin.client.CaseAdminClient;
import io.huike.workbench.admin.client.CaseRules;
import io.huike.workbench.cases.CaseMsg;
import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.roster.Fault;
import io.huike.workbench.roster.FormFailure;
import io.huike.workbench.session.CurrentCommunity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The community's deadlines in case-service, per category and urgency: first contact with the resident and feedback
 * of the result, each in clock hours ({@code 4h}) or working days ({@code 5wd}). One form shows them all; saving sends
 * only those changed.
 */
@Path("/admin/deadlines")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COMMUNITY_ADMIN)
public class DeadlinesAdminResource {

    static final String DEADLINE_FORM = "deadline-form";

    private final CaseAdminClient cases;
    private final CurrentCommunity community;
    private final PageFrame frame;
    private final AdminWords words;

    DeadlinesAdminResource(
            @RestClient CaseAdminClient cases, CurrentCommunity community, PageFrame frame, AdminWords words) {
        this.cases = cases;
        this.community = community;
        this.frame = frame;
        this.words = words;
    }

    /** The form as the browser sends it: a row per category and urgency, the lists lined up by row. */
    public static class DeadlineForm {
        @RestForm
        public List<String> category;

        @RestForm
        public List<String> urgency;

        @RestForm
        public List<String> firstContact;

        @RestForm
        public List<String> feedback;
    }

    /**
     * One category and urgency with its deadlines as case-service has them ({@code known} false when it could not
     * say). Its fields are named {@code <CATEGORY>-<URGENCY>-firstContact} and {@code ...-feedback}.
     */
    public record RuleRow(
            Category category,
            Urgency urgency,
            String categoryName,
            String urgencyName,
            boolean known,
            String firstContact,
            String feedback) {

        public String key() {
            return category + "-" + urgency;
        }
    }

    /** Every category and urgency, and the form's state. */
    @TemplateData
    public record DeadlinesView(List<RuleRow> rows, AdminForms forms) {

        /** A row's field: as entered after a refusal, else as case-service has it. */
        public String value(RuleRow row, String field) {
            return forms.enteredOr(
                    DEADLINE_FORM,
                    row.key() + "-" + field,
                    "firstContact".equals(field) ? row.firstContact() : row.feedback());
        }

        public String error(RuleRow row, String field) {
            return forms.fieldError(DEADLINE_FORM, row.key() + "-" + field);
        }

        public boolean anyKnown() {
            return rows.stream().anyMatch(RuleRow::known);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadlines(DeadlinesView view);
    }

    @GET
    public TemplateInstance deadlines(@QueryParam("done") String done, @QueryParam("count") Integer count) {
        AdminForms forms = "saved".equals(done)
                ? AdminForms.done(words.admin().doneDeadlines(count == null ? 0 : Math.max(0, count)))
                : AdminForms.NONE;
        return frame.render(Templates.deadlines(new DeadlinesView(rules(community.require()), forms)));
    }

    /** Saves the rows whose deadlines differ from case-service's, after checking every row. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam DeadlineForm form) {
        String where = community.require();
        Map<String, String> entered = new LinkedHashMap<>();
        Map<String, Fault> faults = new LinkedHashMap<>();
        List<RuleRow> sent = new ArrayList<>();
        int rows = form.category == null ? 0 : form.category.size();
        for (int i = 0; i < rows; i++) {
            Optional<Category> category = named(Category.class, at(form.category, i));
            Optional<Urgency> urgency = named(Urgency.class, at(form.urgency, i));
            if (category.isEmpty() || urgency.isEmpty()) {
                continue;
            }
            String key = category.get() + "-" + urgency.get();
            String first = Checks.deadline(at(form.firstContact, i));
            String feedback = Checks.deadline(at(form.feedback, i));
            entered.put(key + "-firstContact", first);
            entered.put(key + "-feedback", feedback);
            check(faults, key + "-firstContact", first);
            check(faults, key + "-feedback", feedback);
            sent.add(new RuleRow(category.get(), urgency.get(), "", "", true, first, feedback));
        }
        if (!faults.isEmpty()) {
            return page(400, where, words.faults(DEADLINE_FORM, faults, entered));
        }
        Map<String, RuleRow> current = new LinkedHashMap<>();
        rules(where).forEach(r -> current.put(r.key(), r));
        int saved = 0;
        for (RuleRow row : sent) {
            RuleRow now = current.get(row.key());
            if (now != null
                    && now.known()
                    && now.firstContact().equals(row.firstContact())
                    && now.feedback().equals(row.feedback())) {
                continue;
            }
            try {
                cases.saveDeadlines(
                        where,
                        row.category().name(),
                        row.urgency().name(),
                        new CaseRules.Deadlines(row.firstContact(), row.feedback()));
                saved++;
            } catch (ServiceProblemException refused) {
                if (refused.status() == 401) {
                    throw refused;
                }
                FormFailure failure = words.caseRefusal(DEADLINE_FORM, refused.problem(), entered);
                Map<String, String> errors = new LinkedHashMap<>();
                failure.fieldErrors().forEach((field, message) -> errors.put(row.key() + "-" + field, message));
                if (errors.isEmpty()) {
                    errors.put(row.key() + "-firstContact", failure.message());
                }
                String message = words.admin().deadlinesPartlySaved(saved) + " " + failure.message();
                return page(refused.status(), where, new FormFailure(DEADLINE_FORM, message, errors, entered));
            }
        }
        return Response.seeOther(URI.create("/admin/deadlines?done=saved&count=" + saved + "#outcome"))
                .build();
    }

    private static void check(Map<String, Fault> faults, String field, String rule) {
        if (rule.isEmpty()) {
            faults.put(field, Fault.REQUIRED);
        } else if (!Checks.deadlineValid(rule)) {
            faults.put(field, Fault.RULE_FORMAT);
        }
    }

    private Response page(int status, String where, FormFailure failure) {
        return Response.status(status)
                .entity(frame.render(Templates.deadlines(new DeadlinesView(rules(where), AdminForms.failed(failure)))))
                .build();
    }

    /** Every category and urgency with its deadlines; a pair case-service does not answer for is unknown. */
    private List<RuleRow> rules(String where) {
        CaseMsg names = frame.language().messages(CaseMsg.class);
        List<RuleRow> rows = new ArrayList<>();
        boolean reachable = true;
        for (Category category : Category.values()) {
            for (Urgency urgency : Urgency.values()) {
                if (!reachable) {
                    rows.add(unknown(category, urgency, names));
                    continue;
                }
                try {
                    CaseRules.Deadlines d = cases.deadlines(where, category.name(), urgency.name());
                    rows.add(new RuleRow(
                            category,
                            urgency,
                            names.category(category),
                            names.urgency(urgency),
                            d != null,
                            d == null || d.firstContact() == null ? "" : d.firstContact(),
                            d == null || d.feedback() == null ? "" : d.feedback()));
                } catch (ServiceProblemException refused) {
                    if (refused.status() == 401) {
                        throw refused;
                    }
                    rows.add(unknown(category, urgency, names));
                } catch (ProcessingException unavailable) {
                    // Not reachable now: the other pairs would wait as long again for nothing.
                    reachable = false;
                    rows.add(unknown(category, urgency, names));
                }
            }
        }
        return rows;
    }

    private static RuleRow unknown(Category category, Urgency urgency, CaseMsg names) {
        return new RuleRow(category, urgency, names.category(category), names.urgency(urgency), false, "", "");
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst();
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
