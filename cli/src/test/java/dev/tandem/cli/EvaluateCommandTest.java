package dev.tandem.cli;

import static dev.tandem.cli.EvaluateFixtures.AS_OF;
import static dev.tandem.cli.EvaluateFixtures.run;
import static dev.tandem.cli.EvaluateFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cli.EvaluateFixtures.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path curriculum;
    private Path jsonl;

    @BeforeEach
    void writeFiles() {
        curriculum = write(dir, "curriculum.yaml", EvaluateFixtures.CURRICULUM);
        jsonl = write(dir, "evidence.jsonl", EvaluateFixtures.JSONL);
    }

    private Run evaluate(Path evidence, String... more) {
        return run(Stream.concat(Stream.of("evaluate", "--curriculum", curriculum.toString(), "--evidence",
                evidence.toString(), "--as-of", AS_OF), Stream.of(more)).toArray(String[]::new));
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Nested
    class Progress {

        @Test
        void theJsonDocumentGivesEveryLearnersProgress() throws IOException {
            Run run = evaluate(jsonl);

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(json(run.out())).isEqualTo(json("""
                    {"curriculum":"peer-basics","version":"1.0.0","asOf":"2026-11-21T00:00:00Z","learners":[
                     {"learner":"L-001",
                      "competencies":{"listening":{"level":"developing","validUntil":"2028-03-02T14:00:00Z"},
                                      "escalation":{"level":"proficient","validUntil":null}},
                      "modules":{"m0-intro":"completed","m1-foundations":"completed","m2-crisis":"completed"},
                      "certification":{"status":"in-progress","expiresAt":null,
                        "missing":[{"type":"practice","required":10,"recorded":4.5}]},
                      "warnings":[]},
                     {"learner":"L-002",
                      "competencies":{"listening":{"level":null,"validUntil":null},
                                      "escalation":{"level":null,"validUntil":null}},
                      "modules":{"m0-intro":"not-started","m1-foundations":"in-progress","m2-crisis":"locked"},
                      "certification":{"status":"in-progress","expiresAt":null,
                        "missing":[{"type":"module","id":"m0-intro","status":"not-started"},
                                   {"type":"module","id":"m1-foundations","status":"in-progress"},
                                   {"type":"module","id":"m2-crisis","status":"locked"},
                                   {"type":"competency","id":"listening","required":"developing","attained":null},
                                   {"type":"practice","required":10,"recorded":0}]},
                      "warnings":[]}]}
                    """));
        }

        @Test
        void jsonLinesJsonArrayAndCsvEvidenceGiveIdenticalResults() {
            Path array = write(dir, "evidence.json", EvaluateFixtures.JSON_ARRAY);
            Path csv = write(dir, "evidence.csv", EvaluateFixtures.CSV);
            for (String format : new String[] {"json", "csv", "text"}) {
                Run fromLines = evaluate(jsonl, "--format", format);
                assertThat(fromLines.exitCode()).isZero();
                assertThat(evaluate(array, "--format", format).out()).isEqualTo(fromLines.out());
                assertThat(evaluate(csv, "--format", format).out()).isEqualTo(fromLines.out());
            }
        }

        @Test
        void aDateAsOfMeansTheStartOfThatDayInUtc() {
            assertThat(evaluate(jsonl).out()).isEqualTo(run("evaluate", "--curriculum", curriculum.toString(),
                    "--evidence", jsonl.toString(), "--as-of", "2026-11-21").out());
        }

        @Test
        void withoutAsOfTheEvaluationIsAtTheCurrentInstant() throws IOException {
            Instant before = Instant.now();
            Run run = run("evaluate", "--curriculum", curriculum.toString(), "--evidence", jsonl.toString());
            Instant asOf = Instant.parse(json(run.out()).get("asOf").asText());
            assertThat(asOf).isBetween(before, Instant.now());
        }

        @Test
        void recordsAfterAsOfAreIgnored() throws IOException {
            JsonNode doc = json(run("evaluate", "--curriculum", curriculum.toString(), "--evidence", jsonl.toString(),
                    "--as-of", "2026-03-02T14:00:00Z").out());
            assertThat(doc.at("/learners/0/competencies/listening/level").asText()).isEqualTo("developing");
            assertThat(doc.at("/learners/0/modules/m0-intro").asText()).isEqualTo("completed");
            assertThat(doc.at("/learners/0/competencies/escalation/level").isNull()).isTrue();
        }

        @Test
        void aNamedLearnerIsTheOnlyOneShownAndAppearsEvenWithoutRecords() throws IOException {
            JsonNode doc = json(evaluate(jsonl, "--learner", "L-999", "--learner", "L-002").out());
            assertThat(doc.get("learners")).extracting(l -> l.get("learner").asText())
                    .containsExactly("L-002", "L-999");
            JsonNode nobody = doc.at("/learners/1");
            assertThat(nobody.at("/competencies/listening/level").isNull()).isTrue();
            assertThat(nobody.at("/modules/m0-intro").asText()).isEqualTo("not-started");
            assertThat(nobody.at("/certification/status").asText()).isEqualTo("not-started");
        }

        @Test
        void csvIsOneRowPerLearnerAndItem() {
            Run run = evaluate(jsonl, "--format", "csv", "--learner", "L-001");
            assertThat(run.out().lines()).startsWith(
                    "learner,item_type,item,value,valid_until",
                    "L-001,competency,listening,developing,2028-03-02T14:00:00Z",
                    "L-001,competency,escalation,proficient,",
                    "L-001,module,m0-intro,completed,");
        }

        @Test
        void csvOutputNeutralisesFormulaLearnerIds() {
            Path evidence = write(dir, "formula.csv", "learner,kind,hours,at\n=HYPERLINK(\"http://x\"),practice,1,"
                    + "2026-01-01\n");
            Run run = evaluate(evidence, "--format", "csv");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out().lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("\"'=HYPERLINK"));
        }

        @Test
        void textIsAReadableSummary() {
            Run run = evaluate(jsonl, "--format", "text");
            assertThat(run.out()).startsWith("Peer basics (peer-basics 1.0.0), as of 2026-11-21T00:00:00Z\n")
                    .contains("\nL-001\n  certification: in-progress\n    missing: practice needs 10 hours; 4.5 counted\n")
                    .endsWith("\n2 learners\n");
        }

        @Test
        void theOutputFileIsWrittenAtomicallyAndHoldsWhatStandardOutputWould() throws IOException {
            Path target = dir.resolve("out").resolve("progress.json");
            Files.createDirectories(target.getParent());
            Files.writeString(target, "old");

            Run run = evaluate(jsonl, "--output", target.toString());

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(Files.readString(target)).isEqualTo(evaluate(jsonl).out());
            try (Stream<Path> files = Files.list(target.getParent())) {
                assertThat(files).containsExactly(target);
            }
            if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
                assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ);
            }
        }
    }

    @Nested
    class BadEvidence {

        private Path bad;

        @BeforeEach
        void writeBadEvidence() {
            bad = write(dir, "bad.jsonl", """
                    {"learner":"Jane-Roe","kind":"attempt","assessment":"a1-quiz","score":9,"at":"2026-03-02"}
                    {"learner":"Jane-Roe","kind":"attempt","assessment":"a1-quizz","score":9,"at":"2026-03-02"}
                    {"learner":"Jane-Roe","kind":"practice","hours":-3.25,"at":"2026-03-02"}
                    {"learner":"Jane-Roe","kind":"attempt",
                    {"learner":"John-Doe","kind":"practice","hours":2,"at":"2026-03-02"}
                    """);
        }

        @Test
        void strictJsonModePrintsAnErrorsArrayAndNoProgressAndExitsOne() throws IOException {
            Run run = evaluate(bad);

            assertThat(run.exitCode()).isEqualTo(1);
            JsonNode doc = json(run.out());
            assertThat(doc.has("learners")).isFalse();
            assertThat(doc.get("errors")).extracting(e -> e.get("line").asInt()).containsExactly(2, 3, 4);
            assertThat(doc.at("/errors/0/field").asText()).isEqualTo("assessment");
            assertThat(run.err()).contains("3 of 5 evidence records are invalid");
        }

        @Test
        void strictTextModePrintsEveryProblemOnStandardErrorAndNothingElse() {
            Run run = evaluate(bad, "--format", "text");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).startsWith(
                    bad + ":2: error: assessment: unknown assessment 'a1-quizz' (did you mean 'a1-quiz'?)",
                    bad + ":3: error: hours: hours must not be negative");
            assertThat(run.err()).contains(bad + ":4: error: malformed JSON");
        }

        @Test
        void messagesNeverRepeatTheLearnersData() {
            for (String format : new String[] {"json", "text", "csv"}) {
                Run run = evaluate(bad, "--format", format);
                assertThat(run.out() + run.err()).doesNotContain("Jane-Roe", "John-Doe", "-3.25");
            }
        }

        @Test
        void skipInvalidEvaluatesTheGoodRecordsAndListsTheSkippedOnesAsWarnings() throws IOException {
            Run run = evaluate(bad, "--skip-invalid");

            assertThat(run.exitCode()).isZero();
            JsonNode doc = json(run.out());
            assertThat(doc.get("learners")).extracting(l -> l.get("learner").asText())
                    .containsExactly("Jane-Roe", "John-Doe");
            assertThat(doc.get("skipped").asInt()).isEqualTo(3);
            assertThat(doc.get("warnings")).extracting(e -> e.get("line").asInt()).containsExactly(2, 3, 4);
            assertThat(run.err()).contains("skipped 3 invalid evidence records of 5");
        }

        @Test
        void skipInvalidInCsvModeListsTheSkippedRecordsOnStandardError() {
            Run run = evaluate(bad, "--skip-invalid", "--format", "csv");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("learner,item_type,item,value,valid_until\n");
            assertThat(run.err().lines()).containsExactly(
                    bad + ":2: warning: assessment: unknown assessment 'a1-quizz' (did you mean 'a1-quiz'?) "
                            + "(record skipped)",
                    bad + ":3: warning: hours: hours must not be negative (record skipped)",
                    bad + ":4: warning: malformed JSON: the line ends inside a value (column 40) (record skipped)",
                    "tandem evaluate: warning: skipped 3 invalid evidence records of 5");
        }
    }

    @Nested
    class Failures {

        @Test
        void aCurriculumWithErrorsIsReportedWithPositionsAndExitsOne() {
            Path broken = write(dir, "broken.yaml", EvaluateFixtures.CURRICULUM.replace("setting: community",
                    "setting: comunity"));
            Run run = run("evaluate", "--curriculum", broken.toString(), "--evidence", jsonl.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).containsPattern(
                    "(?m)^" + java.util.regex.Pattern.quote(broken.toString()) + ":5:\\d+: error: .+ \\[invalid-value] "
                            + "\\(at /setting\\)$");
        }

        @Test
        void aMissingCurriculumFileIsAUsageErrorWithoutAStackTrace() {
            Run run = run("evaluate", "--curriculum", dir.resolve("nope.yaml").toString(), "--evidence",
                    jsonl.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("cannot read the curriculum file", "no such file")
                    .doesNotContain("Exception", "\tat ");
        }

        @Test
        void aMissingEvidenceFileIsAUsageErrorWithoutAStackTrace() {
            Run run = evaluate(dir.resolve("nope.jsonl"));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("cannot read the evidence file", "no such file")
                    .doesNotContain("Exception", "\tat ");
        }

        @Test
        void anOutputFileInAMissingDirectoryIsAUsageError() {
            Run run = evaluate(jsonl, "--output", dir.resolve("no/such/dir/out.json").toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("cannot write").doesNotContain("Exception");
        }

        @Test
        void badOptionsAreUsageErrors() {
            assertThat(evaluate(jsonl, "--as-of", "yesterday").exitCode()).isEqualTo(2);
            assertThat(evaluate(jsonl, "--format", "xml").err()).contains("unknown format 'xml'");
            assertThat(evaluate(jsonl, "--format", "xml").exitCode()).isEqualTo(2);
            assertThat(run("evaluate", "--curriculum", curriculum.toString()).exitCode()).isEqualTo(2);
            assertThat(evaluate(jsonl, "--learner", " ").exitCode()).isEqualTo(2);
        }

        @Test
        void inJsonModeTheErrorsDocumentGoesToStandardOutputAndNeverIntoTheOutputFile() throws IOException {
            Path target = dir.resolve("progress.json");
            Path bad = write(dir, "bad.csv", "learner,kind,at\nL,practise,2026-01-01\n");
            Run toFile = evaluate(bad, "--output", target.toString());
            assertThat(toFile.exitCode()).isEqualTo(1);
            assertThat(toFile.out()).isEmpty();
            assertThat(target).doesNotExist();
            assertThat(toFile.err()).contains("bad.csv:2: error: kind:");
            Run run = evaluate(bad);
            assertThat(run.exitCode()).isEqualTo(1);
            JsonNode doc = json(run.out());
            assertThat(doc.has("learners")).isFalse();
            assertThat(doc.at("/errors/0/line").asInt()).isEqualTo(2);
            assertThat(doc.at("/errors/0/field").asText()).isEqualTo("kind");
        }

        @Test
        void aFailedRunLeavesAnExistingOutputFileAlone() throws IOException {
            Path target = write(dir, "progress.csv", "previous");
            Path bad = write(dir, "bad.csv", "learner,kind,at\nL,practise,2026-01-01\n");
            Run run = evaluate(bad, "--format", "csv", "--output", target.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(Files.readString(target)).isEqualTo("previous");
        }
    }
}
