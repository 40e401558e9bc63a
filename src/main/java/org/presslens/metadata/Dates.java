package org.presslens.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full calendar dates (day, month and year) written in ISO ({@code 2024-12-27}, {@code 2023-03-21T05:02Z}),
 * numeric ({@code 27-12-2024}, {@code 12/27/2024}; only when day and month cannot be swapped) or verbal
 * ({@code Tuesday, July 16, 2024}, {@code 16 July 2024}, {@code Dec. 27, 2024}) form. Month-year or day-month
 * mentions without a year are not dates here. Thread-safe.
 */
public final class Dates {
    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|"
            + "June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|"
            + "Dec(?:ember|\\.)?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.])(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b" + MONTH + "(?![a-z])\\s+" + DAY + "\\b,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)(?<![\\d])" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?![a-z]),?\\s+(\\d{4})(?!\\d)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** A date found in a text and where it ends. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** The first full date in the text (earliest position), if any. */
    public Optional<Found> find(String text) {
        Found best = null;
        best = earliest(best, iso(text));
        best = earliest(best, numeric(text));
        best = earliest(best, verbal(text, MONTH_FIRST, 2, 1, 3));
        best = earliest(best, verbal(text, DAY_FIRST, 1, 2, 3));
        return Optional.ofNullable(best);
    }

    /** The date a whole field value states ({@code 2016-09-20}, {@code 2016-09-20T10:00:00Z}, {@code Sep 20, 2016}). */
    public Optional<LocalDate> parseValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return find(value.strip()).map(Found::date);
    }

    private static Found earliest(Found a, Found b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.start() < a.start() ? b : a;
    }

    private static Found iso(String text) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (d != null) {
                return new Found(d, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found numeric(String text) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int y = Integer.parseInt(m.group(4));
            LocalDate d = null;
            if (a > 12 && b <= 12) {
                d = date(y, b, a);
            } else if (b > 12 && a <= 12) {
                d = date(y, a, b);
            } else if (a == b) {
                d = date(y, a, b);
            }
            if (d != null) {
                return new Found(d, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found verbal(String text, Pattern p, int dayGroup, int monthGroup, int yearGroup) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(monthGroup).substring(0, 3).toLowerCase(Locale.ROOT));
            LocalDate d = month == null ? null : date(Integer.parseInt(m.group(yearGroup)), month,
                    Integer.parseInt(m.group(dayGroup)));
            if (d != null) {
                return new Found(d, m.start(), m.end());
            }
        }
        return null;
    }

    private static LocalDate date(int y, int m, int d) {
        if (y < 1900 || y > 2100) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
