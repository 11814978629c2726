package io.huike.outreach.roster.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.roster.KnownCommunity;
import io.huike.outreach.roster.RosterCopy;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The communities this service has learned of from the roster, within the caller's scope. */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communities")
public class KnownCommunityResource {

    private final RosterCopy roster;
    private final CallerScope scope;

    KnownCommunityResource(RosterCopy roster, CallerScope scope) {
        this.roster = roster;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listKnownCommunities",
            summary = "The communities this service knows of from the roster, within the caller's scope")
    @APIResponse(
            responseCode = "200",
            description = "The communities by id",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = KnownCommunity.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "gulou", value = """
                    [{"id":"gulou","name":"鼓楼社区","code":"GL","subdistrict":"老城街道","district":"汉滨区"}]""")))
    public List<KnownCommunity> list() {
        return roster.communities(scope.communities());
    }
}
