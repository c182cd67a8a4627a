package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.evidence.EvidenceRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Reading JSON Lines on several threads gives what reading them on one gives: the same records in the same
 * order, the same counts and the same problems on the same lines, whatever the file's size and damage. Both
 * read bytes in batches, one parser running over many lines; reading the same text as characters, one parser
 * per line, is the reference they are held to.
 */
class ParallelReadingProperties {

    private final EvidenceReader reader = EvidenceReader.of(TestCurricula.small());

    /** Lines of evidence, good and damaged: the samples, each mutated, repeated to cross many batches. */
    @Provide
    Arbitrary<String> files() {
        String[] sample = EvidenceSamples.JSONL.split("\n");
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.of(sample),
                Arbitraries.of(EvidenceReaderProperties.Mutation.class).flatMap(m -> Arbitraries.of(sample)
                        .map(m::apply)),
                Arbitraries.of("", "   ", "{\"learner\": \"Zoë\", \"kind\": \"completion\"}", "\u00e9{}",
                        "\u0000{\"learner\": 1}", "[1, 2]", "{\"learner\": \"L-1\"} {}"),
                // what a parser running over many lines could take for one record, or lose its place on
                Arbitraries.of("{\"learner\": \"L-1\",", "\"kind\": \"practice\", \"hours\": 2, \"at\": \"2026-01-01\"}",
                        "{", "}", "{\"learner\": \"L-1\"}{\"learner\": \"L-2\"}", "\"text\"", "42", "// a comment",
                        "\t {\"learner\": \"L-1\", \"kind\": \"practice\", \"hours\": 2, \"at\": \"2026-01-01\"} \t ",
                        "\f{\"learner\": \"L-1\"}", "{\"learner\": \"L-1\"} x", "{\"learner\": \"L\u00e9\", \"kind\": \"practice\","
                        + " \"hours\": 2, \"at\": \"2026-01-01\"}", "{\"learner\": \"\u00e9\", \"kind\": }", " \uFEFF{}",
                        "{\"learner\": \"L-1\", \"kind\": \"practice\", \"hours\": 2, \"at\": \"2026-01-01\", \"x\": ["));
        return line.list().ofMaxSize(40).flatMap(lines -> Arbitraries.integers().between(1, 300)
                .map(times -> String.join("\n", repeat(lines, times))));
    }

    private static List<String> repeat(List<String> lines, int times) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.addAll(lines);
        }
        return all;
    }

    @Property(tries = 60)
    void severalThreadsReadWhatOneReads(@ForAll("files") String file, @ForAll @IntRange(min = 2, max = 5) int threads)
            throws IOException {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        List<EvidenceRecord> oneRecords = new ArrayList<>();
        EvidenceSummary one = reader.read(new ByteArrayInputStream(bytes), EvidenceFormat.JSON_LINES,
                oneRecords::add);
        List<EvidenceRecord> manyRecords = new ArrayList<>();
        EvidenceSummary many = reader.withThreads(threads).read(new ByteArrayInputStream(bytes),
                EvidenceFormat.JSON_LINES, manyRecords::add);

        assertThat(manyRecords).isEqualTo(oneRecords);
        assertThat(many.problems()).isEqualTo(one.problems());
        assertThat(List.of(many.read(), many.accepted(), many.rejected()))
                .isEqualTo(List.of(one.read(), one.accepted(), one.rejected()));
        // and reading the text as characters agrees with reading its bytes
        List<EvidenceRecord> textRecords = new ArrayList<>();
        EvidenceSummary text = reader.read(file, EvidenceFormat.JSON_LINES, textRecords::add);
        assertThat(textRecords).isEqualTo(oneRecords);
        assertThat(text.problems()).isEqualTo(one.problems());
    }

    @Example
    void bytesThatAreNotUtf8EndTheReadingAtTheirLineOnEveryNumberOfThreads() throws IOException {
        String good = EvidenceSamples.JSONL.split("\n")[0];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append(good).append('\n');
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
        bytes[head.length] = '{';
        bytes[head.length + 1] = (byte) 0xC3; // a lead byte without its continuation
        bytes[head.length + 2] = '}';
        bytes[head.length + 3] = '\n';
        for (int threads : new int[] {1, 3}) {
            List<EvidenceRecord> records = new ArrayList<>();
            EvidenceSummary s = reader.withThreads(threads).read(new ByteArrayInputStream(bytes),
                    EvidenceFormat.JSON_LINES, records::add);
            assertThat(records).hasSize(5000);
            assertThat(s.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(5001);
                assertThat(p.message()).startsWith("the text is not UTF-8 (byte 0xC3 at line 5001, column 2)");
            });
        }
    }

    @Example
    void threadsMustBeAtLeastOne() {
        assertThatThrownBy(() -> reader.withThreads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        assertThat(reader.withThreads(1)).isSameAs(reader);
    }
}
