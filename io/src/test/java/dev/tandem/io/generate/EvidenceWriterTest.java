package dev.tandem.io.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.VignetteId;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.training.ModuleId;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceWriterTest {

    private static final LearnerId LEARNER = LearnerId.of("L-001");
    private static final Instant AT = Instant.parse("2026-03-02T14:00:00Z");

    private static EvidenceRecord.Attempt scored(double score, String by) {
        return new EvidenceRecord.Attempt(LEARNER, AssessmentId.of("a3-roleplay"), score, Map.of(), AT, by);
    }

    private static EvidenceRecord.Attempt scenario() {
        Map<VignetteId, TierId> responses = new LinkedHashMap<>();
        responses.put(VignetteId.of("v1"), TierId.of("refer"));
        responses.put(VignetteId.of("v2"), TierId.of("continue"));
        return new EvidenceRecord.Attempt(LEARNER, AssessmentId.of("a4-triage"), null, responses, AT, null);
    }

    @Test
    void writesAScoredAttemptAsInTheFormatsExample() {
        assertThat(EvidenceWriter.format(EvidenceWriter.Format.JSONL, scored(9, "S-12"))).isEqualTo(
                "{\"learner\":\"L-001\",\"kind\":\"attempt\",\"assessment\":\"a3-roleplay\",\"score\":9,"
                        + "\"at\":\"2026-03-02T14:00:00Z\",\"by\":\"S-12\"}");
    }

    @Test
    void writesAFractionalScoreWithItsFraction() {
        assertThat(EvidenceWriter.format(EvidenceWriter.Format.JSONL, scored(7.25, null)))
                .contains("\"score\":7.25,");
    }

    @Test
    void writesScenarioResponsesAsAnObjectInTheirOrder() {
        assertThat(EvidenceWriter.format(EvidenceWriter.Format.JSONL, scenario())).isEqualTo(
                "{\"learner\":\"L-001\",\"kind\":\"attempt\",\"assessment\":\"a4-triage\","
                        + "\"responses\":{\"v1\":\"refer\",\"v2\":\"continue\"},\"at\":\"2026-03-02T14:00:00Z\"}");
    }

    @Test
    void writesACompletionWithoutBy() {
        EvidenceRecord completion = new EvidenceRecord.Completion(LEARNER, ModuleId.of("m1-foundations"),
                Instant.parse("2026-02-01T10:00:00Z"), null);

        assertThat(EvidenceWriter.format(EvidenceWriter.Format.JSONL, completion)).isEqualTo(
                "{\"learner\":\"L-001\",\"kind\":\"completion\",\"module\":\"m1-foundations\","
                        + "\"at\":\"2026-02-01T10:00:00Z\"}");
    }

    @Test
    void writesPracticeHours() {
        EvidenceRecord practice = new EvidenceRecord.Practice(LEARNER, 4.5, Instant.parse("2026-04-01T10:00:00Z"),
                "S-3");

        assertThat(EvidenceWriter.format(EvidenceWriter.Format.JSONL, practice)).isEqualTo(
                "{\"learner\":\"L-001\",\"kind\":\"practice\",\"hours\":4.5,\"at\":\"2026-04-01T10:00:00Z\","
                        + "\"by\":\"S-3\"}");
    }

    @Test
    void escapesQuotesAndControlCharactersInJson() {
        EvidenceRecord attempt = new EvidenceRecord.Attempt(LearnerId.of("O'Brien \"Jo\""), AssessmentId.of("a1"),
                1.0, Map.of(), AT, "line\\one\ttab\u0001");

        assertThat(EvidenceWriter.format(EvidenceWriter.Format.JSONL, attempt))
                .contains("\"learner\":\"O'Brien \\\"Jo\\\"\"").contains("\"by\":\"line\\\\one\\ttab\\u0001\"");
    }

    @Test
    void writesEachKindAsACsvRowWithNineCells() {
        assertThat(EvidenceWriter.format(EvidenceWriter.Format.CSV, scored(9, "S-12")))
                .isEqualTo("L-001,attempt,a3-roleplay,,9,,,2026-03-02T14:00:00Z,S-12");
        assertThat(EvidenceWriter.format(EvidenceWriter.Format.CSV, scenario()))
                .isEqualTo("L-001,attempt,a4-triage,,,,v1=refer;v2=continue,2026-03-02T14:00:00Z,");
        assertThat(EvidenceWriter.format(EvidenceWriter.Format.CSV,
                new EvidenceRecord.Completion(LEARNER, ModuleId.of("m1"), AT, null)))
                .isEqualTo("L-001,completion,,m1,,,,2026-03-02T14:00:00Z,");
        assertThat(EvidenceWriter.format(EvidenceWriter.Format.CSV, new EvidenceRecord.Practice(LEARNER, 2, AT, "S-3")))
                .isEqualTo("L-001,practice,,,,2,,2026-03-02T14:00:00Z,S-3");
    }

    @Test
    void quotesCsvCellsThatHoldCommasOrQuotes() {
        EvidenceRecord attempt = new EvidenceRecord.Attempt(LearnerId.of("Smith, \"Jo\""), AssessmentId.of("a1"),
                1.0, Map.of(), AT, null);

        assertThat(EvidenceWriter.format(EvidenceWriter.Format.CSV, attempt))
                .startsWith("\"Smith, \"\"Jo\"\"\",attempt,");
    }

    @Test
    void aCsvWriterStartsWithTheHeaderEvenWhenNothingIsWritten() throws IOException {
        StringWriter out = new StringWriter();
        EvidenceWriter.of(EvidenceWriter.Format.CSV, out).flush();

        assertThat(out).hasToString("learner,kind,assessment,module,score,hours,responses,at,by\n");
    }

    @Test
    void aJsonLinesWriterEndsEveryRecordWithANewline() throws IOException {
        StringWriter out = new StringWriter();
        EvidenceWriter writer = EvidenceWriter.of(EvidenceWriter.Format.JSONL, out);
        writer.write(scored(1, null));
        writer.write(scored(2, null));

        assertThat(out.toString()).endsWith("}\n").hasLineCount(2);
    }

    @Test
    void formatsAreNamedAsOnTheCommandLine() {
        assertThat(EvidenceWriter.Format.fromId("CSV")).isEqualTo(EvidenceWriter.Format.CSV);
        assertThat(EvidenceWriter.Format.fromId("jsonl")).isEqualTo(EvidenceWriter.Format.JSONL);
        assertThatThrownBy(() -> EvidenceWriter.Format.fromId("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid evidence format (valid values jsonl, csv): xml");
    }
}
