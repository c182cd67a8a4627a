package dev.tandem.io.progress;

import java.time.Instant;

/**
 * The text of an instant in progress output, exactly what {@link Instant#toString()} gives, made without
 * {@code java.time}'s formatter for the form nearly every instant has: whole seconds in the years 0000 to 9999,
 * such as {@code 2026-06-01T00:00:00Z}. Anything else (a fraction of a second, another year) is left to
 * {@link Instant#toString()}. Stateless.
 */
final class InstantText {

    /** The length of the usual form, {@code YYYY-MM-DDTHH:MM:SSZ}. */
    static final int LENGTH = 20;

    private static final long SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z. */
    private static final long FIRST = -62_167_219_200L;
    /** 9999-12-31T23:59:59Z. */
    private static final long LAST = 253_402_300_799L;
    /** Days from 0000-03-01 to 1970-01-01: the civil calendar counted from a March, leap day last. */
    private static final long DAYS_0000_03_01_TO_1970 = 719_468;
    private static final int DAYS_PER_400_YEARS = 146_097;
    /** The two digits of 0 to 99, one pair after the other: {@code 000102...99}. */
    private static final char[] PAIRS = new char[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (char) ('0' + i / 10);
            PAIRS[2 * i + 1] = (char) ('0' + i % 10);
        }
    }

    private InstantText() {
    }

    /**
     * {@return the instant's text, as {@link Instant#toString()} gives it}
     *
     * @param instant the instant
     */
    static String of(Instant instant) {
        char[] text = new char[LENGTH];
        return write(instant, text, 0) ? new String(text) : instant.toString();
    }

    /**
     * Writes the usual form of an instant, {@link #LENGTH} characters, when it has that form.
     *
     * @param instant the instant
     * @param into    where to write
     * @param at      the index of the first character
     * @return true when written; false, and nothing written, when the instant has another form
     */
    static boolean write(Instant instant, char[] into, int at) {
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0 || seconds < FIRST || seconds > LAST) {
            return false;
        }
        long epochDay = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) (seconds - epochDay * SECONDS_PER_DAY);
        // the civil date of a day count (proleptic Gregorian), years starting on 1 March
        long day = epochDay + DAYS_0000_03_01_TO_1970; // negative in January and February of 0000
        int era = (int) Math.floorDiv(day, DAYS_PER_400_YEARS);
        int dayOfEra = (int) (day - (long) era * DAYS_PER_400_YEARS);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / (DAYS_PER_400_YEARS - 1)) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 is March
        int dayOfMonth = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        int year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
        two(year / 100, into, at);
        two(year % 100, into, at + 2);
        into[at + 4] = '-';
        two(month, into, at + 5);
        into[at + 7] = '-';
        two(dayOfMonth, into, at + 8);
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
