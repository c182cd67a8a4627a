package dev.tandem.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.ReadResult;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.observation.ObservationLine;
import dev.tandem.io.observation.ObservationReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic of a document survives one bad value, line numbers count only the line breaks YAML 1.2 and
 * JSON count, paths name the offending key, and no message shows a parser's internals.
 */
class DiagnosticsSurviveTest {

    private static final CurriculumReader READER = CurriculumReader.create();

    private static String community() throws IOException {
        return Files.readString(Examples.curriculumFile("community"));
    }

    /** {@return the 1-based line of the first line of the text that starts with the prefix} */
    private static int lineOf(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(prefix);
    }

    private static List<Diagnostic> errors(ReadResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void nanInfinityAndOutOfRangeNumbersAreInvalidValuesAtTheirOwnPathAndTheRestIsStillReported() throws IOException {
        for (String bad : List.of(".nan", ".inf", "-.inf", ".NaN", "1.0e400")) {
            String yaml = community().replaceFirst("hours: 8", "hours: " + bad)
                    .replaceFirst("title: Community Peer Specialist Certification", "titel: x");

            ReadResult result = READER.read(yaml, DocumentFormat.YAML);

            assertThat(errors(result)).as(bad + ": " + result.diagnostics())
                    .anySatisfy(d -> {
                        assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_VALUE);
                        assertThat(d.path().toString()).endsWith("/hours");
                        assertThat(d.line()).isEqualTo(lineOf(yaml, "    hours: " + bad));
                    })
                    .anySatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_FIELD))
                    .noneSatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.SYNTAX));
        }
    }

    @Test
    void aNumberTooLargeForADoubleInJsonIsAnInvalidValueNotASyntaxError() throws IOException {
        Curriculum curriculum = READER.read(community(), DocumentFormat.YAML).orElseThrow();
        String json = CurriculumWriter.write(curriculum, DocumentFormat.JSON).replaceFirst("\"hours\" ?: ?8",
                "\"hours\": 1e400");
        assertThat(json).contains("1e400");

        ReadResult result = READER.read(json, DocumentFormat.JSON);

        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_VALUE);
            assertThat(d.path().toString()).endsWith("/hours");
        });
    }

    @Test
    void lineAndParagraphSeparatorsAndNextLineDoNotShiftLineNumbers() throws IOException {
        for (String separator : List.of("\u2028", "\u2029", "\u0085")) {
            String yaml = community().replaceFirst("title: Community Peer Specialist Certification",
                    "title: \"Community" + separator + "Peer\"")
                    .replaceFirst("description: >-", "descripton: >-")
                    .replaceFirst("    title: Recovery and peer-support foundations",
                            "    title: Recovery" + separator + "and peer support");

            ReadResult result = READER.read(yaml, DocumentFormat.YAML);

            assertThat(errors(result)).as(result.diagnostics().toString()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_FIELD);
                assertThat(d.line()).isEqualTo(lineOf(yaml, "descripton:"));
            });
        }
        String fine = community().replaceFirst("title: Community Peer Specialist Certification",
                "title: Community\u2028Peer");
        assertThat(READER.read(fine, DocumentFormat.YAML).orElseThrow().title()).isEqualTo("Community\u2028Peer");
    }

    @Test
    void anOverLongKeyIsReportedAtItsOwnPathWithoutRepeatingIt() {
        String key = "k".repeat(5 * 1024 * 1024);
        String json = "{\"tandem\": 1, \"id\": \"x\", \"" + key + "\": 1}";

        ReadResult result = READER.read(json, DocumentFormat.JSON);

        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
            assertThat(d.path().toString()).startsWith("/kkkk").hasSizeLessThan(100);
            assertThat(d.message()).hasSizeLessThan(300);
        });
    }

    @Test
    void noMessageShowsAParsersInternals() throws IOException {
        List<String> documents = List.of("{\"tandem\": NaN}", "{\"tandem\": 1,}", "{\"tandem\": " + "9".repeat(2000)
                + "}", "tandem: [1, 2\nid: x\n", "tandem: 1\n? [a, b]\n: c\n", "tandem: !!binary x\n",
                "{\"a\": \"\\uZZZZ\"}");
        for (String doc : documents) {
            for (DocumentFormat format : DocumentFormat.values()) {
                for (Diagnostic d : READER.read(doc, format).diagnostics()) {
                    assertThat(d.message()).as(doc).doesNotContain("JsonReadFeature").doesNotContain("Feature.")
                            .doesNotContain("StreamReadConstraints").doesNotContain("Event")
                            .doesNotContain("Source").doesNotContain("Mark").hasSizeLessThan(400);
                    assertThat(d.line()).as(d.toString()).isPositive();
                }
            }
        }
        List<ObservationLine> lines = ObservationReader.create().read("{\"a\": NaN}\n{\"b\": 1,}\n");
        assertThat(lines).allSatisfy(l -> assertThat(String.join(" ", l.problems()))
                .doesNotContain("JsonReadFeature").doesNotContain("Source"));
    }

    @Test
    void aCsvRowWithAnOverLongCellIsAProblemOfThatRowAndTheRowsAfterItAreRead() throws IOException {
        Curriculum curriculum = READER.read(community(), DocumentFormat.YAML).orElseThrow();
        String csv = "learner,kind,hours,at\nL-1,practice,1,2026-01-01\nL-2,practice,1," + "x".repeat(2 * 1024 * 1024)
                + "\nL-3,practice,1,2026-01-02\nL-4,practice,1,2026-01-03\n";

        EvidenceSummary summary = EvidenceReader.of(curriculum).read(csv, EvidenceFormat.CSV, r -> { });

        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.accepted()).isEqualTo(3);
        assertThat(summary.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("longer than").hasSizeLessThan(200);
        });
    }

    @Test
    void bytesThatAreNotUtf8EndTheEvidenceWithAProblemAtTheirLine() throws IOException {
        Curriculum curriculum = READER.read(community(), DocumentFormat.YAML).orElseThrow();
        byte[] bytes = ("{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-01-01\"}\r"
                + "{\"learner\":\"M\u00fcller\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-01-01\"}\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        EvidenceSummary summary = EvidenceReader.of(curriculum).read(new ByteArrayInputStream(bytes), r -> { });

        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.problems()).extracting(EvidenceProblem::line).containsExactly(2L);
        assertThat(summary.problems().get(0).message()).startsWith("the text is not UTF-8 (byte 0xFC at line 2, "
                + "column 14)");
    }

    @Test
    void withoutValuesHidesEveryQuotedValue() {
        EvidenceProblem p = new EvidenceProblem(3, "'SECRET-ID'", "unknown kind 'SECRET-ID' (did you mean 'x'?)");

        assertThat(p.withoutValues().toString()).doesNotContain("SECRET").isEqualTo(
                "line 3: '...': unknown kind '...' (did you mean '...'?)");
    }
}
