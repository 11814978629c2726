package io.huike.cases.api;

import io.huike.cases.HotlineTerms;
import io.huike.cases.HotlineTermsRepository;
import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A 12345 hotline's own time limits for the orders it dispatches: it reads and sets its own, no other's. An order
 * keeps the terms it was dispatched under.
 */
@Path("/hotline-terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline")
public class HotlineTermsResource {

    private final HotlineTermsRepository terms;
    private final CallerScope scope;

    HotlineTermsResource(HotlineTermsRepository terms, CallerScope scope) {
        this.terms = terms;
        this.scope = scope;
    }

    @GET
    @RolesAllowed(Roles.INTEGRATION_CLIENT)
    @Operation(
            operationId = "getHotlineTerms",
            summary = "The calling hotline's time limits: sign for an order within, return it within (minutes)")
    @APIResponse(
            responseCode = "200",
            description = "The terms in force; 120 and 1440 minutes until the hotline sets its own",
            content = @Content(schema = @Schema(implementation = CaseRequests.HotlineTermsBody.class)))
    public CaseRequests.HotlineTermsBody get() {
        return body(terms.limitsOf(scope.subject()));
    }

    @PUT
    @RolesAllowed(Roles.INTEGRATION_CLIENT)
    @Operation(
            operationId = "setHotlineTerms",
            summary = "Set the calling hotline's time limits for the orders it dispatches from now on")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "halfAnHour", value = """
            {"acknowledgeWithinMinutes":30,"returnWithinMinutes":120}""")))
    @APIResponse(
            responseCode = "200",
            description = "The terms as set",
            content = @Content(schema = @Schema(implementation = CaseRequests.HotlineTermsBody.class)))
    @APIResponse(responseCode = "400", description = "A limit missing, below 1 minute or above a week (10080)")
    public CaseRequests.HotlineTermsBody set(@NotNull @Valid CaseRequests.HotlineTermsBody body) {
        return body(terms.set(
                scope.subject(),
                new HotlineTerms.Limits(
                        Duration.ofMinutes(body.acknowledgeWithinMinutes()),
                        Duration.ofMinutes(body.returnWithinMinutes()))));
    }

    private static CaseRequests.HotlineTermsBody body(HotlineTerms.Limits limits) {
        return new CaseRequests.HotlineTermsBody(
                (int) limits.acknowledgeWithin().toMinutes(),
                (int) limits.returnWithin().toMinutes());
    }
}
