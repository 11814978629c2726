package io.huike.roster.feeds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** Where phone calendars reach this service, for the feed URLs it hands out. */
@ConfigMapping(prefix = "huike.roster")
public interface CalendarFeedConfig {

    /**
     * The service's public base URL as phones see it (e.g. {@code https://roster.huike.example.org}); feed URLs are
     * built from it, never from the request's Host header, which the caller chooses.
     */
    @WithDefault("http://127.0.0.1:8082")
    URI publicUrl();
}
