package dev.tandem.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.ReadResult;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.observation.ObservationLine;
import dev.tandem.io.observation.ObservationReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents against the default limits (FORMAT section 8): alias bombs, nesting thousands deep,
 * multi-megabyte strings, huge numbers and enormous repeats are refused with {@code limit-exceeded} (or, for
 * evidence and observations, a problem of that line), quickly and with bounded memory.
 *
 * <p>Time is not asserted; a generous preemptive timeout only keeps a regression from hanging the build.
 * Memory is bounded by measuring the bytes the reading thread allocates.
 */
class ResourceLimitsTest {

    private static final Duration NO_HANG = Duration.ofSeconds(60);
    private static final long MiB = 1024 * 1024;
    private static final CurriculumReader READER = CurriculumReader.create();

    /** Reads a document with the default limits, within the timeout, and checks the allocation bound. */
    private static ReadResult read(String text, DocumentFormat format, long maxAllocatedBytes) {
        return bounded(() -> READER.read(text, format), maxAllocatedBytes);
    }

    private static <T> T bounded(Supplier<T> task, long maxAllocatedBytes) {
        Allocation.Measured<T> measured = assertTimeoutPreemptively(NO_HANG, () -> Allocation.measure(task));
        assertThat(measured.bytes()).as("bytes allocated").isLessThan(maxAllocatedBytes);
        return measured.value();
    }

