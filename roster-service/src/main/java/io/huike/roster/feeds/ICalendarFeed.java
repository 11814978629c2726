package io.huike.roster.feeds;

import io.huike.roster.shifts.DutyShift;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A member's duty shifts as an RFC 5545 calendar that phone calendars subscribe to: one event per shift, in
 * Asia/Shanghai local time, with the shift id as the stable UID so that a swapped shift updates in place.
 */
final class ICalendarFeed {

    /** One shift as it shows in the calendar. */
    public record Entry(DutyShift shift, String roomName, String shiftName, String location) {}

    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** RFC 5545 3.1: lines longer than 75 octets are folded. */
    private static final int MAX_OCTETS = 75;

    private ICalendarFeed() {}

    public static String render(String calendarName, List<Entry> entries, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Huike//Roster service//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:" + DutyShift.ZONE.getId());
        // China has kept UTC+8 without daylight saving since 1991, so one STANDARD rule describes the zone.
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + DutyShift.ZONE.getId());
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:+0800");
        line(out, "TZOFFSETTO:+0800");
        line(out, "TZNAME:CST");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        for (Entry entry : entries) {
            DutyShift shift = entry.shift();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + shift.id() + "@huike");
            line(out, "DTSTAMP:" + UTC.format(now));
            String zone = ";TZID=" + DutyShift.ZONE.getId() + ":";
            line(out, "DTSTART" + zone + LOCAL.format(shift.day().atTime(shift.startsAt())));
            line(out, "DTEND" + zone + LOCAL.format(shift.day().atTime(shift.endsAt())));
            line(out, "SUMMARY:" + text("值班：" + entry.roomName() + " " + entry.shiftName()));
            if (entry.location() != null) {
                line(out, "LOCATION:" + text(entry.location()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets and no UTF-8 character is split. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
