package io.huike.workbench.admin;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.admin.client.CaseAdminClient;
import io.huike.workbench.admin.client.CaseRules;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.layout.PageFrame;
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
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The community's case settings in case-service: whether closing a case needs the admin's approval, and how many days
 * back the paper log may be typed in.
 */
@Path("/admin/case-settings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COMMUNITY_ADMIN)
public class CaseSettingsAdminResource {

    static final String SETTINGS_FORM = "settings-form";
    /** case-service's paper log age when a community has set none. */
    static final int DEFAULT_PAPER_LOG_DAYS = 30;

    private final CaseAdminClient cases;
    private final CurrentCommunity community;
    private final PageFrame frame;
    private final AdminWords words;

    CaseSettingsAdminResource(
            @RestClient CaseAdminClient cases, CurrentCommunity community, PageFrame frame, AdminWords words) {
        this.cases = cases;
        this.community = community;
        this.frame = frame;
        this.words = words;
    }

    /** The settings as the form shows them; {@code known} false while case-service cannot be read. */
    @TemplateData
    public record SettingsView(
            boolean known, boolean closingRequiresAdmin, String paperLogMaxAgeDays, AdminForms forms) {

        public boolean closingTicked() {
            return forms.failed(SETTINGS_FORM)
                    ? "on".equals(forms.failure().entered().get("closingRequiresAdmin"))
                    : closingRequiresAdmin;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsView view);
    }

    @GET
    public TemplateInstance settings(@QueryParam("done") String done) {
        AdminForms forms = "saved".equals(done) ? AdminForms.done(words.admin().doneSettings()) : AdminForms.NONE;
        return frame.render(Templates.settings(view(community.require(), forms)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String closingRequiresAdmin, @RestForm String paperLogMaxAgeDays) {
        String where = community.require();
        Map<String, String> entered = Map.of(
                "closingRequiresAdmin",
                closingRequiresAdmin == null ? "" : "on",
                "paperLogMaxAgeDays",
                Checks.text(paperLogMaxAgeDays));
        Checks.Checked<Integer> days = Checks.paperLogDays(paperLogMaxAgeDays);
        if (days.request().isEmpty()) {
            return page(400, where, AdminForms.failed(words.faults(SETTINGS_FORM, days.faults(), entered)));
        }
        try {
            cases.saveSettings(
                    where,
                    new CaseRules.Settings(
                            closingRequiresAdmin != null, days.request().get()));
            return Response.seeOther(URI.create("/admin/case-settings?done=saved#outcome"))
                    .build();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            return page(
                    refused.status(),
                    where,
                    AdminForms.failed(words.caseRefusal(SETTINGS_FORM, refused.problem(), entered)));
        }
    }

    private Response page(int status, String where, AdminForms forms) {
        return Response.status(status)
                .entity(frame.render(Templates.settings(view(where, forms))))
                .build();
    }

    private SettingsView view(String where, AdminForms forms) {
        Optional<CaseRules.Settings> settings;
        try {
            settings = Optional.ofNullable(cases.settings(where));
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            settings = Optional.empty();
        } catch (ProcessingException unavailable) {
            settings = Optional.empty();
        }
        CaseRules.Settings shown = settings.orElse(new CaseRules.Settings(null, null));
        return new SettingsView(
                settings.isPresent(),
                shown.closingRequiresAdmin() == null || shown.closingRequiresAdmin(),
                forms.enteredOr(
                        SETTINGS_FORM,
                        "paperLogMaxAgeDays",
                        String.valueOf(
                                shown.paperLogMaxAgeDays() == null
                                        ? DEFAULT_PAPER_LOG_DAYS
                                        : shown.paperLogMaxAgeDays())),
                forms);
    }
}