    private static Diagnostic onlyLimitExceeded(ReadResult result) {
        assertThat(result.curriculum()).isNull();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED))
                .satisfies(d -> assertThat(d.line()).isPositive());
        return result.diagnostics().get(0);
    }

    private static String prefix() {
        return "tandem: 1\nid: bomb\nversion: '1'\ntitle: Bomb\nsetting: community\n";
    }

    @Nested
    class AliasBombs {

        @Test
        void theBillionLaughsInAListAreRefusedWithoutExpansion() {
            StringBuilder doc = new StringBuilder(prefix()).append("x0: &a0 [lol, lol, lol, lol, lol]\n");
            for (int i = 1; i <= 9; i++) {
                doc.append("x").append(i).append(": &a").append(i).append(" [");
                for (int j = 0; j < 10; j++) {
                    doc.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
                }
                doc.append("]\n");
            }
            Diagnostic d = onlyLimitExceeded(read(doc.toString(), DocumentFormat.YAML, 64 * MiB));
            assertThat(d.message()).contains("aliases");
        }

        @Test
        void nestedMappingAliasesAreRefusedWithoutExpansion() {
            StringBuilder doc = new StringBuilder(prefix()).append("k0: &k0 {a: b, c: d}\n");
            for (int i = 1; i <= 30; i++) {
                doc.append("k").append(i).append(": &k").append(i).append(" {l: *k").append(i - 1)
                        .append(", r: *k").append(i - 1).append("}\n");
            }
            onlyLimitExceeded(read(doc.toString(), DocumentFormat.YAML, 64 * MiB));
        }

        @Test
        void mergeKeysCountAsAliases() {
            StringBuilder doc = new StringBuilder(prefix()).append("base: &base {id: x, title: y}\nmodules:\n");
            for (int i = 0; i < 200; i++) {
                doc.append("  - {<<: *base}\n");
            }
            onlyLimitExceeded(read(doc.toString(), DocumentFormat.YAML, 64 * MiB));
        }
    }

    @Nested
    class DeepNesting {

        @Test
        void yamlFlowListsThousandsDeepAreRefused() {
            String doc = prefix() + "domains: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
            Diagnostic d = onlyLimitExceeded(read(doc, DocumentFormat.YAML, 64 * MiB));
            assertThat(d.line()).isEqualTo(6);
        }

        @Test
        void yamlFlowMappingsThousandsDeepAreRefused() {
            String doc = prefix() + "domains: " + "{a: ".repeat(10_000) + "x" + "}".repeat(10_000) + "\n";
            onlyLimitExceeded(read(doc, DocumentFormat.YAML, 64 * MiB));
        }

        @Test
        void yamlBlockMappingsThousandsDeepAreRefused() {
            StringBuilder doc = new StringBuilder(prefix()).append("domains:\n");
            for (int i = 1; i <= 2_000; i++) {
                doc.append(" ".repeat(i)).append("a:\n");
            }
            onlyLimitExceeded(read(doc.toString(), DocumentFormat.YAML, 256 * MiB));
        }

        @Test
        void jsonArraysAndObjectsThousandsDeepAreRefused() {
            onlyLimitExceeded(read("{\"tandem\": 1, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                    DocumentFormat.JSON, 64 * MiB));
            onlyLimitExceeded(read("{\"tandem\": 1, \"x\": " + "{\"a\": ".repeat(50_000) + "1"
                    + "}".repeat(50_000) + "}", DocumentFormat.JSON, 64 * MiB));
        }

        @Test
        void evidenceNestedThousandsDeepIsAProblemOfItsLineOnly() throws IOException {
            String deep = "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-01-01\",\"x\":"
                    + "[".repeat(20_000) + "]".repeat(20_000) + "}";
            EvidenceSummary summary = readEvidence(good() + "\n" + deep + "\n" + good() + "\n",
                    EvidenceFormat.JSON_LINES);
            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(summary.problems()).extracting(EvidenceProblem::line).containsExactly(2L);
            assertThat(summary.problems().get(0).message()).contains("nested deeper");
        }

        @Test
        void anEvidenceArrayNestedThousandsDeepEndsWithOneProblem() throws IOException {
            EvidenceSummary summary = readEvidence("[" + good() + ",\n" + "[".repeat(20_000) + "]".repeat(20_000)
                    + "]", EvidenceFormat.JSON_ARRAY);
            assertThat(summary.accepted()).isEqualTo(1);
            assertThat(summary.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
        }

        @Test
        void anObservationNestedThousandsDeepIsAProblemOfItsLineOnly() {
            List<ObservationLine> lines = bounded(() -> ObservationReader.create().read("{\"distress\": 3}\n"
                    + "{\"distress\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}\n{\"plan\": true}\n"),
                    256 * MiB);
            assertThat(lines).extracting(ObservationLine::isValid).containsExactly(true, false, true);
        }
    }

    @Nested
    class LongStrings {

        private final String threeMegabytes = "x".repeat(3 * 1024 * 1024);

        @Test
        void aPlainYamlStringOfMegabytesIsRefusedBeforeParsing() {
            Diagnostic d = onlyLimitExceeded(read(prefix() + "description: " + threeMegabytes + "\n",
                    DocumentFormat.YAML, 64 * MiB));
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).contains("line 6 is longer than");
        }

        @Test
        void aQuotedAndABlockYamlStringOfMegabytesAreRefusedBeforeParsing() {
            onlyLimitExceeded(read(prefix() + "description: \"" + threeMegabytes + "\"\n", DocumentFormat.YAML,
                    64 * MiB));
            onlyLimitExceeded(read(prefix() + "description: |\n  " + threeMegabytes + "\n", DocumentFormat.YAML,
                    64 * MiB));
        }

        @Test
        void aYamlStringOfMegabytesOnShortLinesIsRefusedAtTheStringLimit() {
            String lines = ("  " + "y".repeat(98) + "\n").repeat(30_000);
            Diagnostic d = onlyLimitExceeded(read(prefix() + "description: |\n" + lines, DocumentFormat.YAML,
                    512 * MiB));
            assertThat(d.path().toString()).isEqualTo("/description");
        }

        @Test
        void aYamlKeyOfMegabytesIsRefusedBeforeParsing() {
            onlyLimitExceeded(read(prefix() + threeMegabytes + ": 1\n", DocumentFormat.YAML, 64 * MiB));
        }

        @Test
        void aJsonStringOfMegabytesIsRefused() {
            onlyLimitExceeded(read("{\"tandem\": 1, \"description\": \"" + threeMegabytes + "\"}",
                    DocumentFormat.JSON, 256 * MiB));
        }

        @Test
        void anEvidenceLineOfMegabytesIsAProblemOfItsLineOnly() throws IOException {
            String huge = "{\"learner\":\"" + threeMegabytes + "\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-01-01\"}";
            EvidenceSummary summary = readEvidence(good() + "\n" + huge + "\n" + good() + "\n",
                    EvidenceFormat.JSON_LINES);
            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(summary.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
        }

        @Test
        void aCsvCellOfMegabytesIsRefused() throws IOException {
            String csv = "learner,kind,assessment,module,score,hours,responses,at,by\n"
                    + "L-1,practice,,,,1,,2026-01-01,\n" + threeMegabytes + ",practice,,,,1,,2026-01-01,\n";
            EvidenceSummary summary = readEvidence(csv, EvidenceFormat.CSV);
            assertThat(summary.accepted()).isEqualTo(1);
            assertThat(summary.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
        }

        @Test
        void anObservationLineOfMegabytesIsAProblemOfItsLineOnly() {
            List<ObservationLine> lines = bounded(() -> ObservationReader.create().read("{\"distress\": 3}\n"
                    + "{\"note\": \"" + threeMegabytes + threeMegabytes + "\"}\n{\"plan\": true}\n"), 512 * MiB);
            assertThat(lines).extracting(ObservationLine::isValid).containsExactly(true, false, true);
        }
    }

    @Nested
    class HugeNumbers {

        private final String hundredThousandDigits = "9".repeat(100_000);

        @Test
        void aNumberOfAHundredThousandDigitsIsRefusedInJson() {
            onlyLimitExceeded(read("{\"tandem\": 1, \"modules\": [{\"id\": \"m\", \"hours\": " + hundredThousandDigits
                    + "}]}", DocumentFormat.JSON, 256 * MiB));
        }

        @Test
        void aNumberOfAHundredThousandDigitsIsRefusedInYamlWithoutEchoingIt() {
            ReadResult result = read(prefix() + "modules: [{id: m, title: M, hours: " + hundredThousandDigits + "}]\n",
                    DocumentFormat.YAML, 256 * MiB);
            assertThat(result.curriculum()).isNull();
            assertThat(result.diagnostics()).filteredOn(d -> d.path().toString().equals("/modules/0/hours"))
                    .singleElement().satisfies(d -> {
                        assertThat(d.code()).isIn(DiagnosticCode.INVALID_VALUE, DiagnosticCode.LIMIT_EXCEEDED);
                        assertThat(d.message()).hasSizeLessThan(200);
                    });
        }

        @Test
        void aNumberBeyondDoubleIsAnInvalidValueNotAnInfiniteOne() {
            for (DocumentFormat format : DocumentFormat.values()) {
                String doc = format == DocumentFormat.JSON
                        ? "{\"tandem\": 1, \"modules\": [{\"id\": \"m\", \"title\": \"M\", \"hours\": 1e400}]}"
                        : prefix() + "modules: [{id: m, title: M, hours: 1.0e+400}]\n";
                ReadResult result = read(doc, format, 64 * MiB);
                assertThat(result.diagnostics()).filteredOn(d -> d.path().toString().equals("/modules/0/hours"))
                        .singleElement().satisfies(d -> assertThat(d.code()).isIn(DiagnosticCode.INVALID_VALUE,
                                DiagnosticCode.LIMIT_EXCEEDED));
            }
        }

        @Test
        void hugeEvidenceNumbersAreProblemsOfTheirLines() throws IOException {
            String text = good() + "\n"
                    + "{\"learner\":\"L-2\",\"kind\":\"practice\",\"hours\":1e400,\"at\":\"2026-01-01\"}\n"
                    + "{\"learner\":\"L-3\",\"kind\":\"practice\",\"hours\":" + hundredThousandDigits
                    + ",\"at\":\"2026-01-01\"}\n"
                    + "{\"learner\":\"L-4\",\"kind\":\"attempt\",\"assessment\":\"a1-knowledge-exam\",\"score\":-1e400,"
                    + "\"at\":\"2026-01-01\"}\n";
            EvidenceSummary summary = readEvidence(text, EvidenceFormat.JSON_LINES);
            assertThat(summary.accepted()).isEqualTo(1);
            assertThat(summary.problems()).extracting(EvidenceProblem::line).containsExactly(2L, 3L, 4L);
        }

        @Test
        void hugeObservationNumbersAreProblemsNotCrashes() {
            List<ObservationLine> lines = ObservationReader.create().read("{\"distress\": " + hundredThousandDigits
                    + "}\n{\"distress\": 1e400}\n");
            assertThat(lines).hasSize(2);
            ObservationLine infinite = lines.get(1);
            if (infinite.isValid()) {
                var policy = Examples.curriculum("community").escalation().orElseThrow().compile();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.decide(infinite.observation()))
                        .isInstanceOf(dev.tandem.escalation.InvalidObservationException.class);
            }
            assertThat(lines.get(0).isValid()).isFalse();
        }
    }

    @Nested
    class EnormousRepeats {

        @Test
        void aFileRepeatedBeyondTheDocumentLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("huge.yaml");
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(prefix() + "competencies:\n");
                String entry = "  - {id: c, title: The same competency again and again}\n";
                for (long written = 0; written <= 17 * MiB; written += entry.length()) {
                    out.write(entry);
                }
            }
            Diagnostic d = onlyLimitExceeded(bounded(() -> READER.read(file), 8 * MiB));
            assertThat(d.message()).contains("larger than");
        }

        @Test
        void anEndlessStreamOfRepeatsIsCutAtTheDocumentLimit() {
            byte[] entry = "  - {id: c, title: again}\n".getBytes(StandardCharsets.US_ASCII);
            InputStream endless = new InputStream() {
                private int i;

                @Override
                public int read() {
                    return entry[i++ % entry.length];
                }
            };
            onlyLimitExceeded(bounded(() -> READER.read(endless, DocumentFormat.YAML), 256 * MiB));
        }

        @Test
        void twentyThousandRepeatedKeysGiveDiagnosticsNotACrash() {
            String doc = prefix() + "a: 1\n".repeat(20_000);
            ReadResult result = read(doc, DocumentFormat.YAML, 1024 * MiB);
            assertThat(result.hasErrors()).isTrue();
            assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.line()).isPositive());
        }

        @Test
        void twentyThousandRepeatedIdsAreEachReportedOnce() {
            StringBuilder doc = new StringBuilder(prefix()).append("scales: [{id: s, levels: [a, b]}]\n")
                    .append("modules: [{id: m, title: M}]\ncompetencies:\n");
            for (int i = 0; i < 20_000; i++) {
                doc.append("  - {id: c, title: C}\n");
            }
            ReadResult result = read(doc.toString(), DocumentFormat.YAML, 4096 * MiB);
            assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.DUPLICATE_ID)
                    .hasSize(19_999);
        }

        @Test
        void twoHundredThousandRepeatedEvidenceLinesStreamWithoutBeingHeld() {
            String line = good() + "\n";
            InputStream repeated = new InputStream() {
                private final byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                private long i;

                @Override
                public int read() {
                    return i < bytes.length * 200_000L ? bytes[(int) (i++ % bytes.length)] : -1;
                }
            };
            long[] count = {0};
            EvidenceSummary summary = bounded(() -> {
                try {
                    return EvidenceReader.of(Examples.curriculum("community")).read(repeated,
                            EvidenceFormat.JSON_LINES, r -> count[0]++);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, Long.MAX_VALUE);
            assertThat(summary.accepted()).isEqualTo(200_000).isEqualTo(count[0]);
        }
    }

    private static String good() {
        return "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-01-01\"}";
    }

    private static EvidenceSummary readEvidence(String text, EvidenceFormat format) throws IOException {
        List<Object> records = new ArrayList<>();
        return bounded(() -> EvidenceReader.of(Examples.curriculum("community")).read(text, format, records::add),
                512 * MiB);
    }
}
