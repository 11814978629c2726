package io.huike.plumbing.personaldata;

import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.scoping.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log of unmasked personal data reads, for the community's admin; every service that holds such data has it. */
@Path("/communities/{community}/personal-data-reads")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataReadsResource {

    private final PersonalDataReads reads;
    private final CallerScope scope;

    PersonalDataReadsResource(PersonalDataReads reads, CallerScope scope) {
        this.reads = reads;
        this.scope = scope;
    }

    @GET
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(summary = "Who read residents' personal data unmasked, newest first")
    public List<PersonalDataReads.PersonalDataRead> list(
            @PathParam("community") String community,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        scope.require(community);
        return reads.readsOf(community, limit);
    }
}
