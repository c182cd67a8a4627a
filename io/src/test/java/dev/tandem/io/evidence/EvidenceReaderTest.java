package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.VignetteId;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.ReadOptions;
import dev.tandem.training.ModuleId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceReaderTest {

    private final EvidenceReader reader = EvidenceReader.of(TestCurricula.small());

    private record Outcome(List<EvidenceRecord> records, EvidenceSummary summary) {
        List<Long> problemLines() {
            return summary.problems().stream().map(EvidenceProblem::line).toList();
        }
    }

    private Outcome read(String text, EvidenceFormat format) {
        List<EvidenceRecord> records = new ArrayList<>();
        EvidenceSummary summary = reader.read(text, format, records::add);
        return new Outcome(records, summary);
    }

    private Outcome jsonl(String... lines) {
        return read(String.join("\n", lines) + "\n", EvidenceFormat.JSON_LINES);
    }

    private Outcome csv(String... rows) {
        return read(EvidenceSamples.CSV_HEADER + "\n" + String.join("\n", rows) + "\n", EvidenceFormat.CSV);
    }

    private static final Instant MARCH_2 = Instant.parse("2026-03-02T14:00:00Z");

    @Nested
    class TheThreeForms {

        @Test
        void jsonLinesJsonArrayAndCsvOfTheSameEvidenceGiveIdenticalRecords() {
            Outcome lines = read(EvidenceSamples.JSONL, EvidenceFormat.JSON_LINES);
            Outcome array = read(EvidenceSamples.JSON_ARRAY, EvidenceFormat.JSON_ARRAY);
            Outcome csv = read(EvidenceSamples.CSV, EvidenceFormat.CSV);

            assertThat(lines.summary().problems()).isEmpty();
            assertThat(lines.records()).hasSize(5);
            assertThat(array.records()).isEqualTo(lines.records());
            assertThat(csv.records()).isEqualTo(lines.records());
            assertThat(array.summary()).isEqualTo(lines.summary());
            assertThat(csv.summary()).isEqualTo(lines.summary());
        }

        @Test
        void eachKindBecomesItsCoreRecord() {
            List<EvidenceRecord> records = read(EvidenceSamples.JSONL, EvidenceFormat.JSON_LINES).records();

            LearnerId l1 = LearnerId.of("L-001");
            assertThat(records).containsExactly(
                    new EvidenceRecord.Attempt(l1, AssessmentId.of("a1-quiz"), 9.0, Map.of(), MARCH_2, "S-12"),
                    new EvidenceRecord.Attempt(l1, AssessmentId.of("a2-triage"), null,
                            Map.of(VignetteId.of("v1"), TierId.of("refer"), VignetteId.of("v2"),
                                    TierId.of("continue")), Instant.parse("2026-03-03T09:00:00Z"), null),
                    new EvidenceRecord.Completion(l1, ModuleId.of("m0-intro"), Instant.parse("2026-02-01T10:00:00Z"),
                            null),
                    new EvidenceRecord.Practice(l1, 4.5, Instant.parse("2026-04-01T10:00:00Z"), "S-3"),
                    new EvidenceRecord.Attempt(LearnerId.of("L-002"), AssessmentId.of("a1-quiz"), 7.5, Map.of(),
                            Instant.parse("2026-03-05T00:00:00Z"), null));
        }

        /**
         * JSON Lines read a whole number as an int, not through the text of a double: each number must still be
         * the double CSV reads from the same text ({@code Double.parseDouble}), and the ones out of range must
         * fail alike. (Not {@code -0}: as a JSON integer it has always been 0, in CSV -0.0.)
         */
        @Test
        void numbersAreTheDoublesOfTheirTextWholeOrNot() {
            List<String> hours = List.of("0", "1", "7", "10000", "10001", "2147483647", "2147483648",
                    "-2147483648", "99999999999999999999", "4.5", "1e1", "10.0", "-1", "0.0", "-0.0");
            List<String> scores = List.of("0", "9", "10", "11", "1e0", "9.5");
            List<String> lines = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (String h : hours) {
                lines.add("{\"learner\":\"L\",\"kind\":\"practice\",\"hours\":" + h + ",\"at\":\"2026-03-02\"}");
                rows.add("L,practice,,,," + h + ",,2026-03-02,");
            }
            for (String score : scores) {
                lines.add("{\"learner\":\"L\",\"kind\":\"attempt\",\"assessment\":\"a1-quiz\",\"score\":" + score
                        + ",\"at\":\"2026-03-02\"}");
                rows.add("L,attempt,a1-quiz,," + score + ",,,2026-03-02,");
            }
            Outcome json = jsonl(lines.toArray(String[]::new));
            Outcome table = csv(rows.toArray(String[]::new));

            assertThat(json.records()).isEqualTo(table.records()).isNotEmpty();
            // the same problems, CSV's lines one further down (its header)
            assertThat(json.summary().problems()).hasSize(7).extracting(p -> p.line() + 1, EvidenceProblem::field,
                    EvidenceProblem::message).isEqualTo(table.summary().problems().stream()
                    .map(p -> tuple(p.line(), p.field(), p.message())).toList());
            assertThat(json.records()).filteredOn(r -> r instanceof EvidenceRecord.Practice)
                    .extracting(r -> ((EvidenceRecord.Practice) r).hours())
                    .containsExactly(0.0, 1.0, 7.0, 10000.0, 4.5, 10.0, 10.0, 0.0, -0.0);
            assertThat(json.records()).filteredOn(r -> r instanceof EvidenceRecord.Attempt)
                    .extracting(r -> ((EvidenceRecord.Attempt) r).score())
                    .containsExactly(0.0, 9.0, 10.0, 1.0, 9.5);
        }

        @Test
        void aDateMeansTheStartOfThatDayInUtcAndAnOffsetIsHonoured() {
            Outcome outcome = jsonl(
                    "{\"learner\":\"L\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-03-02\"}",
                    "{\"learner\":\"L\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-03-02T16:00:00+02:00\"}");

            assertThat(outcome.records()).extracting(EvidenceRecord::at)
                    .containsExactly(Instant.parse("2026-03-02T00:00:00Z"), MARCH_2);
        }

        @Test
        void theFileExtensionChoosesTheFormat(@TempDir Path dir) throws IOException {
            for (String name : List.of("e.jsonl", "e.ndjson", "e.json", "e.csv")) {
                String text = switch (EvidenceFormat.fromFileName(name).orElseThrow()) {
                    case JSON_LINES -> EvidenceSamples.JSONL;
                    case JSON_ARRAY -> EvidenceSamples.JSON_ARRAY;
                    case CSV -> EvidenceSamples.CSV;
                };
                Path file = Files.writeString(dir.resolve(name), text);
                assertThat(reader.read(file, r -> { }).accepted()).as(name).isEqualTo(5);
            }
        }

        @Test
        void withoutAKnownExtensionTheFirstCharacterChoosesTheFormat(@TempDir Path dir) throws IOException {
            for (String text : List.of(EvidenceSamples.JSONL, "\n  " + EvidenceSamples.JSON_ARRAY, EvidenceSamples.CSV)) {
                Path file = Files.writeString(dir.resolve("evidence.txt"), text);
                EvidenceSummary summary = reader.read(file, r -> { });
                assertThat(summary.problems()).isEmpty();
                assertThat(summary.accepted()).isEqualTo(5);
            }
        }

        @Test
        void aByteOrderMarkIsSkipped() throws IOException {
            byte[] bytes = ("\uFEFF" + EvidenceSamples.CSV).getBytes(StandardCharsets.UTF_8);
            EvidenceSummary summary = reader.read(new ByteArrayInputStream(bytes), r -> { });
            assertThat(summary.problems()).isEmpty();
            assertThat(summary.accepted()).isEqualTo(5);
        }

        @Test
        void aStreamIsReadButNotClosed() throws IOException {
            boolean[] closed = {false};
            ByteArrayInputStream in = new ByteArrayInputStream(EvidenceSamples.JSON_ARRAY.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            for (EvidenceFormat format : EvidenceFormat.values()) {
                reader.read(in, format, r -> { });
            }
            reader.read(in, r -> { });
            assertThat(closed[0]).isFalse();
        }

        @Test
        void blankLinesAreNotRecordsButKeepTheLineNumbers() {
            Outcome outcome = jsonl("", EvidenceSamples.practice("L", "-1"), "   ", EvidenceSamples.practice("L", "x"));
            assertThat(outcome.summary().read()).isEqualTo(2);
            assertThat(outcome.problemLines()).containsExactly(2L, 4L);
        }

        @Test
        void anEmptyFileHasNoRecords() {
            for (EvidenceFormat format : EvidenceFormat.values()) {
                EvidenceSummary summary = read("", format).summary();
                assertThat(summary.read()).as(format.name()).isZero();
                assertThat(summary.isClean()).isTrue();
            }
        }
    }

    @Nested
    class BadRecords {

        private EvidenceProblem onlyProblem(Outcome outcome) {
            assertThat(outcome.summary().problems()).hasSize(1);
            return outcome.summary().problems().get(0);
        }

        @Test
        void malformedJsonIsReportedWithItsLineAndReadingGoesOnAtTheNextLine() {
            Outcome outcome = jsonl(EvidenceSamples.practice("L", "1"), "{\"learner\":\"L\",\"kind\":", 
                    EvidenceSamples.practice("L", "2"));
            assertThat(onlyProblem(outcome).line()).isEqualTo(2);
            assertThat(onlyProblem(outcome).message()).isEqualTo("malformed JSON: the line ends inside a value (column 23)");
            assertThat(outcome.records()).hasSize(2);
        }

        @Test
        void aLineThatIsNotAnObjectIsReported() {
            assertThat(onlyProblem(jsonl("[1,2]")).message()).contains("not a JSON object");
            assertThat(onlyProblem(jsonl(EvidenceSamples.practice("L", "1") + " {}")).message())
                    .contains("more than one JSON value");
        }

        @Test
        void anUnknownKindIsReportedWithASuggestion() {
            EvidenceProblem problem = onlyProblem(jsonl("{\"learner\":\"L\",\"kind\":\"atempt\",\"at\":\"2026-01-01\"}"));
            assertThat(problem.field()).isEqualTo("kind");
            assertThat(problem.message()).contains("unknown kind 'atempt'", "did you mean 'attempt'?");
        }

        @Test
        void anUnknownAssessmentIsReportedWithASuggestion() {
            EvidenceProblem problem = onlyProblem(jsonl(EvidenceSamples.attempt("L", "a1-quizz", "5")));
            assertThat(problem).extracting(EvidenceProblem::line, EvidenceProblem::field)
                    .containsExactly(1L, "assessment");
            assertThat(problem.message()).contains("unknown assessment 'a1-quizz'", "did you mean 'a1-quiz'?");
        }

        @Test
        void anUnknownModuleIsReportedWithASuggestion() {
            EvidenceProblem problem = onlyProblem(jsonl(
                    "{\"learner\":\"L\",\"kind\":\"completion\",\"module\":\"m0-intr\",\"at\":\"2026-01-01\"}"));
            assertThat(problem.field()).isEqualTo("module");
            assertThat(problem.message()).contains("unknown module 'm0-intr'", "did you mean 'm0-intro'?");
        }

        @Test
        void aScoreOutsideTheAssessmentsRangeIsReported() {
            Outcome outcome = jsonl(EvidenceSamples.attempt("L", "a1-quiz", "11"),
                    EvidenceSamples.attempt("L", "a1-quiz", "-1"), EvidenceSamples.attempt("L", "a1-quiz", "10"),
                    EvidenceSamples.attempt("L", "a1-quiz", "0"));
            assertThat(outcome.summary().problems()).extracting(EvidenceProblem::line, EvidenceProblem::field)
                    .containsExactly(tuple(1L, "score"), tuple(2L, "score"));
            assertThat(outcome.summary().problems().get(0).message()).contains("outside [0, 10]");
        }

        @Test
        void aScoreThatIsNotANumberIsReported() {
            EvidenceProblem problem = onlyProblem(jsonl(
                    "{\"learner\":\"L\",\"kind\":\"attempt\",\"assessment\":\"a1-quiz\",\"score\":\"9\",\"at\":\"2026-01-01\"}"));
            assertThat(problem.field()).isEqualTo("score");
            assertThat(problem.message()).isEqualTo("must be a number");
        }

        @Test
        void aScenarioAttemptGivesResponsesNotAScore() {
            EvidenceProblem problem = onlyProblem(jsonl("{\"learner\":\"L\",\"kind\":\"attempt\",\"assessment\":"
                    + "\"a2-triage\",\"score\":2,\"responses\":{\"v1\":\"refer\"},\"at\":\"2026-01-01\"}"));
            assertThat(problem.field()).isEqualTo("score");
            assertThat(problem.message()).contains("give 'responses', not 'score'");
        }

        @Test
        void aScenarioAttemptWithoutResponsesIsReported() {
            EvidenceProblem problem = onlyProblem(jsonl(
                    "{\"learner\":\"L\",\"kind\":\"attempt\",\"assessment\":\"a2-triage\",\"at\":\"2026-01-01\"}"));
            assertThat(problem.field()).isEqualTo("responses");
            assertThat(problem.message()).startsWith("missing field");
        }

        @Test
        void aResponseToAnUnknownVignetteIsReported() {
            EvidenceProblem problem = onlyProblem(csv("L,attempt,a2-triage,,,,v1=refer;v3=consult,2026-01-01,"));
            assertThat(problem).extracting(EvidenceProblem::line, EvidenceProblem::field)
                    .containsExactly(2L, "responses");
            assertThat(problem.message()).contains("unknown vignette 'v3'");
        }

        @Test
        void aResponseThatIsNotATierIsReported() {
            EvidenceProblem problem = onlyProblem(csv("L,attempt,a2-triage,,,,v1=refr,2026-01-01,"));
            assertThat(problem.field()).isEqualTo("responses");
            assertThat(problem.message()).contains("not a tier", "'refr'", "did you mean 'refer'?",
                    "continue, consult, refer, emergency");
        }

        @Test
        void responsesThatAreNotVignetteEqualsTierAreReported() {
            EvidenceProblem problem = onlyProblem(csv("L,attempt,a2-triage,,,,v1:refer,2026-01-01,"));
            assertThat(problem.message()).contains("not vignette=tier");
        }

        @Test
        void aBadTimestampIsReported() {
            Outcome outcome = jsonl(
                    "{\"learner\":\"L\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-13-01\"}",
                    "{\"learner\":\"L\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-03-02T14:00:00\"}",
                    "{\"learner\":\"L\",\"kind\":\"practice\",\"hours\":1,\"at\":\"yesterday\"}");
            assertThat(outcome.summary().problems()).extracting(EvidenceProblem::line, EvidenceProblem::field)
                    .containsExactly(tuple(1L, "at"), tuple(2L, "at"), tuple(3L, "at"));
        }

        @Test
        void aFieldTheKindDoesNotUseIsReported() {
            EvidenceProblem problem = onlyProblem(jsonl("{\"learner\":\"L\",\"kind\":\"completion\","
                    + "\"module\":\"m0-intro\",\"score\":3,\"at\":\"2026-01-01\"}"));
            assertThat(problem.field()).isEqualTo("score");
            assertThat(problem.message()).contains("'completion' records do not use this field");
        }

        @Test
        void responsesOnAnAttemptThatIsNotAScenarioAreReported() {
            EvidenceProblem problem = onlyProblem(csv("L,attempt,a1-quiz,,9,,v1=refer,2026-01-01,"));
            assertThat(problem.field()).isEqualTo("responses");
        }

        @Test
        void anUnknownFieldIsReportedWithASuggestion() {
            EvidenceProblem problem = onlyProblem(jsonl("{\"learner\":\"L\",\"kind\":\"attempt\","
                    + "\"assessment\":\"a1-quiz\",\"score\":9,\"scroe\":9,\"at\":\"2026-01-01\"}"));
            assertThat(problem.field()).isEqualTo("'scroe'");
            assertThat(problem.message()).contains("did you mean 'score'?");
        }

        @Test
        void aMissingLearnerIsReported() {
            EvidenceProblem problem = onlyProblem(csv(",practice,,,,2,,2026-01-01,"));
            assertThat(problem).extracting(EvidenceProblem::line, EvidenceProblem::field, EvidenceProblem::message)
                    .containsExactly(2L, "learner", "missing learner");
        }

        @Test
        void aMissingFieldIsReported() {
            Outcome outcome = jsonl("{\"learner\":\"L\",\"kind\":\"attempt\",\"assessment\":\"a1-quiz\"}");
            assertThat(outcome.summary().problems()).extracting(EvidenceProblem::field)
                    .containsExactly("at", "score");
            assertThat(outcome.summary().rejected()).isEqualTo(1);
        }

        @Test
        void negativeHoursAreReported() {
            EvidenceProblem problem = onlyProblem(csv("L,practice,,,,-2,,2026-01-01,"));
            assertThat(problem).extracting(EvidenceProblem::field, EvidenceProblem::message)
                    .containsExactly("hours", "hours must not be negative");
        }

        @Test
        void aFieldGivenTwiceIsReported() {
            EvidenceProblem problem = onlyProblem(jsonl("{\"learner\":\"L\",\"kind\":\"practice\",\"hours\":1,"
                    + "\"hours\":2,\"at\":\"2026-01-01\"}"));
            assertThat(problem.field()).isEqualTo("hours");
            assertThat(problem.message()).contains("more than once");
        }

        @Test
        void aCsvRowWithTooManyCellsIsReported() {
            EvidenceProblem problem = onlyProblem(csv("L,practice,,,,2,,2026-01-01,,extra"));
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("10 cells", "header has 9");
        }

        @Test
        void aCsvHeaderWithAnUnknownColumnIsReportedOnceAndNothingIsRead() {
            Outcome outcome = read("learner,kind,assesment,at\nL,attempt,a1-quiz,2026-01-01\n", EvidenceFormat.CSV);
            assertThat(outcome.summary().read()).isZero();
            assertThat(outcome.summary().problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.message()).contains("did you mean 'assessment'?");
            });
        }

        @Test
        void aCsvHeaderMayOmitOptionalColumnsAndReorderTheRest() {
            Outcome outcome = read("at,learner,kind,hours\n2026-01-01,L,practice,2\n", EvidenceFormat.CSV);
            assertThat(outcome.summary().problems()).isEmpty();
            assertThat(outcome.records()).singleElement().isInstanceOf(EvidenceRecord.Practice.class);
        }

        @Test
        void aJsonArrayProblemCarriesTheLineWhereTheObjectStarts() {
            Outcome outcome = read("[\n" + EvidenceSamples.practice("L", "1") + ",\n{\n \"learner\": \"L\",\n"
                    + " \"kind\": \"practice\",\n \"hours\": -3,\n \"at\": \"2026-01-01\"\n},\n42\n]\n",
                    EvidenceFormat.JSON_ARRAY);
            assertThat(outcome.problemLines()).containsExactly(3L, 9L);
            assertThat(outcome.summary().read()).isEqualTo(3);
        }

        @Test
        void brokenJsonInAnArrayEndsTheReadingWithAProblemAtTheRecord() {
            Outcome outcome = read("[\n" + EvidenceSamples.practice("L", "1") + ",\n{\"learner\": \"L\",\n"
                    + " \"kind\": practice}\n]", EvidenceFormat.JSON_ARRAY);
            assertThat(outcome.records()).hasSize(1);
            assertThat(outcome.summary().problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("line 4", "the rest of the file cannot be read");
            });
        }

        @Test
        void anArrayThatIsNeverClosedIsReported() {
            Outcome outcome = read("[\n" + EvidenceSamples.practice("L", "1") + ",\n", EvidenceFormat.JSON_ARRAY);
            assertThat(outcome.records()).hasSize(1);
            assertThat(outcome.summary().problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("the rest of the file cannot be read"));
        }

        @Test
        void aJsonFileThatIsNotAnArrayIsReported() {
            Outcome outcome = read(EvidenceSamples.JSONL, EvidenceFormat.JSON_ARRAY);
            assertThat(outcome.summary().problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("one JSON array"));
        }
    }

    @Nested
    class WholeFiles {

        @Test
        void everyBadRecordOfAFileIsReportedInOneRun() {
            Outcome outcome = csv(
                    "L-1,attempt,a1-quiz,,9,,,2026-03-02T14:00:00Z,S-12",
                    "L-1,attempt,a1-quizz,,9,,,2026-03-02T14:00:00Z,",
                    "L-1,completion,,m0-intro,,,,2026-03-02,",
                    "L-1,practice,,,,-1,,2026-03-02,",
                    ",practice,,,,1,,2026-03-02,",
                    "L-2,practise,,,,1,,2026-03-02,",
                    "L-2,practice,,,,1,,2026-02-30,",
                    "L-2,completion,,m0-intro,,,,2026-03-02,");
            assertThat(outcome.problemLines()).containsExactly(3L, 5L, 6L, 7L, 8L);
            assertThat(outcome.summary().problems()).extracting(EvidenceProblem::field)
                    .containsExactly("assessment", "hours", "learner", "kind", "at");
            assertThat(outcome.summary()).extracting(EvidenceSummary::read, EvidenceSummary::accepted,
                    EvidenceSummary::rejected).containsExactly(8L, 3L, 5L);
        }

        @Test
        void problemMessagesNeverRepeatLearnerDataOrWholeRecords() {
            String learner = "Jane-Doe-4711";
            String assessor = "Dr-Secret";
            Outcome outcome = jsonl(
                    "{\"learner\":\"" + learner + "\",\"kind\":\"attempt\",\"assessment\":\"a1-quiz\",\"score\":97.25,"
                            + "\"at\":\"1999-99-99\",\"by\":\"" + assessor + "\"}",
                    "{\"learner\":\"" + learner + "\",\"kind\":\"practice\",\"hours\":-13.75,\"at\":\"2026-01-01\","
                            + "\"by\":\"" + assessor + "\"}",
                    "{\"learner\":\"" + learner + "\",\"kind\":\"attempt\",\"score\":" + learner + "}",
                    "{\"learner\":\"" + learner + "\",\"kind\":\"attempt\",\"by\":\"" + assessor + "\"");
            assertThat(outcome.summary().problems()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(outcome.summary().problems()).allSatisfy(p -> assertThat(p.toString())
                    .doesNotContain(learner, assessor, "97.25", "13.75", "1999-99-99", "{"));
        }

        @Test
        void echoedNamesAreCutShortAndStrippedOfControlCharacters() {
            String longName = "x".repeat(500) + "\u0007";
            EvidenceProblem problem = jsonl("{\"learner\":\"L\",\"kind\":\"" + longName + "\",\"at\":\"2026-01-01\"}")
                    .summary().problems().get(0);
            assertThat(problem.message()).hasSizeLessThan(200).doesNotContain("\u0007");
        }

        @Test
        void recordsReadAreAcceptedPlusRejected() {
            EvidenceSummary summary = jsonl(EvidenceSamples.practice("L", "1"), "garbage",
                    EvidenceSamples.practice("L", "-1"), EvidenceSamples.attempt("L", "a1-quiz", "3")).summary();
            assertThat(summary.read()).isEqualTo(4);
            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(summary.rejected()).isEqualTo(2);
        }
    }

    @Nested
    class HostileInput {

        @Test
        void deeplyNestedJsonIsAProblemOfItsLine() {
            String deep = "{\"learner\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
            Outcome outcome = jsonl(deep, EvidenceSamples.practice("L", "1"));
            assertThat(outcome.summary().problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.message()).contains("nested deeper than 64 levels");
            });
            assertThat(outcome.records()).hasSize(1);
        }

        @Test
        void anEnormousLineIsAProblemOfItsLine() {
            EvidenceReader strict = EvidenceReader.of(TestCurricula.small(), ReadOptions.defaults()
                    .withMaxStringLength(1000));
            String huge = "{\"learner\":\"" + "x".repeat(50_000) + "\"}";
            List<EvidenceRecord> records = new ArrayList<>();
            EvidenceSummary summary = strict.read(huge + "\n" + EvidenceSamples.practice("L", "1") + "\n",
                    EvidenceFormat.JSON_LINES, records::add);
            assertThat(summary.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.message()).contains("longer than 1000 characters");
            });
            assertThat(records).hasSize(1);
        }

        @Test
        void anEnormousCsvCellIsReportedWithoutACrash() {
            EvidenceReader strict = EvidenceReader.of(TestCurricula.small(), ReadOptions.defaults()
                    .withMaxStringLength(1000));
            EvidenceSummary summary = strict.read(EvidenceSamples.CSV_HEADER + "\n" + "x".repeat(50_000)
                    + ",practice\n", EvidenceFormat.CSV, r -> { });
            assertThat(summary.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).contains("longer than 1000 characters");
            });
        }

        @Test
        void aCsvRowWithAHugeNumberOfCellsIsOneProblem() {
            EvidenceSummary summary = reader.read(EvidenceSamples.CSV_HEADER + "\nL,practice" + ",".repeat(200_000)
                    + "\n", EvidenceFormat.CSV, r -> { });
            assertThat(summary.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("200002 cells"));
        }

        @Test
        void aRecordWithThousandsOfUnknownFieldsListsABoundedNumberOfProblems() {
            StringBuilder record = new StringBuilder("[{\"learner\":\"L\"");
            for (int i = 0; i < 10_000; i++) {
                record.append(",\"f").append(i).append("\":1");
            }
            EvidenceSummary summary = reader.read(record.append("}]").toString(), EvidenceFormat.JSON_ARRAY, r -> { });
            assertThat(summary.rejected()).isEqualTo(1);
            assertThat(summary.problems()).hasSize(RawRecord.MAX_PROBLEMS + 1)
                    .last().satisfies(p -> assertThat(p.message()).contains("not listed"));
        }

        @Test
        void hugeNumbersAreOutOfRangeNotACrash() {
            Outcome outcome = jsonl(EvidenceSamples.attempt("L", "a1-quiz", "1e400"),
                    EvidenceSamples.practice("L", "1" + "0".repeat(2000)));
            assertThat(outcome.problemLines()).containsExactly(1L, 2L);
        }
    }
}
