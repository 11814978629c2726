package io.huike.roster.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock that check-ins, the coverage report and calendar feeds read; a bean so that tests can set the time. */
@ApplicationScoped
class SystemClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
