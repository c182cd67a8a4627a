package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A YAML line too long to hold a string within the limit is refused before parsing, at its line: lines end at
 * a line feed, a carriage return or both together, and the line found is the same whichever ends them.
 */
class LongLineProperties {

    /** The room the reader gives a line beyond the string limit: a key, indentation and quotes. */
    private static final int SLACK = 4096;
    private static final int MAX_STRING = 8;
    private static final CurriculumReader READER = CurriculumReader.create(
            ReadOptions.defaults().withMaxStringLength(MAX_STRING));

    /** A document as lines, each of a length near the limit, and the line ends to join them with. */
    record Lines(List<Integer> lengths, List<String> ends) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < lengths.size(); i++) {
                sb.append("#".repeat(lengths.get(i)));
                if (i < ends.size()) {
                    sb.append(ends.get(i));
                }
            }
            return sb.toString();
        }

        /** {@return the first line longer than the limit, counted independently of the reader} */
        Optional<Integer> firstTooLong() {
            for (int i = 0; i < lengths.size(); i++) {
                if (lengths.get(i) > MAX_STRING + SLACK) {
                    return Optional.of(i + 1);
                }
            }
            return Optional.empty();
        }
    }

    @Provide
    Arbitrary<Lines> documents() {
        // no empty line: a carriage return ending one line and a line feed ending an empty next one would make
        // one CRLF, one line end where the generator meant two
        Arbitrary<Integer> length = Arbitraries.oneOf(Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(MAX_STRING + SLACK - 2, MAX_STRING + SLACK + 2));
        return Arbitraries.integers().between(1, 8).flatMap(n -> Combinators.combine(
                length.list().ofSize(n), Arbitraries.of("\n", "\r\n", "\r").list().ofSize(n))
                .as(Lines::new));
    }

    private static Optional<Integer> reportedLine(String text) {
        return READER.read(text, DocumentFormat.YAML).diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.LIMIT_EXCEEDED && d.message().contains("is longer than"))
                .map(Diagnostic::line).findFirst();
    }

    @Property(tries = 60)
    void theFirstLineTooLongIsReportedAtItsNumber(@ForAll("documents") Lines lines) {
        assertThat(reportedLine(lines.text())).isEqualTo(lines.firstTooLong());
    }

    @Property(tries = 60)
    void lineFeedsAndCarriageReturnsCountAlike(@ForAll("documents") Lines lines) {
        Lines feeds = new Lines(lines.lengths(), lines.ends().stream().map(e -> "\n").toList());
        assertThat(reportedLine(lines.text())).isEqualTo(reportedLine(feeds.text()));
    }
}
