package io.huike.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How every rate and average of the figures is rounded: half up, to a fixed number of places. */
public final class Rates {

    private Rates() {}

    /** {@code part / whole} rounded half up to {@code places}; null when there is no whole to divide by. */
    public static Double ratio(long part, long whole, int places) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), places, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
