package io.huike.workbench.roster;

import io.huike.workbench.layout.Formats;
import io.huike.workbench.layout.Language;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The month a roster page shows: as asked for ({@code 2026-05}) when readable and within reason, else this month. */
public final class Months {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Months() {}

    public static YearMonth of(String value, Clock clock) {
        YearMonth now = YearMonth.now(clock.withZone(Formats.ZONE));
        if (value == null || value.isBlank()) {
            return now;
        }
        try {
            YearMonth asked = YearMonth.parse(value.strip());
            return asked.getYear() < 2000 || asked.getYear() > 2100 ? now : asked;
        } catch (DateTimeParseException unreadable) {
            return now;
        }
    }

    /** {@code 2026年5月}, {@code May 2026}. */
    public static String label(YearMonth month, Language language) {
        return (language == Language.EN ? EN : ZH).format(month);
    }
}
