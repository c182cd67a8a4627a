package dev.tandem.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.io.ReadOptions;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TreeParserPositionsTest {

    private static TreeParser.Parsed yaml(String text) throws IOException {
        return new TreeParser(ReadOptions.defaults()).parse(new StringReader(text), true);
    }

    @Test
    void valuesAndKeysArePositionedByTheirPointer() throws IOException {
        TreeParser.Parsed parsed = yaml("a:\n  b: 1\n  list:\n    - x\n    - {c: 2}\n");

        assertThat(parsed.index().get(JsonPointer.root())).containsExactly(1, 1);
        assertThat(parsed.index().get(JsonPointer.of("a", "b"))).containsExactly(2, 6);
        assertThat(parsed.keys().get(JsonPointer.of("a", "b"))).containsExactly(2, 3);
        assertThat(parsed.index().get(JsonPointer.of("a", "list", 1, "c"))).containsExactly(5, 11);
        assertThat(parsed.keys().get(JsonPointer.of("a", "list", 1, "c"))).containsExactly(5, 8);
        assertThat(parsed.index().get(JsonPointer.of("a", "missing"))).isNull();
    }

    @Test
    void anAliasIsPositionedWhereItIsWrittenAndNothingBelowItHasAPosition() throws IOException {
        TreeParser.Parsed parsed = yaml("a: &x {b: 1}\nc: *x\n");

        assertThat(parsed.index().get(JsonPointer.of("c"))).containsExactly(2, 4);
        assertThat(parsed.index().get(JsonPointer.of("c", "b"))).isNull();
        assertThat(parsed.keys().get(JsonPointer.of("c", "b"))).isNull();
        assertThat(parsed.index().get(JsonPointer.of("a", "b"))).containsExactly(1, 11);
    }

    @Test
    void aRepeatedKeyNamesTheLineOfTheFirst() throws IOException {
        TreeParser.Parsed parsed = yaml("a: 1\nb: 2\n\na: 3\n");

        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("(first on line 1)");
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.path()).isEqualTo(JsonPointer.of("a"));
        });
        assertThat(parsed.index().get(JsonPointer.of("a"))).containsExactly(1, 4);
    }
}
