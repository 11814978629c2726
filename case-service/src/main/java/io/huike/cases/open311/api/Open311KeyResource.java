package io.huike.cases.open311.api;

import io.huike.cases.open311.Open311Key;
import io.huike.cases.open311.Open311Keys;
import io.huike.kernel.roles.Roles;
import io.huike.kernel.roster.RosterReferences;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.validation.PlainText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A community admin issues a key to each system that speaks Open311 to the community, and revokes it. The key is
 * answered once, when issued; only its SHA-256 is kept.
 */
@Path("/communities/{community}/open311-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Open311 keys")
public class Open311KeyResource {

    private final Open311Keys keys;
    private final CallerScope scope;
    private final RosterReferences references;

    Open311KeyResource(Open311Keys keys, CallerScope scope, RosterReferences references) {
        this.keys = keys;
        this.scope = scope;
        this.references = references;
    }

    /** The system a key is issued to. */
    public record IssueKey(
            @NotBlank
            @Size(max = 100)
            @PlainText
            @Schema(description = "The system the key is for", example = "区网格化管理平台")
            String name) {}

    /** A key as listed: never the key itself. */
    public record KeyView(
            UUID id, String name, Instant issuedAt, String issuedBy, Instant revokedAt, String revokedBy) {

        static KeyView of(Open311Key key) {
            return new KeyView(key.id(), key.name(), key.issuedAt(), key.issuedBy(), key.revokedAt(), key.revokedBy());
        }
    }

    /** A key just issued, with the key itself: shown this once. */
    public record IssuedKeyView(
            UUID id,
            String name,

            @Schema(description = "The key: 32 random bytes in base64url; not shown again")
            String key,

            Instant issuedAt,
            String issuedBy) {}

    @POST
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "issueOpen311Key",
            summary = "Issue a key to a system that speaks Open311 to this community",
            description = "The answer holds the key itself, this once: only its SHA-256 is kept.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "grid", value = "{\"name\":\"区网格化管理平台\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Issued",
            content = @Content(schema = @Schema(implementation = IssuedKeyView.class)))
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    public Response issue(@PathParam("community") String community, @NotNull @Valid IssueKey request, UriInfo uri) {
        scope.require(community);
        references.requireCommunity(community);
        Open311Keys.Issued issued = keys.issue(community, request.name(), scope.subject(), now());
        Open311Key key = issued.key();
        return Response.created(
                        uri.getAbsolutePathBuilder().path(key.id().toString()).build())
                .entity(new IssuedKeyView(key.id(), key.name(), issued.secret(), key.issuedAt(), key.issuedBy()))
                .build();
    }

    @GET
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "listOpen311Keys",
            summary = "The community's Open311 keys, revoked ones too, oldest first; never the keys themselves")
    public List<KeyView> list(@PathParam("community") String community) {
        scope.require(community);
        return keys.of(community).stream().map(KeyView::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "revokeOpen311Key",
            summary = "Revoke a key: it is refused from now on; revoking it again changes nothing")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("community") String community, @PathParam("id") UUID id) {
        scope.require(community);
        keys.revoke(community, id, scope.subject(), now());
        return Response.noContent().build();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
