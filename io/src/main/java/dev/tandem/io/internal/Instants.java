package dev.tandem.io.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parses the instants of evidence (FORMAT 6.1) and writes instants in output. The two forms nearly every file
 * uses, {@code 2026-03-02T14:00:00Z} and {@code 2026-03-02}, are read by a fixed-layout fast path; anything else
 * (offsets, fractions, lower-case letters, surrounding white space, out-of-range fields) goes to
 * {@code java.time}'s ISO parsers, so the accepted texts and their instants are exactly those of
 * {@link #parseFully(String)}. Written text is exactly what {@link Instant#toString()} gives, the usual form
 * (whole seconds in the years 0000 to 9999) made digit by digit without {@code java.time}'s formatter.
 * Stateless.
 */
public final class Instants {

    /** The length of the usual form of an instant, {@code YYYY-MM-DDTHH:MM:SSZ}. */
    public static final int LENGTH = 20;

    private static final int SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z. */
    private static final long FIRST = -62_167_219_200L;
    /** 9999-12-31T23:59:59Z. */
    private static final long LAST = 253_402_300_799L;
    /** The two digits of 0 to 99, one pair after the other: {@code 000102...99}. */
    private static final char[] PAIRS = new char[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (char) ('0' + i / 10);
            PAIRS[2 * i + 1] = (char) ('0' + i % 10);
        }
    }

    private Instants() {
    }

    /**
     * {@return the instant for an ISO-8601 instant with offset or a date (start of day UTC), or null}: the rule
     * of evidence's {@code at}, which the command line's {@code --as-of} and other instant options follow too
     *
     * @param text the text
     */
    public static Instant parse(String text) {
        int length = text.length();
        if (length == 20 || length == 10) {
            char[] chars = new char[length];
            text.getChars(0, length, chars, 0);
            long seconds = fast(chars, 0, length);
            if (seconds != Long.MIN_VALUE) {
                return Instant.ofEpochSecond(seconds);
            }
        }
        return parseFully(text);
    }

    /**
     * {@return the instant of characters in one of the two usual forms, {@code 2026-03-02T14:00:00Z} or
     * {@code 2026-03-02}, or null for any other text}, which {@link #parse(String)} then reads: so that a
     * parser's characters need no {@code String} in the usual case
     *
     * @param text   holds the characters
     * @param offset where they start
     * @param length how many there are
     */
    public static Instant parseUsual(char[] text, int offset, int length) {
        if (length != 20 && length != 10) {
            return null;
        }
        long seconds = fast(text, offset, length);
        return seconds == Long.MIN_VALUE ? null : Instant.ofEpochSecond(seconds);
    }

    /** {@return the instant as {@code java.time} reads the text, or null}; the reference for {@link #parse}. */
    static Instant parseFully(String text) {
        String value = text.strip();
        if (value.length() > 64) {
            return null;
        }
        try {
            if (value.length() <= 10 || value.indexOf('T') < 0 && value.indexOf('t') < 0) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@return the epoch second of {@code YYYY-MM-DD} (length 10) or {@code YYYY-MM-DDTHH:MM:SSZ} (length 20)
     * with every field in range, or {@code Long.MIN_VALUE} when the text is not exactly that}
     */
    private static long fast(char[] s, int o, int length) {
        if (s[o + 4] != '-' || s[o + 7] != '-') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, o, 4);
        int month = digits(s, o + 5, 2);
        int day = digits(s, o + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return Long.MIN_VALUE;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        if (length == 10) {
            return epochDay * SECONDS_PER_DAY;
        }
        if (s[o + 10] != 'T' || s[o + 13] != ':' || s[o + 16] != ':' || s[o + 19] != 'Z') {
            return Long.MIN_VALUE;
        }
        int hour = digits(s, o + 11, 2);
        int minute = digits(s, o + 14, 2);
        int second = digits(s, o + 17, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return Long.MIN_VALUE;
        }
        return epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    }

    /** {@return the value of {@code count} ASCII digits from {@code start}, or -1 when one is not a digit} */
    private static int digits(char[] s, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int d = s[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * {@return the instant's text, as {@link Instant#toString()} gives it}
     *
     * @param instant the instant
     */
    public static String text(Instant instant) {
        char[] text = new char[LENGTH];
        return write(instant, text, 0) ? new String(text) : instant.toString();
    }

    /**
     * {@return true when the instant has the usual form, which {@link #write} writes: whole seconds in the years
     * 0000 to 9999}
     *
     * @param instant the instant
     */
    public static boolean hasUsualForm(Instant instant) {
        long seconds = instant.getEpochSecond();
        return instant.getNano() == 0 && seconds >= FIRST && seconds <= LAST;
    }

    /**
     * Writes the usual form of an instant, {@link #LENGTH} characters such as {@code 2026-06-01T00:00:00Z}, when
     * it has that form: whole seconds in the years 0000 to 9999.
     *
     * @param instant the instant
     * @param into    where to write
     * @param at      the index of the first character
     * @return true when written; false, and nothing written, when the instant has another form
     */
    public static boolean write(Instant instant, char[] into, int at) {
        if (!hasUsualForm(instant)) {
            return false;
        }
        long seconds = instant.getEpochSecond();
        long epochDay = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) (seconds - epochDay * SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int year = date.getYear();
        two(year / 100, into, at);
        two(year % 100, into, at + 2);
        into[at + 4] = '-';
        two(date.getMonthValue(), into, at + 5);
        into[at + 7] = '-';
        two(date.getDayOfMonth(), into, at + 8);
        into[at + 10] = 'T';
        two(secondOfDay / 3600, into, at + 11);
        into[at + 13] = ':';
        two(secondOfDay / 60 % 60, into, at + 14);
        into[at + 16] = ':';
        two(secondOfDay % 60, into, at + 17);
        into[at + 19] = 'Z';
        return true;
    }

    /** Writes a number 0 to 99 as two digits. */
    private static void two(int value, char[] into, int at) {
        into[at] = PAIRS[2 * value];
        into[at + 1] = PAIRS[2 * value + 1];
    }
}
