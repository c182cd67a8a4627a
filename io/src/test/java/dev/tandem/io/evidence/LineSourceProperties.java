package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class LineSourceProperties {

    /** Texts long enough to cross the source's 8,192-character buffer, with every kind of line end. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                        Tuple.of(40, Arbitraries.just('a')),
                        Tuple.of(4, Arbitraries.just(' ')),
                        Tuple.of(2, Arbitraries.just('\n')),
                        Tuple.of(2, Arbitraries.just('\r')),
                        Tuple.of(1, Arbitraries.just('\u2003')))
                .list().ofMinSize(0).ofMaxSize(20_000)
                .map(cs -> cs.stream().map(String::valueOf).reduce(new StringBuilder(), StringBuilder::append,
                        StringBuilder::append).toString());
    }

    @Property(tries = 200)
    void linesAreTheTextSplitAtLfCrlfAndCrCutAtTheLimit(@ForAll("texts") String text,
            @ForAll @IntRange(min = 1, max = 3000) int maxLength) throws IOException {
        LineSource source = new LineSource(new StringReader(text), maxLength);
        List<String> lines = new ArrayList<>();
        List<Boolean> tooLong = new ArrayList<>();
        List<Boolean> blank = new ArrayList<>();
        while (source.next()) {
            lines.add(new String(source.chars(), 0, source.length()));
            tooLong.add(source.tooLong());
            blank.add(source.isBlank());
            assertThat(source.lineNumber()).isEqualTo(lines.size());
        }

        List<String> expected = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (expected.get(expected.size() - 1).isEmpty()) {
            expected.remove(expected.size() - 1);
        }
        assertThat(lines).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String line = expected.get(i);
            assertThat(lines.get(i)).isEqualTo(line.substring(0, Math.min(line.length(), maxLength)));
            assertThat(tooLong.get(i)).isEqualTo(line.length() > maxLength);
            assertThat(blank.get(i)).isEqualTo(lines.get(i).isBlank());
        }
    }
}
