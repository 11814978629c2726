package io.huike.cases.lookup;

import java.time.Duration;

/** A status lookup refused because its client or its tracking number has used up its attempts for now. */
public final class LookupsLimited extends RuntimeException {

    /** Which limit refused it. */
    public enum Reason {
        /** The client address looked up too many cases within the window. */
        CLIENT,
        /** The tracking number failed too often within the window, whatever digits come now. */
        NUMBER
    }

    private final Reason reason;
    private final transient Duration retryAfter;

    public LookupsLimited(Reason reason, Duration retryAfter) {
        super(
                reason == Reason.CLIENT
                        ? "Too many lookups from this address; retry after " + retryAfter.getSeconds() + " seconds"
                        : "Too many failed lookups of this tracking number; retry after " + retryAfter.getSeconds()
                                + " seconds");
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
