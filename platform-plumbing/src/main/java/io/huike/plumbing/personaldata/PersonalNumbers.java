package io.huike.plumbing.personaldata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone and ID numbers in free text however they are written: with spaces, dots or dashes between the digit
 * groups ({@code 138 0013 8000}, {@code 138-0013-8000}), with a country code ({@code +86 138...}) or in full-width
 * digits ({@code １３８００１３８０００}). Seven digits or more in one such run is taken for a number that identifies a
 * person; dates and case tracking numbers, which look alike, are not.
 */
public final class PersonalNumbers {

    /** Fewer digits than this identify no one: a room number, an amount, a year. */
    static final int MIN_DIGITS = 7;

    /** Dates ({@code 2026-05-06}, {@code 2026.5.6}, {@code 2026年5月6日}) and tracking numbers ({@code GL-2026-000123}). */
    private static final Pattern LOOK_ALIKES = Pattern.compile(
            "\\d{4}\\s?[-./年]\\s?\\d{1,2}\\s?[-./月]\\s?\\d{1,2}\\s?日?(?!\\d)|(?<![A-Za-z0-9])[A-Za-z]{1,8}-\\d{4}-\\d{6}(?!\\d)");

    /** Digit groups joined by single separators: spaces (also no-break and ideographic), dots, dashes, parentheses. */
    private static final Pattern DIGIT_RUN =
            Pattern.compile("\\d+(?:[ \\u00A0\\u3000.\\-\\u2010-\\u2015()/]{1,2}\\d+)*");

    private PersonalNumbers() {}

    /** Whether the text holds something that reads as a phone or ID number. */
    public static boolean appearIn(String text) {
        if (text == null) {
            return false;
        }
        String plain = LOOK_ALIKES.matcher(normalise(text)).replaceAll("#");
        Matcher run = DIGIT_RUN.matcher(plain);
        while (run.find()) {
            if (run.group().chars().filter(Character::isDigit).count() >= MIN_DIGITS) {
                return true;
            }
        }
        return false;
    }

    /** Full-width digits and punctuation to their ASCII forms, so that one pattern reads both. */
    static String normalise(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                plain.append((char) ('0' + (c - '０')));
            } else if (c == '－' || c == '．' || c == '（' || c == '）' || c == '／' || c == '＋') {
                plain.append((char) (c - 0xFEE0));
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                // Digits of other scripts count as digits too.
                plain.append((char) ('0' + Character.digit(c, 10)));
            } else {
                plain.appendCodePoint(c);
            }
        });
        return plain.toString();
    }
}
