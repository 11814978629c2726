package io.huike.cases.open311;

import io.huike.kernel.cases.CaseStatus;
import io.huike.kernel.refusals.InvalidInput;
import java.util.Locale;

/**
 * Open311 knows two states: {@code closed} is a case closed after the resident's feedback; everything before it —
 * registered, in hand, referred, escalated, resolved but not yet told, reopened — is {@code open}.
 */
public enum GeoReportStatus {
    OPEN,
    CLOSED;

    public static GeoReportStatus of(CaseStatus status) {
        return status.isOpen() ? OPEN : CLOSED;
    }

    /** How Open311 writes it: {@code open} or {@code closed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The state a request's {@code field} names; null when not given.
     *
     * @throws InvalidInput when it names neither
     */
    public static GeoReportStatus parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> OPEN;
            case "closed" -> CLOSED;
            default -> throw new InvalidInput(field, "is open or closed");
        };
    }
}
