package dev.tandem.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class InstantsProperties {

    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    @Provide
    Arbitrary<String> validInstants() {
        return Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
                .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC))
                .flatMap(t -> Arbitraries.of(t.format(UTC_SECONDS), t.toLocalDate().toString()));
    }

    /** Texts of the fast path's two lengths, digit by digit, with any field value and any separator. */
    @Provide
    Arbitrary<String> nearlyInstants() {
        Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
        Arbitrary<Character> any = Arbitraries.of('0', '1', '2', '3', '5', '9', '-', ':', 'T', 't', 'Z', 'z', '+',
                ' ', '.', 'x', '\u0660', '\u00a0');
        Arbitrary<Character> cell = Arbitraries.frequencyOf(
                Tuple.of(30, digit), Tuple.of(1, any));
        Arbitrary<String> digits = Combinators.combine(cell.list().ofSize(14), Arbitraries.integers().between(0, 3))
                .as((cells, shape) -> {
                    String d = cells.stream().map(String::valueOf).reduce("", String::concat);
                    String date = d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8);
                    return switch (shape) {
                        case 0 -> date;
                        case 1 -> date + "T" + d.substring(8, 10) + ":" + d.substring(10, 12) + ":"
                                + d.substring(12, 14) + "Z";
                        case 2 -> " " + date.substring(1);
                        default -> date + "T" + d.substring(8, 10) + ":" + d.substring(10, 12) + "Z";
                    };
                });
        return Combinators.combine(digits, Arbitraries.integers().between(0, 19), any, Arbitraries.integers()
                .between(0, 2)).as((text, at, c, mutate) -> mutate != 0 || at >= text.length()
                        ? text : text.substring(0, at) + c + text.substring(at + 1));
    }

    @Property(tries = 1000)
    void validInstantsAndDatesAreReadAsJavaTimeReadsThem(@ForAll("validInstants") String text) {
        assertThat(Instants.parse(text)).isNotNull().isEqualTo(Instants.parseFully(text));
    }

    @Property(tries = 3000)
    void theFastPathAcceptsExactlyWhatJavaTimeAcceptsWithTheSameInstant(@ForAll("nearlyInstants") String text) {
        assertThat(Instants.parse(text)).isEqualTo(Instants.parseFully(text));
    }

    /**
     * The usual forms read from a parser's characters (here inside a larger buffer, at an offset) give the
     * instant java.time gives; any other text gives null, for the reader to read it as text.
     */
    @Property(tries = 3000)
    void theUsualFormsReadFromCharactersAgreeWithJavaTime(@ForAll("nearlyInstants") String text,
            @ForAll("validInstants") String valid, @ForAll("padding") String before) {
        for (String t : new String[] {text, valid}) {
            char[] buffer = (before + t + "\",\"by\"").toCharArray();
            Instant usual = Instants.parseUsual(buffer, before.length(), t.length());
            if (usual != null) {
                assertThat(usual).as(t).isEqualTo(Instants.parseFully(t));
            } else {
                assertThat(t.length() == 20 && t.endsWith("Z") && t.charAt(10) == 'T' && Instants.parseFully(t)
                        != null && t.equals(Instants.parseFully(t).toString())).as(t).isFalse();
            }
        }
        assertThat(Instants.parseUsual(valid.toCharArray(), 0, valid.length())).isEqualTo(Instants.parse(valid));
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.strings().withChars("{\"at:0123456789-TZ ").ofMaxLength(12);
    }

    @Property(tries = 1000)
    void anyTextIsReadAsJavaTimeReadsIt(@ForAll String text) {
        assertThat(Instants.parse(text)).isEqualTo(Instants.parseFully(text));
    }

    @Example
    void leapDaysOutOfRangeFieldsAndOtherFormsAgreeWithJavaTime() {
        for (String text : new String[] {"2024-02-29", "2023-02-29", "2000-02-29T00:00:00Z", "1900-02-29",
                "2026-13-01", "2026-00-10", "2026-04-31T10:00:00Z", "2026-03-02T24:00:00Z", "2026-03-02T23:60:00Z",
                "2026-03-02T23:59:60Z", "2026-03-02t14:00:00z", "2026-03-02T16:00:00+02:00", "0000-01-01",
                " 2026-03-02T14:00:00Z", "2026-03-02T14:00Z", "+2026-03-02", "2026-3-02T14:00:00Z"}) {
            assertThat(Instants.parse(text)).as(text).isEqualTo(Instants.parseFully(text));
        }
        assertThat(Instants.parse("2026-03-02T14:00:00Z")).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
        assertThat(Instants.parse("2026-03-02")).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }
}
