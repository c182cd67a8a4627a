package dev.tandem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

    @Test
    void theRootIsTheEmptyString() {
        assertThat(JsonPointer.root()).hasToString("");
        assertThat(JsonPointer.parse("")).isEqualTo(JsonPointer.root());
    }

    @Test
    void appendingNamesAndIndexesGivesThePointerText() {
        assertThat(JsonPointer.root().append("modules").append(4).append("requires").append(1))
                .hasToString("/modules/4/requires/1");
    }

    @Test
    void slashAndTildeAreEscapedInTheText() {
        assertThat(JsonPointer.of("a/b", "c~d")).hasToString("/a~1b/c~0d");
    }

    @Test
    void parsingUnescapesSlashBeforeTilde() {
        assertThat(JsonPointer.parse("/~01").tokens()).containsExactly("~1");
    }

    @Test
    void pointerTextMustStartWithASlash() {
        assertThatThrownBy(() -> JsonPointer.parse("modules/0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be empty or start with '/'");
    }

    @Test
    void aNegativeIndexIsRejected() {
        assertThatThrownBy(() -> JsonPointer.root().append(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indexesCompareAsNumbers() {
        assertThat(JsonPointer.of("modules", 10)).isGreaterThan(JsonPointer.of("modules", 9));
    }

    @Test
    void theParentOfAPointerDropsItsLastToken() {
        assertThat(JsonPointer.of("modules", 0, "hours").parent()).isEqualTo(JsonPointer.of("modules", 0));
        assertThat(JsonPointer.root().parent()).isEqualTo(JsonPointer.root());
    }

    @Test
    void aPointerStartsWithEachOfItsAncestors() {
        JsonPointer p = JsonPointer.of("escalation", "rules", 2);
        assertThat(p.startsWith(JsonPointer.of("escalation"))).isTrue();
        assertThat(p.startsWith(JsonPointer.of("modules"))).isFalse();
    }

    @Test
    void theTokensCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> JsonPointer.of("a").tokens().add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new JsonPointer(List.of("a"))).isEqualTo(JsonPointer.of("a"));
    }
}
