package io.huike.workbench.district;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.layout.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The district supervisor's page; the district's dashboard moves here next. */
@Path("/district")
@Produces(MediaType.TEXT_HTML)
public class DistrictResource {

    private final PageFrame frame;

    DistrictResource(PageFrame frame) {
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance district();
    }

    @GET
    @RolesAllowed(Roles.DISTRICT_SUPERVISOR)
    public TemplateInstance district() {
        return frame.render(Templates.district());
    }
}
