package io.huike.workbench.admin;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.admin.client.ClosureRequest;
import io.huike.workbench.admin.client.RosterAdminClient;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.roster.FormFailure;
import io.huike.workbench.roster.client.ClosureRecord;
import io.huike.workbench.roster.client.DutyRosterClient;
import io.huike.workbench.session.CurrentCommunity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The community's own closures on top of the official calendar: days its reception room does not open although they
 * are working days (rosters and deadlines skip them), the coming ones first, and the form to add one.
 */
@Path("/admin/closures")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COMMUNITY_ADMIN)
public class ClosuresAdminResource {

    static final String CLOSURE_FORM = "closure-form";

    private final DutyRosterClient duty;
    private final RosterAdminClient admin;
    private final CurrentCommunity community;
    private final PageFrame frame;
    private final AdminWords words;

    ClosuresAdminResource(
            @RestClient DutyRosterClient duty,
            @RestClient RosterAdminClient admin,
            CurrentCommunity community,
            PageFrame frame,
            AdminWords words) {
        this.duty = duty;
        this.admin = admin;
        this.community = community;
        this.frame = frame;
        this.words = words;
    }

    /** A closure with its weekday. */
    public record ClosureRow(LocalDate date, String weekday, String reason) {}

    /** The closures from today on, those before, and the form. */
    @TemplateData
    public record ClosuresView(boolean known, List<ClosureRow> coming, List<ClosureRow> past, AdminForms forms) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance closures(ClosuresView view);
    }

    @GET
    public TemplateInstance closures(@QueryParam("done") String done) {
        AdminForms forms = "added".equals(done) ? AdminForms.done(words.admin().doneClosure()) : AdminForms.NONE;
        return frame.render(Templates.closures(view(community.require(), forms)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@RestForm String date, @RestForm String reason) {
        String where = community.require();
        Map<String, String> entered = Map.of("date", Checks.text(date), "reason", Checks.text(reason));
        Checks.Checked<ClosureRequest> checked = Checks.closure(date, reason);
        if (checked.request().isEmpty()) {
            return page(400, where, words.faults(CLOSURE_FORM, checked.faults(), entered));
        }
        try {
            admin.close(where, checked.request().get());
            return Response.seeOther(URI.create("/admin/closures?done=added#outcome"))
                    .build();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            FormFailure failure = words.rosterRefusal(CLOSURE_FORM, refused.problem(), entered, field -> field);
            if (failure.fieldErrors().isEmpty()
                    && ("closure-exists".equals(refused.problem().slug())
                            || "not-a-working-day".equals(refused.problem().slug())
                            || "date-outside-calendar".equals(refused.problem().slug()))) {
                failure =
                        new FormFailure(failure.form(), failure.message(), Map.of("date", failure.message()), entered);
            }
            return page(refused.status(), where, failure);
        }
    }

    private Response page(int status, String where, FormFailure failure) {
        return Response.status(status)
                .entity(frame.render(Templates.closures(view(where, AdminForms.failed(failure)))))
                .build();
    }

    private ClosuresView view(String where, AdminForms forms) {
        Optional<List<ClosureRecord>> closures;
        try {
            closures = Optional.of(duty.closures(where));
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            closures = Optional.empty();
        } catch (ProcessingException unavailable) {
            closures = Optional.empty();
        }
        LocalDate today = LocalDate.now(Formats.ZONE);
        Locale locale = frame.language().locale();
        List<ClosureRow> rows = closures.orElse(List.of()).stream()
                .filter(c -> c.date() != null)
                .sorted(Comparator.comparing(ClosureRecord::date))
                .map(c -> new ClosureRow(
                        c.date(),
                        c.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale),
                        c.reason() == null ? "" : c.reason()))
                .toList();
        return new ClosuresView(
                closures.isPresent(),
                rows.stream().filter(r -> !r.date().isBefore(today)).toList(),
                rows.stream()
                        .filter(r -> r.date().isBefore(today))
                        .sorted(Comparator.comparing(ClosureRow::date).reversed())
                        .toList(),
                forms);
    }
}
