package io.huike.workbench;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The workbench's own settings: its public address, where the four services answer, the status page's limit. */
@ConfigMapping(prefix = "huike")
public interface WorkbenchConfig {

    /** The services the workbench calls with the signed-in user's access token. */
    Services services();

    /** The workbench itself. */
    Workbench workbench();

    /** The resident's status page. */
    Status status();

    /** The workbench's own address. */
    interface Workbench {

        /**
         * The workbench's base URL as residents' phones reach it (no trailing slash needed); the status page's address
         * printed on slips and encoded in their QR codes starts with it, never with the request's Host.
         */
        @WithDefault("http://127.0.0.1:8085")
        String publicUrl();
    }

    /** Base URLs of the services. */
    interface Services {

        /** case-service: cases, reception visits, the public status lookup. */
        String caseUrl();

        /** roster-service: communities, members, rooms, who is on duty. */
        String rosterUrl();

        /** outreach-service: households, pairings, campaigns (pages to come). */
        String outreachUrl();

        /** reporting-service: figures and the district's views (pages to come). */
        String reportingUrl();
    }

    /** How often one client address may look a case up, on top of case-service's own limit. */
    interface Status {

        /** Lookups one address may make per window. */
        @WithDefault("10")
        int lookupsPerWindow();

        /** The window the lookups are counted in. */
        @WithDefault("PT10M")
        Duration window();
    }
}
