package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.evidence.EvidenceReaderProperties.Mutation;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pull-style reading gives exactly what the callback gives, one record at a time. */
class EvidenceCursorTest {

    private final EvidenceReader reader = EvidenceReader.of(TestCurricula.small());

    private record Outcome(List<EvidenceRecord> records, EvidenceSummary summary) {
    }

    private Outcome pushed(String text, EvidenceFormat format) {
        List<EvidenceRecord> records = new ArrayList<>();
        EvidenceSummary summary = reader.read(text, format, records::add);
        return new Outcome(records, summary);
    }

    private Outcome pulled(String text, EvidenceFormat format) throws IOException {
        List<EvidenceRecord> records = new ArrayList<>();
        try (EvidenceCursor cursor = reader.open(stream(text), format)) {
            cursor.forEachRemaining(records::add);
            return new Outcome(records, cursor.summary());
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Arbitraries.of(Mutation.class).list().ofSize(7);
    }

    @Provide
    Arbitrary<EvidenceFormat> formats() {
        return Arbitraries.of(EvidenceFormat.class);
    }

    private static String sample(EvidenceFormat format) {
        return switch (format) {
            case JSON_LINES -> EvidenceSamples.JSONL;
            case JSON_ARRAY -> EvidenceSamples.JSON_ARRAY;
            case CSV -> EvidenceSamples.CSV;
        };
    }

    @Property(tries = 300)
    void pullingGivesTheRecordsAndProblemsThatTheCallbackGives(@ForAll("formats") EvidenceFormat format,
            @ForAll("mutations") List<Mutation> mutations) throws IOException {
        String[] lines = sample(format).split("\n");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Mutation m = mutations.get(i % mutations.size());
            if (m != Mutation.DELETE) {
                text.append(m.apply(lines[i])).append('\n');
            }
        }

        Outcome pulled = pulled(text.toString(), format);
        Outcome pushed = pushed(text.toString(), format);

        assertThat(pulled.records()).isEqualTo(pushed.records());
        assertThat(pulled.summary()).isEqualTo(pushed.summary());
    }

    @Test
    void theSampleGivesItsFiveRecordsInFileOrder() throws IOException {
        Outcome pulled = pulled(EvidenceSamples.JSONL, EvidenceFormat.JSON_LINES);

        assertThat(pulled.records()).extracting(r -> r.learner().value())
                .containsExactly("L-001", "L-001", "L-001", "L-001", "L-002");
        assertThat(pulled.summary().accepted()).isEqualTo(5);
        assertThat(pulled.summary().problems()).isEmpty();
    }

    @Test
    void recordsAreReadOnlyAsTheyAreAskedFor() throws IOException {
        String text = EvidenceSamples.JSONL + "{broken\n";
        try (EvidenceCursor cursor = reader.open(stream(text), EvidenceFormat.JSON_LINES)) {
            cursor.next();

            assertThat(cursor.summary().read()).isEqualTo(1);
            assertThat(cursor.summary().problems()).isEmpty();

            cursor.forEachRemaining(r -> { });
            assertThat(cursor.summary().read()).isEqualTo(6);
            assertThat(cursor.summary().problems()).extracting(EvidenceProblem::line).containsExactly(6L);
            assertThatThrownBy(cursor::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void aFileTakesItsFormatFromItsNameAndIsClosedWithTheCursor(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("evidence.csv"), EvidenceSamples.CSV);
        List<EvidenceRecord> records;
        try (EvidenceCursor cursor = reader.open(file); Stream<EvidenceRecord> stream = cursor.stream()) {
            records = stream.toList();
        }

        assertThat(records).isEqualTo(pushed(EvidenceSamples.CSV, EvidenceFormat.CSV).records());
    }

    @Test
    void closingTheStreamClosesTheCursorAndTheCursorNotTheCallersStream() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new FilterInputStream(stream(EvidenceSamples.JSONL)) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
        EvidenceCursor cursor = reader.open(in, EvidenceFormat.JSON_LINES);
        try (Stream<EvidenceRecord> stream = cursor.stream()) {
            assertThat(stream.findFirst()).isPresent();
        }

        assertThatIllegalStateException().isThrownBy(cursor::hasNext).withMessageContaining("closed");
        assertThat(closed).isFalse();
    }
}
