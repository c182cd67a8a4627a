package dev.tandem.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void wholeNumbersAreWrittenWithoutAFraction() {
        assertThat(Texts.number(40.0)).isEqualTo("40");
        assertThat(Texts.number(-3.0)).isEqualTo("-3");
        assertThat(Texts.number(-0.0)).isEqualTo("0");
    }

    @Test
    void fractionsAreWrittenInPlainDecimalNeverWithAnExponent() {
        assertThat(Texts.number(0.5)).isEqualTo("0.5");
        assertThat(Texts.number(0.0001)).isEqualTo("0.0001");
        assertThat(Texts.number(12345678.25)).isEqualTo("12345678.25");
    }

    @Test
    void hugeWholeNumbersStayPlain() {
        assertThat(Texts.number(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void nonFiniteValuesAndNullAreNamed() {
        assertThat(Texts.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Texts.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(Texts.number(null)).isEqualTo("null");
    }
}
