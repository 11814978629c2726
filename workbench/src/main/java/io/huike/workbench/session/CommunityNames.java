package io.huike.workbench.session;

import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.roster.client.CommunityView;
import io.huike.workbench.roster.client.RosterClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The names of communities, for the header and the switcher. Names change rarely, so they are kept for a while
 * rather than asked for on every page; while roster-service cannot be reached the page shows the community's id.
 */
@ApplicationScoped
public class CommunityNames {

    private static final Logger LOG = Logger.getLogger(CommunityNames.class);
    private static final Duration KEPT_FOR = Duration.ofMinutes(10);

    private final RosterClient roster;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    CommunityNames(@RestClient RosterClient roster) {
        this.roster = roster;
    }

    private record Known(String name, Instant until) {}

    /** The community's name, or its id while the name is not known. */
    public String nameOf(String community, List<String> userCommunities) {
        Known name = known.get(community);
        // An error page may be made on an I/O thread, which must not wait for roster-service: it shows what is known.
        boolean mayWait = !io.vertx.core.Context.isOnEventLoopThread();
        if (mayWait && (name == null || name.until().isBefore(Instant.now()))) {
            refresh(userCommunities);
            name = known.get(community);
        }
        return name == null ? community : name.name();
    }

    private void refresh(List<String> userCommunities) {
        try {
            Instant until = Instant.now().plus(KEPT_FOR);
            for (CommunityView c : roster.communities()) {
                if (c.name() != null && userCommunities.contains(c.id())) {
                    known.put(c.id(), new Known(c.name(), until));
                }
            }
        } catch (ProcessingException | ServiceProblemException e) {
            LOG.debugf("Community names not available: %s", e.getMessage());
        }
    }
}
