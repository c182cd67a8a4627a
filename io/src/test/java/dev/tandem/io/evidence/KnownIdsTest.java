package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownIdsTest {

    private static final List<String> IDS = List.of("attempt", "a1-quiz", "refer", "Aa", "café-ü", "m\uD83D\uDE00");
    private final KnownIds ids = new KnownIds(new java.util.ArrayList<>(IDS));

    /** {@return the text placed amid other characters, as a parser's buffer holds it} */
    private static char[] amid(String text) {
        return ("xx" + text + "yy").toCharArray();
    }

    private String find(String text) {
        return ids.find(amid(text), 2, text.length());
    }

    @Test
    void aKnownIdIsFoundAsItsOwnInstanceWhereverItLiesInTheBuffer() {
        for (String id : IDS) {
            assertThat(find(id)).isSameAs(id);
            assertThat(ids.text(amid(id), 2, id.length())).isSameAs(id);
        }
    }

    @Test
    void prefixesExtensionsAndOtherTextsAreNotKnown() {
        assertThat(find("a1-qui")).isNull();
        assertThat(find("a1-quizz")).isNull();
        assertThat(find("refe")).isNull();
        assertThat(find("")).isNull();
        assertThat(find("cafe-u")).isNull();
        assertThat(find("m\uD83D")).isNull();
        assertThat(find("BB")).isNull(); // the same hash as "Aa"
    }

    @Test
    void idsThatAgreeInLengthAndInTheCharactersHashedAreToldApart() {
        // same length, first, middle and last characters: the same slot, told apart by their other characters
        KnownIds lookup = new KnownIds(List.of("a1-quiz", "a2-quiz", "ab-quiz"));

        assertThat(lookup.find(amid("a1-quiz"), 2, 7)).isEqualTo("a1-quiz");
        assertThat(lookup.find(amid("a2-quiz"), 2, 7)).isEqualTo("a2-quiz");
        assertThat(lookup.find(amid("ab-quiz"), 2, 7)).isEqualTo("ab-quiz");
        assertThat(lookup.find(amid("a3-quiz"), 2, 7)).isNull();
    }

    @Test
    void anUnknownTextBecomesANewStringOfItsCharacters() {
        String text = ids.text(amid("a1-quizz"), 2, 8);
        assertThat(text).isEqualTo("a1-quizz");
        assertThat(ids.text(amid("BB"), 2, 2)).isEqualTo("BB");
    }

    @Test
    void manyIdsAndDuplicatesAreAllFound() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add("id-" + i);
        }
        many.addAll(many.subList(0, 10));
        KnownIds lookup = new KnownIds(many);
        for (String id : many) {
            assertThat(lookup.find(id.toCharArray(), 0, id.length())).isEqualTo(id);
        }
        assertThat(lookup.find("id-300".toCharArray(), 0, 6)).isNull();
        assertThat(new KnownIds(List.of()).find("x".toCharArray(), 0, 1)).isNull();
    }
}
