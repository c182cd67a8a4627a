package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class EvidenceReaderProperties {

    private final EvidenceReader reader = EvidenceReader.of(TestCurricula.small());

    /** A mutation of one line: what a broken export or a hostile hand does to evidence. */
    enum Mutation {
        KEEP, DELETE, DUPLICATE, TRUNCATE, NUMBERS_TO_MINUS_ONE, NUMBERS_TO_HUGE, NUMBERS_TO_TEXT, BREAK_COLONS,
        DROP_QUOTES, NEST;

        String apply(String line) {
            return switch (this) {
                case KEEP, DELETE -> line;
                case DUPLICATE -> line + "\n" + line;
                case TRUNCATE -> line.substring(0, line.length() / 2);
                case NUMBERS_TO_MINUS_ONE -> line.replaceAll("\\d+(\\.\\d+)?", "-1");
                case NUMBERS_TO_HUGE -> line.replaceAll("\\d+(\\.\\d+)?", "999999999999");
                case NUMBERS_TO_TEXT -> line.replaceAll("\\d+(\\.\\d+)?", "\"text\"");
                case BREAK_COLONS -> line.replace(":", ";");
                case DROP_QUOTES -> line.replace("\"", "");
                case NEST -> line.replace("{", "{\"x\":" + "[".repeat(200));
            };
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Arbitraries.of(Mutation.class).list().ofSize(5);
    }

    @Property(tries = 200)
    void everyJsonLinesRecordIsEitherAcceptedOrRejectedWithAProblemOnItsLine(
            @ForAll("mutations") List<Mutation> mutations) {
        List<String> lines = new ArrayList<>();
        String[] sample = EvidenceSamples.JSONL.split("\n");
        for (int i = 0; i < sample.length; i++) {
            if (mutations.get(i) != Mutation.DELETE) {
                lines.addAll(List.of(mutations.get(i).apply(sample[i]).split("\n")));
            }
        }
        List<Object> accepted = new ArrayList<>();

        EvidenceSummary summary = reader.read(String.join("\n", lines), EvidenceFormat.JSON_LINES, accepted::add);

        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        assertThat(summary.read()).isEqualTo(nonBlank);
        assertThat(summary.accepted()).isEqualTo(accepted.size());
        assertThat(summary.problems().stream().map(EvidenceProblem::line).distinct().count())
                .isEqualTo(summary.rejected());
        assertThat(summary.problems()).allSatisfy(p -> assertThat(p.line()).isBetween(1L, (long) lines.size()));
    }

    @Property(tries = 100)
    void csvRecordsAreCountedWhateverTheirCells(@ForAll("mutations") List<Mutation> mutations) {
        String[] rows = EvidenceSamples.CSV.split("\n");
        StringBuilder text = new StringBuilder(rows[0]).append('\n');
        for (int i = 1; i < rows.length; i++) {
            Mutation m = mutations.get(i - 1);
            if (m != Mutation.DELETE && m != Mutation.DROP_QUOTES && m != Mutation.TRUNCATE) {
                text.append(m.apply(rows[i]).replace("\"", "")).append('\n');
            }
        }
        List<Object> accepted = new ArrayList<>();
        EvidenceSummary summary = reader.read(text.toString(), EvidenceFormat.CSV, accepted::add);

        assertThat(Tuple.of(summary.read(), summary.accepted() + summary.rejected()))
                .isEqualTo(Tuple.of((long) text.toString().split("\n").length - 1, summary.read()));
        assertThat(summary.accepted()).isEqualTo(accepted.size());
    }
}
