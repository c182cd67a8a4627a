package dev.tandem.io.progress;

import static dev.tandem.io.progress.ProgressSamples.AS_OF;
import static dev.tandem.io.progress.ProgressSamples.MARCH_2028;
import static dev.tandem.io.progress.ProgressSamples.learner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.tandem.competency.CompetencyId;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.Missing;
import dev.tandem.progress.ModuleStatus;
import dev.tandem.training.ModuleId;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgressWriterTest {

    private static String write(ProgressFormat format, EvidenceSummary evidence, LearnerProgress... learners)
            throws IOException {
        StringWriter out = new StringWriter();
        try (ProgressWriter writer = evidence == null
                ? ProgressWriter.open(format, out, ProgressSamples.curriculum(), AS_OF)
                : ProgressWriter.open(format, out, ProgressSamples.curriculum(), AS_OF, evidence)) {
            for (LearnerProgress p : learners) {
                writer.write(p);
            }
        }
        return out.toString();
    }

    private static String write(ProgressFormat format, LearnerProgress... learners) throws IOException {
        return write(format, null, learners);
    }

    @Nested
    class Json {

        @Test
        void theDocumentHasExactlyTheShapeOfTheFormat() throws IOException {
            LearnerProgress l1 = learner("L-001").listening("developing", MARCH_2028)
                    .foundations(ModuleStatus.COMPLETED)
                    .certification(CertificationStatus.IN_PROGRESS, null,
                            new Missing.Module(ModuleId.of("m2-crisis"), ModuleStatus.LOCKED),
                            new Missing.Competency(CompetencyId.of("escalation"), "proficient", null),
                            new Missing.Practice(40, 12.5))
                    .build();

            assertThat(write(ProgressFormat.JSON, l1)).isEqualTo("{\"curriculum\":\"peer-basics\","
                    + "\"version\":\"1.0.0\","
                    + "\"asOf\":\"2026-11-21T00:00:00Z\",\"learners\":[{\"learner\":\"L-001\",\"competencies\":{"
                    + "\"listening\":{\"level\":\"developing\",\"validUntil\":\"2028-03-02T14:00:00Z\"},"
                    + "\"escalation\":{\"level\":null,\"validUntil\":null}},"
                    + "\"modules\":{\"m1-foundations\":\"completed\",\"m2-crisis\":\"locked\"},"
                    + "\"certification\":{\"status\":\"in-progress\",\"expiresAt\":null,\"missing\":["
                    + "{\"type\":\"module\",\"id\":\"m2-crisis\",\"status\":\"locked\"},"
                    + "{\"type\":\"competency\",\"id\":\"escalation\",\"required\":\"proficient\",\"attained\":null},"
                    + "{\"type\":\"practice\",\"required\":40,\"recorded\":12.5}]},"
                    + "\"warnings\":[]}]}\n");
        }

        @Test
        void withoutACertificationBlockCertificationIsNull() throws IOException {
            JsonNode doc = new ObjectMapper().readTree(write(ProgressFormat.JSON, learner("L-1").build()));
            assertThat(doc.at("/learners/0/certification").isNull()).isTrue();
        }

        @Test
        void aCertifiedLearnerHasItsExpiryInUtc() throws IOException {
            JsonNode doc = new ObjectMapper().readTree(write(ProgressFormat.JSON, learner("L-1")
                    .certification(CertificationStatus.CERTIFIED, Instant.parse("2027-01-01T10:00:00+02:00"))
                    .build()));
            assertThat(doc.at("/learners/0/certification/expiresAt").asText()).isEqualTo("2027-01-01T08:00:00Z");
        }

        @Test
        void learnerWarningsNameTheAssessment() throws IOException {
            JsonNode doc = new ObjectMapper().readTree(write(ProgressFormat.JSON, learner("L-1")
                    .warning("attempt at 'a1-quiz' ignored: it follows 3 failed attempts").build()));
            assertThat(doc.at("/learners/0/warnings/0/assessment").asText()).isEqualTo("a1-quiz");
            assertThat(doc.at("/learners/0/warnings/0/code").asText()).isEqualTo("ignored-attempt");
        }

        @Test
        void skippedRecordsAppearAsWarningsWithTheirLinesAndACount() throws IOException {
            EvidenceSummary evidence = new EvidenceSummary(5, 3, 2, List.of(
                    new EvidenceProblem(2, "score", "the score is outside [0, 10]"),
                    new EvidenceProblem(4, null, "malformed JSON (column 7)")));
            JsonNode doc = new ObjectMapper().readTree(write(ProgressFormat.JSON, evidence, learner("L-1").build()));
            assertThat(doc.get("skipped").asInt()).isEqualTo(2);
            assertThat(doc.at("/warnings/0/line").asInt()).isEqualTo(2);
            assertThat(doc.at("/warnings/0/field").asText()).isEqualTo("score");
            assertThat(doc.at("/warnings/1/field").isNull()).isTrue();
        }

        @Test
        void cleanEvidenceAddsNothingToTheDocument() throws IOException {
            JsonNode doc = new ObjectMapper().readTree(write(ProgressFormat.JSON,
                    new EvidenceSummary(1, 1, 0, List.of()), learner("L-1").build()));
            assertThat(doc.has("warnings")).isFalse();
            assertThat(doc.has("skipped")).isFalse();
        }

        @Test
        void aFailedStrictEvaluationHasErrorsAndNoLearners() throws IOException {
            StringWriter out = new StringWriter();
            ProgressWriter.writeJsonErrors(out, ProgressSamples.curriculum(), AS_OF,
                    List.of(new EvidenceProblem(3, "kind", "unknown kind 'atempt'")));
            assertThat(out).hasToString("{\"curriculum\":\"peer-basics\",\"version\":\"1.0.0\",\"asOf\":"
                    + "\"2026-11-21T00:00:00Z\",\"errors\":[{\"line\":3,\"field\":\"kind\",\"message\":"
                    + "\"unknown kind 'atempt'\"}]}\n");
        }

        @Test
        void anEmptyCohortIsAnEmptyLearnerList() throws IOException {
            assertThat(new ObjectMapper().readTree(write(ProgressFormat.JSON)).get("learners")).isEmpty();
        }
    }

    @Nested
    class Csv {

        @Test
        void oneRowPerLearnerAndItem() throws IOException {
            String csv = write(ProgressFormat.CSV, learner("L-001").listening("developing", MARCH_2028)
                    .certification(CertificationStatus.IN_PROGRESS, null,
                            new Missing.Module(ModuleId.of("m1-foundations"), ModuleStatus.NOT_STARTED))
                    .build());
            assertThat(csv.split("\n")).containsExactly(
                    "learner,item_type,item,value,valid_until",
                    "L-001,competency,listening,developing,2028-03-02T14:00:00Z",
                    "L-001,competency,escalation,,",
                    "L-001,module,m1-foundations,not-started,",
                    "L-001,module,m2-crisis,locked,",
                    "L-001,certification,status,in-progress,",
                    "L-001,missing,module:m1-foundations,\"module 'm1-foundations' is not-started, not completed\",");
        }

        @Test
        void cellsThatASpreadsheetWouldRunAreNeutralised() throws IOException {
            String csv = write(ProgressFormat.CSV, learner("+1").build(), learner("-2").build(),
                    learner("=HYPERLINK(\"x\")").build(), learner("@SUM(A1)").build());
            List<String> learnerCells = new ArrayList<>();
            try (MappingIterator<String[]> rows = new CsvMapper().readerFor(String[].class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
                rows.forEachRemaining(row -> learnerCells.add(row[0]));
            }
            assertThat(learnerCells).hasSize(1 + 4 * 4).first().isEqualTo("learner");
            assertThat(learnerCells.stream().skip(1).distinct())
                    .containsExactly("'+1", "'-2", "'=HYPERLINK(\"x\")", "'@SUM(A1)");
        }

        @Test
        void cellsAreQuotedOnlyWhereCsvNeedsIt() throws IOException {
            String longId = "L-" + "x".repeat(40);
            String awkward = "Smith, \"Jo\"";
            String csv = write(ProgressFormat.CSV, learner(longId).build(), learner(awkward).build());
            // a long cell goes out as it is, like a short one
            assertThat(csv).contains("\n" + longId + ",competency,listening,,\n");
            List<String> learnerCells = new ArrayList<>();
            try (MappingIterator<String[]> rows = new CsvMapper().readerFor(String[].class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
                rows.forEachRemaining(row -> learnerCells.add(row[0]));
            }
            // a comma or a quote is quoted, and reads back whole
            assertThat(learnerCells.stream().skip(1).distinct()).containsExactly(longId, awkward);
            assertThat(csv).contains("\n\"Smith, \"\"Jo\"\"\",competency,");
        }

        @Test
        void theNeutraliserLeavesOrdinaryTextAlone() {
            assertThat(CsvProgressWriter.cell("L-001")).isEqualTo("L-001");
            assertThat(CsvProgressWriter.cell("=1+1")).isEqualTo("'=1+1");
            assertThat(CsvProgressWriter.cell("\t=1")).isEqualTo("'\t=1");
            assertThat(CsvProgressWriter.cell(null)).isEmpty();
        }
    }

    @Nested
    class Text {

        @Test
        void eachLearnerHasAReadableBlock() throws IOException {
            String text = write(ProgressFormat.TEXT, learner("L-001").listening("developing", MARCH_2028)
                    .certification(CertificationStatus.IN_PROGRESS, null,
                            new Missing.Competency(CompetencyId.of("escalation"), "proficient", null))
                    .build(), learner("L-002").build());
            assertThat(text).isEqualTo("""
                    Peer basics (peer-basics 1.0.0), as of 2026-11-21T00:00:00Z

                    L-001
                      certification: in-progress
                        missing: competency 'escalation' needs level proficient or above; no level is attained
                      competencies:
                        listening   developing (until 2028-03-02T14:00:00Z)
                        escalation  -
                      modules:
                        m1-foundations  not-started
                        m2-crisis       locked

                    L-002
                      competencies:
                        listening   -
                        escalation  -
                      modules:
                        m1-foundations  not-started
                        m2-crisis       locked

                    2 learners
                    """);
        }

        @Test
        void theSummarySaysHowManyRecordsWereSkipped() throws IOException {
            String text = write(ProgressFormat.TEXT, new EvidenceSummary(4, 1, 3,
                    List.of(new EvidenceProblem(1, null, "x"))), learner("L-1").build());
            assertThat(text).endsWith("1 learner; 3 evidence records skipped\n");
        }
    }

    @Nested
    class Order {

        @Test
        void learnersMustComeInAscendingOrder() throws IOException {
            StringWriter out = new StringWriter();
            for (ProgressFormat format : ProgressFormat.values()) {
                ProgressWriter writer = ProgressWriter.open(format, out, ProgressSamples.curriculum(), AS_OF);
                writer.write(learner("L-2").build());
                assertThatThrownBy(() -> writer.write(learner("L-1").build()))
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> writer.write(learner("L-2").build()))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }

        @Test
        void aClosedWriterRefusesLearners() throws IOException {
            ProgressWriter writer = ProgressWriter.open(ProgressFormat.JSON, new StringWriter(),
                    ProgressSamples.curriculum(), AS_OF);
            writer.close();
            writer.close();
            assertThatThrownBy(() -> writer.write(learner("L-1").build())).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void formatsAreNamedAsOnTheCommandLine() {
            assertThat(ProgressFormat.fromId("csv")).contains(ProgressFormat.CSV);
            assertThat(ProgressFormat.fromId("xml")).isEmpty();
        }
    }
}
