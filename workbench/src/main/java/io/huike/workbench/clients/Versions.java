package io.huike.workbench.clients;

/** The version a page was made from, as a form sends it back, turned into the If-Match the services expect. */
public final class Versions {

    private Versions() {}

    /** {@code 3} becomes {@code "3"}; a missing version becomes {@code ""}, which the service refuses as stale. */
    public static String ifMatch(String version) {
        return "\"" + (version == null ? "" : version.strip()) + "\"";
    }
}
