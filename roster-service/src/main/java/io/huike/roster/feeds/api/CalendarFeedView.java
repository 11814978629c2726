package io.huike.roster.feeds.api;

import java.net.URI;

/** Where a phone calendar subscribes to a member's duty; shown once, when the feed is renewed. */
public record CalendarFeedView(URI url) {}
