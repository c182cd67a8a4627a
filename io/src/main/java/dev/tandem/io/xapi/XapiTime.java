package dev.tandem.io.xapi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/** Timestamps of statements: ISO-8601 instants with a zone offset, zone-less date-times (UTC) and dates. */
final class XapiTime {

    /** ISO-8601 date-time with an offset as {@code Z}, {@code +01:00}, {@code +0100} or {@code +01}. */
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private XapiTime() {
    }

    /**
     * {@return the instant of an ISO-8601 date-time with a zone offset, or of a date (the start of that day in
     * UTC); null for anything else, a date-time without offset included}
     *
     * @param text the timestamp
     */
    static Instant instant(String text) {
        int t = text.indexOf('T');
        if (t < 0) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (!hasOffset(text, t)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, WITH_OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * {@return the instant of an ISO-8601 date-time without zone offset, read as UTC, or null}
     *
     * @param text the text
     */
    static Instant zoneless(String text) {
        int t = text.indexOf('T');
        if (t < 0 || hasOffset(text, t)) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * {@return the instant of a timestamp with or without offset, or of a date, or null}
     *
     * @param text the text
     */
    static Instant instantOrZoneless(String text) {
        Instant at = instant(text);
        return at != null ? at : zoneless(text);
    }

    private static boolean hasOffset(String text, int t) {
        return text.endsWith("Z") || text.endsWith("z") || text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0;
    }
}
