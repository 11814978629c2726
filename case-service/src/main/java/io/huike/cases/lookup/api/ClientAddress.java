package io.huike.cases.lookup.api;

import java.util.Set;

/**
 * The address a lookup's limits count against: the direct peer, unless the peer is this machine's loopback (the
 * workbench proxies residents' lookups from the same machine) and says whom it forwards in {@code X-Forwarded-For},
 * whose first address is then the client's. Anyone else's header is ignored, so a client cannot pick its own address.
 */
final class ClientAddress {

    /** The loopback peers whose X-Forwarded-For is believed: IPv4's and IPv6's. */
    static final Set<String> TRUSTED_PROXIES = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    /** Longer forwarded addresses are cut, so that a header cannot make a key of any size. */
    static final int MAX_LENGTH = 64;

    private ClientAddress() {}

    static String of(String peer, String forwardedFor) {
        if (peer == null) {
            return "unknown";
        }
        if (!TRUSTED_PROXIES.contains(peer) || forwardedFor == null) {
            return peer;
        }
        String first = forwardedFor.split(",", 2)[0].strip();
        if (first.isEmpty()) {
            return peer;
        }
        return first.length() > MAX_LENGTH ? first.substring(0, MAX_LENGTH) : first;
    }
}
