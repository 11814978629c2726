package io.huike.workbench.district;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reporting-service paths the district dashboard reads, under {@code /district/data/}, and nothing else: the
 * figures, the district's rankings, trends and overdue work, outreach progress, the month-end digest (JSON, printable
 * page, workbook) and the live stream of figure changes. Every other path, of reporting-service or not, is not found.
 */
public final class DistrictDataPaths {

    /** Where the dashboard's requests arrive; the rest of the path is reporting-service's. */
    public static final String PREFIX = "/district/data/";

    static final String FIGURE_CHANGES = "/figure-changes";

    private static final Set<String> FIXED = Set.of(
            "/figures",
            "/district/trends",
            "/district/rankings",
            "/district/overdue-work",
            "/outreach/four-ones",
            "/outreach/campaigns",
            FIGURE_CHANGES);

    /** {@code /digests/{community}/{month}}, optionally {@code /page} or {@code /workbook}. */
    private static final Pattern DIGEST =
            Pattern.compile("/digests/([A-Za-z0-9][A-Za-z0-9_-]{0,63})/([0-9]{4}-(?:0[1-9]|1[0-2]))(/page|/workbook)?");

    private DistrictDataPaths() {}

    /** What to ask reporting-service for: its path, and whether the answer is a stream that stays open. */
    public record Forward(String path, boolean stream) {}

    /**
     * reporting-service's path for a request path (already normalised: no dot segments), when the dashboard may read
     * it; empty for anything else.
     */
    public static Optional<Forward> forward(String requestPath) {
        if (requestPath == null || !requestPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String path = requestPath.substring(PREFIX.length() - 1);
        if (FIXED.contains(path)) {
            return Optional.of(new Forward(path, path.equals(FIGURE_CHANGES)));
        }
        return DIGEST.matcher(path).matches() ? Optional.of(new Forward(path, false)) : Optional.empty();
    }
}
