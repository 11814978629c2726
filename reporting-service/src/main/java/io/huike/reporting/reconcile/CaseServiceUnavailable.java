package io.huike.reporting.reconcile;

/** The case service could not be asked for its counts, or did not answer with them: nothing can be compared. */
public class CaseServiceUnavailable extends RuntimeException {

    public CaseServiceUnavailable(String detail) {
        super("Cannot reconcile: " + detail);
    }
}
