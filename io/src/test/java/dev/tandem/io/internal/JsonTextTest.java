package dev.tandem.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(JsonText.quote("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
    }

    @Test
    void commonControlCharactersUseTheirShortEscapes() {
        assertThat(JsonText.quote("a\nb\rc\td")).isEqualTo("\"a\\nb\\rc\\td\"");
    }

    @Test
    void otherControlAndInvisibleLineBreakingCharactersAreEscapedInHex() {
        assertThat(JsonText.quote("\u0000\u001f\u007f\u0085\u2028\u2029\ufeff"))
                .isEqualTo("\"\\u0000\\u001f\\u007f\\u0085\\u2028\\u2029\\ufeff\"");
    }

    @Test
    void pairedSurrogatesStayAndUnpairedOnesAreEscaped() {
        assertThat(JsonText.quote("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
        assertThat(JsonText.quote("a\uD83Db")).isEqualTo("\"a\\ud83db\"");
        assertThat(JsonText.quote("\uDE00")).isEqualTo("\"\\ude00\"");
    }

    @Test
    void otherTextIsWrittenAsItself() {
        assertThat(JsonText.quote("Überweisung an die Krisenhilfe – sofort")).isEqualTo(
                "\"Überweisung an die Krisenhilfe – sofort\"");
    }

    @Property
    void aJsonParserReadsBackTheText(@ForAll String text) throws Exception {
        assertThat(JSON.readValue(JsonText.quote(text), String.class)).isEqualTo(text);
    }

    @Test
    void appendingAddsToWhatIsThere() {
        assertThat(JsonText.appendQuoted(new StringBuilder("x="), "y").toString()).isEqualTo("x=\"y\"");
    }
}
