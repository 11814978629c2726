package io.huike.kernel.personaldata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone and ID numbers in free text however they are written: with spaces, dots or dashes between the digit
 * groups ({@code 138 0013 8000}, {@code 138-0013-8000}), with a country code ({@code +86 138...}) or in full-width
 * digits ({@code １３８００１３８０００}). Seven digits or more in one such run is taken for a number that identifies a
 * person; dates and case tracking numbers, which look alike, are not. The same reading refuses such text where
 * numbers must not travel and masks it for roles that must not see numbers in full.
 */
public final class PersonalNumbers {

    /** Fewer digits than this identify no one: a room number, an amount, a year. */
    static final int MIN_DIGITS = 7;

    /**
     * Digits of a number left readable when masked: its last four, and the first three of a mobile or longer number
     * (eleven digits or more), as {@link PersonalData#maskPhone} shows them; a shorter number keeps its end only.
     */
    private static final int KEEP_END = 4;

    private static final int KEEP_START = 3;

    private static final int KEEP_START_FROM_DIGITS = 11;

    /**
     * Dates ({@code 2026-05-06}, {@code 2026.5.6}, {@code 2026年5月6日}) and tracking numbers ({@code GL-2026-000123},
     * whatever the community's prefix).
     */
    private static final Pattern LOOK_ALIKES =
            Pattern.compile("\\d{4}\\s?[-./年]\\s?\\d{1,2}\\s?[-./月]\\s?\\d{1,2}\\s?日?(?!\\d)"
                    + "|(?<![A-Za-z0-9_-])[A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*-\\d{4}-\\d{6}(?!\\d)");

    /** Digit groups joined by single separators: spaces (also no-break and ideographic), dots, dashes, parentheses. */
    private static final Pattern DIGIT_RUN =
            Pattern.compile("\\d+(?:[ \\u00A0\\u3000.\\-\\u2010-\\u2015()/]{1,2}\\d+)*");

    private PersonalNumbers() {}

    /** Whether the text holds something that reads as a phone or ID number. */
    public static boolean appearIn(String text) {
        return text != null && !numbersIn(Plain.of(text)).isEmpty();
    }

    /**
     * The text with the middle digits of every phone or ID number in it masked, however it was written:
     * {@code 请回电 138 0013 8000} becomes {@code 请回电 138 **** 8000}. Everything else is left as it was.
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Plain plain = Plain.of(text);
        List<int[]> numbers = numbersIn(plain);
        if (numbers.isEmpty()) {
            return text;
        }
        boolean[] hidden = new boolean[plain.text().length()];
        for (int[] number : numbers) {
            int digits = 0;
            for (int i = number[0]; i < number[1]; i++) {
                if (Character.isDigit(plain.text().charAt(i))) {
                    digits++;
                }
            }
            int keepStart = digits >= KEEP_START_FROM_DIGITS ? KEEP_START : 0;
            int seen = 0;
            for (int i = number[0]; i < number[1]; i++) {
                if (Character.isDigit(plain.text().charAt(i))) {
                    hidden[i] = seen >= keepStart && seen < digits - KEEP_END;
                    seen++;
                }
            }
        }
        StringBuilder masked = new StringBuilder(text.length());
        for (int i = 0; i < hidden.length; i++) {
            masked.append(hidden[i] ? "*" : text.substring(plain.origin()[i], plain.origin()[i + 1]));
        }
        return masked.toString();
    }

    /** Where the numbers of a person lie in the plain text: start and end index of each. */
    private static List<int[]> numbersIn(Plain plain) {
        char[] readable = plain.text().toCharArray();
        Matcher lookAlike = LOOK_ALIKES.matcher(plain.text());
        while (lookAlike.find()) {
            for (int i = lookAlike.start(); i < lookAlike.end(); i++) {
                readable[i] = '#';
            }
        }
        List<int[]> numbers = new ArrayList<>();
        Matcher run = DIGIT_RUN.matcher(new String(readable));
        while (run.find()) {
            if (run.group().chars().filter(Character::isDigit).count() >= MIN_DIGITS) {
                numbers.add(new int[] {run.start(), run.end()});
            }
        }
        return numbers;
    }

    /**
     * The text with full-width digits and punctuation in their ASCII forms, so that one pattern reads both, and
     * digits of other scripts as ASCII digits: one character for each character or surrogate pair of the original;
     * {@code origin[i]} is where character {@code i} came from.
     */
    private record Plain(String text, int[] origin) {

        static Plain of(String original) {
            StringBuilder plain = new StringBuilder(original.length());
            int[] origin = new int[original.length() + 1];
            int at = 0;
            while (at < original.length()) {
                int c = original.codePointAt(at);
                origin[plain.length()] = at;
                if (c >= '０' && c <= '９') {
                    plain.append((char) ('0' + (c - '０')));
                } else if (c == '－' || c == '．' || c == '（' || c == '）' || c == '／' || c == '＋') {
                    plain.append((char) (c - 0xFEE0));
                } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                    // Digits of other scripts count as digits too.
                    plain.append((char) ('0' + Character.digit(c, 10)));
                } else if (Character.isSupplementaryCodePoint(c)) {
                    // Neither digit nor separator: one stand-in keeps the indices of the two texts in step.
                    plain.append('\uFFFD');
                } else {
                    plain.append((char) c);
                }
                at += Character.charCount(c);
            }
            origin[plain.length()] = original.length();
            return new Plain(plain.toString(), java.util.Arrays.copyOf(origin, plain.length() + 1));
        }
    }
}
