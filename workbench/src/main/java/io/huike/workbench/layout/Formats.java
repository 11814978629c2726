package io.huike.workbench.layout;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as people in the community read them: in Beijing time, written the Chinese way or the English
 * way after the page's language. In templates {@code {case.registeredAt.dateTime}}, {@code {day.date}}.
 */
public final class Formats {

    /** Where the communities are; every time on a page is local time there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter ZH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** What an {@code <input type="datetime-local">} takes and sends. */
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Formats() {}

    public static String dateTime(Instant at, Language language) {
        return at == null ? "" : (language == Language.EN ? EN_DATE_TIME : ZH_DATE_TIME).format(at.atZone(ZONE));
    }

    public static String date(LocalDate day, Language language) {
        return day == null ? "" : (language == Language.EN ? EN_DATE : ZH_DATE).format(day);
    }

    public static String date(Instant at, Language language) {
        return at == null ? "" : date(at.atZone(ZONE).toLocalDate(), language);
    }

    /** An instant as the value of a {@code datetime-local} field, in Beijing time. */
    public static String inputValue(Instant at) {
        return at == null ? "" : INPUT.format(at.atZone(ZONE));
    }

    /** What a {@code datetime-local} field sent, read as Beijing time; null when empty or unreadable. */
    public static Instant fromInput(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant();
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }

    @TemplateExtension(matchName = "dateTime")
    static String dateTimeIn(Instant at, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return dateTime(at, languageOf(locale));
    }

    @TemplateExtension(matchName = "date")
    static String dateIn(Instant at, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date(at, languageOf(locale));
    }

    @TemplateExtension(matchName = "date")
    static String dayIn(LocalDate day, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date(day, languageOf(locale));
    }

    private static Language languageOf(Object locale) {
        String tag = locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale);
        return Language.ofCode(tag).orElse(Language.ZH);
    }
}
