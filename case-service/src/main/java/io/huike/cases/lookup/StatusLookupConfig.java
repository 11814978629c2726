package io.huike.cases.lookup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The limits of residents' status lookups (see {@link LookupLimits}). */
@ConfigMapping(prefix = "huike.cases.status-lookup")
public interface StatusLookupConfig {

    /** How many lookups one client address may make within {@link #clientWindow}. */
    @WithDefault("30")
    int clientLookups();

    /** The window the lookups of a client address are counted in. */
    @WithDefault("PT1M")
    Duration clientWindow();

    /** How many failed lookups a tracking number may have within {@link #numberWindow} before it is locked. */
    @WithDefault("5")
    int numberFailures();

    /** The window the failed lookups of a tracking number are counted in. */
    @WithDefault("PT15M")
    Duration numberWindow();
}
