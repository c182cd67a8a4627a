package dev.tandem.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The text of {@link Instants#text} against the reference it must equal, {@link Instant#toString()}. */
class InstantTextProperties {

    private static final long FIRST_FAST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_FAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    /**
     * Instants over the whole range of {@link Instant}, weighted towards the usual years and the edges of the
     * fast path, half of them with a fraction of a second (of 3, 6 or 9 digits, or any).
     */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(FIRST_FAST, LAST_FAST)),
                Tuple.of(2, Arbitraries.longs().between(0, 4_102_444_800L)), // 1970 to 2100
                Tuple.of(1, Arbitraries.longs().between(FIRST_FAST - 100_000, FIRST_FAST + 100_000)),
                Tuple.of(1, Arbitraries.longs().between(LAST_FAST - 100_000, LAST_FAST + 100_000)),
                Tuple.of(1, Arbitraries.longs().between(Instant.MIN.getEpochSecond(),
                        Instant.MAX.getEpochSecond())));
        Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 999).map(n -> n * 1_000_000)),
                Tuple.of(1, Arbitraries.integers().between(1, 999_999).map(n -> n * 1_000)),
                Tuple.of(2, Arbitraries.integers().between(1, 999_999_999)));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Property(tries = 5000)
    void theTextIsWhatInstantToStringGives(@ForAll("instants") Instant instant) {
        assertThat(Instants.text(instant)).isEqualTo(instant.toString());
    }

    @Property(tries = 2000)
    void theFastPathWritesExactlyTheUsualFormAndNothingElse(@ForAll("instants") Instant instant) {
        char[] into = new char[Instants.LENGTH + 4];
        Arrays.fill(into, '#');
        boolean written = Instants.write(instant, into, 2);
        String usual = instant.toString();
        boolean isUsual = usual.length() == Instants.LENGTH && usual.charAt(0) != '+' && usual.charAt(0) != '-';
        assertThat(written).isEqualTo(isUsual);
        assertThat(Instants.hasUsualForm(instant)).isEqualTo(isUsual);
        assertThat(new String(into)).isEqualTo(written ? "##" + usual + "##" : "#".repeat(Instants.LENGTH + 4));
    }

    @Example
    void edgesOfTheCalendarAndOfTheFastPath() {
        assertThat(Instants.text(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(Instants.text(Instant.ofEpochSecond(-1))).isEqualTo("1969-12-31T23:59:59Z");
        assertThat(Instants.text(Instant.parse("2024-02-29T23:59:59Z"))).isEqualTo("2024-02-29T23:59:59Z");
        assertThat(Instants.text(Instant.parse("2000-02-29T12:00:00Z"))).isEqualTo("2000-02-29T12:00:00Z");
        assertThat(Instants.text(Instant.parse("1900-03-01T00:00:00Z"))).isEqualTo("1900-03-01T00:00:00Z");
        assertThat(Instants.text(Instant.parse("2026-06-01T00:00:00Z"))).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(Instants.text(Instant.ofEpochSecond(FIRST_FAST))).isEqualTo("0000-01-01T00:00:00Z");
        assertThat(Instants.text(Instant.ofEpochSecond(FIRST_FAST + 59 * 86_400))).isEqualTo("0000-02-29T00:00:00Z");
        assertThat(Instants.text(Instant.ofEpochSecond(LAST_FAST))).isEqualTo("9999-12-31T23:59:59Z");
    }

    @Example
    void otherFormsAreThoseOfInstantToString() {
        assertThat(Instants.text(Instant.ofEpochSecond(LAST_FAST + 1))).isEqualTo("+10000-01-01T00:00:00Z");
        assertThat(Instants.text(Instant.ofEpochSecond(FIRST_FAST - 1))).isEqualTo("-0001-12-31T23:59:59Z");
        assertThat(Instants.text(Instant.parse("2026-06-01T00:00:00.500Z"))).isEqualTo("2026-06-01T00:00:00.500Z");
        assertThat(Instants.text(Instant.parse("2026-06-01T00:00:00.000000001Z")))
                .isEqualTo("2026-06-01T00:00:00.000000001Z");
        assertThat(Instants.text(Instant.MAX)).isEqualTo(Instant.MAX.toString());
        assertThat(Instants.text(Instant.MIN)).isEqualTo(Instant.MIN.toString());
    }
}
