package io.huike.workbench.layout;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home page: a link to each task the user's roles allow; signed out, the way in and the status page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    private final PageFrame frame;

    HomeResource(PageFrame frame) {
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();
    }

    @GET
    public TemplateInstance home() {
        return frame.render(Templates.home());
    }
}
