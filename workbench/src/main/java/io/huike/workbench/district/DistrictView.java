package io.huike.workbench.district;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the dashboard opens with: the community chosen (empty for all of the user's), the period (this month up to
 * today unless the address names another), and the way to sign in again and come back to the same view.
 */
public record DistrictView(String community, String from, String to, String signInAgainHref) {

    private static final Pattern COMMUNITY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /** The view the address asks for; what cannot be read is left at its default. */
    static DistrictView of(String community, String from, String to, LocalDate today) {
        LocalDate start = date(from).orElse(today.withDayOfMonth(1));
        LocalDate end = date(to).orElse(today);
        if (end.isBefore(start)) {
            start = today.withDayOfMonth(1);
            end = today;
        }
        String chosen = community != null && COMMUNITY.matcher(community).matches() ? community : "";
        String here =
                "/district?" + (chosen.isEmpty() ? "" : "community=" + chosen + "&") + "from=" + start + "&to=" + end;
        return new DistrictView(
                chosen,
                start.toString(),
                end.toString(),
                "/session/login?returnTo=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }

    private static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
