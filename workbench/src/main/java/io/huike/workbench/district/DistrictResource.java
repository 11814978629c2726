package io.huike.workbench.district;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.layout.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The district supervisor's dashboard: the page with its filters, headings and the words of the layout; its script
 * ({@code static/district/district.js}) fills it from {@code /district/data/} ({@link DistrictDataProxy}) and reloads
 * whenever reporting-service announces changed figures.
 */
@Path("/district")
@Produces(MediaType.TEXT_HTML)
public class DistrictResource {

    private final PageFrame frame;

    DistrictResource(PageFrame frame) {
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance district(DistrictView view);
    }

    @GET
    @RolesAllowed(Roles.DISTRICT_SUPERVISOR)
    public TemplateInstance district(@RestQuery String community, @RestQuery String from, @RestQuery String to) {
        return frame.render(Templates.district(DistrictView.of(community, from, to, LocalDate.now(Formats.ZONE))));
    }
}
