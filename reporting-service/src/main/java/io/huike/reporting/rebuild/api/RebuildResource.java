package io.huike.reporting.rebuild.api;

import io.huike.kernel.roles.Roles;
import io.huike.reporting.rebuild.ReadModelRebuild;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Drops the read models and replays the topics from their start. */
@Path("/rebuilds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DISTRICT_SUPERVISOR)
@Tag(name = "Read model upkeep")
public class RebuildResource {

    private final ReadModelRebuild rebuild;

    RebuildResource(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Operation(
            operationId = "rebuildReadModels",
            summary = "Rebuild every read model from the topics, answering when done",
            description = "Empties the read models and the inbox, then replays case-events, roster-events and "
                    + "outreach-events from "
                    + "their first offset up to their end at the start of the rebuild; events arriving meanwhile are "
                    + "applied by the live consumers, each exactly once. Answers the number of events replayed and "
                    + "the replay rate (events per second, also logged). 409 while another rebuild runs.")
    public ReadModelRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
