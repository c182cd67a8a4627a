package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.certification.TopicId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Education records (FORMAT 13.3) in JSON Lines, a JSON array and CSV with the trailing topic column. */
class EducationEvidenceTest {

    private final EvidenceReader reader = EvidenceReader.of(TestCurricula.small());
    private static final Instant AT = Instant.parse("2027-01-02T10:00:00Z");
    private static final EvidenceRecord.Education ETHICS = new EvidenceRecord.Education(LearnerId.of("L-001"), 3,
            TopicId.of("ethics"), AT, "P-1");
    private static final EvidenceRecord.Education ANY = new EvidenceRecord.Education(LearnerId.of("L-001"), 1.5, null,
            AT, null);

    private record Outcome(List<EvidenceRecord> records, EvidenceSummary summary) {
    }

    private Outcome read(String text, EvidenceFormat format) {
        List<EvidenceRecord> records = new ArrayList<>();
        EvidenceSummary summary = reader.read(text, format, records::add);
        return new Outcome(records, summary);
    }

    @Test
    void jsonLinesJsonArrayAndCsvWithATopicColumnGiveTheSameRecords() {
        String one = "{\"learner\":\"L-001\",\"kind\":\"education\",\"hours\":3,\"topic\":\"ethics\","
                + "\"at\":\"2027-01-02T10:00:00Z\",\"by\":\"P-1\"}";
        String two = "{\"learner\":\"L-001\",\"kind\":\"education\",\"hours\":1.5,\"at\":\"2027-01-02T10:00:00Z\"}";
        Outcome lines = read(one + "\n" + two + "\n", EvidenceFormat.JSON_LINES);
        Outcome array = read("[" + one + ",\n" + two + "]", EvidenceFormat.JSON_ARRAY);
        Outcome csv = read("""
                learner,kind,assessment,module,score,hours,responses,at,by,topic
                L-001,education,,,,3,,2027-01-02T10:00:00Z,P-1,ethics
                L-001,education,,,,1.5,,2027-01-02T10:00:00Z,,
                """, EvidenceFormat.CSV);
        for (Outcome o : List.of(lines, array, csv)) {
            assertThat(o.summary().problems()).isEmpty();
            assertThat(o.records()).containsExactly(ETHICS, ANY);
        }
    }

    @Test
    void theNineColumnHeaderStillReadsEducationWithoutATopic() {
        Outcome csv = read("""
                learner,kind,assessment,module,score,hours,responses,at,by
                L-001,education,,,,1.5,,2027-01-02T10:00:00Z,
                """, EvidenceFormat.CSV);
        assertThat(csv.summary().problems()).isEmpty();
        assertThat(csv.records()).containsExactly(ANY);
    }

    @Test
    void educationNeedsHoursAboveZeroAndATopicThatIsAnIdWithItsLineReported() {
        Outcome o = read("""
                {"learner":"L-001","kind":"education","hours":0,"at":"2027-01-02"}
                {"learner":"L-001","kind":"education","hours":2,"topic":"Ethics!","at":"2027-01-02"}
                {"learner":"L-001","kind":"education","at":"2027-01-02"}
                {"learner":"L-001","kind":"education","hours":2,"at":"2027-01-02T10:00:00Z"}
                """, EvidenceFormat.JSON_LINES);
        assertThat(o.summary().problems()).extracting(EvidenceProblem::line).containsExactly(1L, 2L, 3L);
        assertThat(o.summary().problems()).extracting(EvidenceProblem::field).containsExactly("hours", "topic",
                "hours");
        assertThat(o.records()).hasSize(1);
    }

    @Test
    void aTopicOnAnotherKindIsAFieldItDoesNotUse() {
        Outcome o = read("""
                {"learner":"L-001","kind":"practice","hours":2,"topic":"ethics","at":"2027-01-02"}
                """, EvidenceFormat.JSON_LINES);
        assertThat(o.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("topic");
            assertThat(p.message()).contains("'practice' records do not use this field");
        });
    }

    @Test
    void oneEducationRecordGivesAtMostTenThousandHoursSoThatSumsStayFinite() {
        Outcome o = read("""
                {"learner":"L-001","kind":"education","hours":10001,"at":"2027-01-02"}
                {"learner":"L-001","kind":"education","hours":10000,"at":"2027-01-02"}
                """, EvidenceFormat.JSON_LINES);
        assertThat(o.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1L);
            assertThat(p.message()).contains("at most 10000 hours");
        });
        assertThat(o.records()).hasSize(1);
    }
}
