package io.huike.reporting.reconcile;

/** How many cases the case service holds for a community, in total or in one status. */
public interface CaseServiceCounts {

    /**
     * @param authorization the caller's own Authorization header, so the case service applies the caller's scope
     * @param status a case status, or null for every case
     * @throws CaseServiceUnavailable when the case service cannot be asked or does not answer with a count
     */
    long count(String community, String authorization, String status);
}
