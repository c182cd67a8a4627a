package dev.tandem.io.xapi;

import static dev.tandem.io.xapi.Statements.ATTENDED;
import static dev.tandem.io.xapi.Statements.COMPLETED;
import static dev.tandem.io.xapi.Statements.FOUNDATIONS;
import static dev.tandem.io.xapi.Statements.PASSED;
import static dev.tandem.io.xapi.Statements.PRACTICE;
import static dev.tandem.io.xapi.Statements.QUIZ;
import static dev.tandem.io.xapi.Statements.TRIAGE;
import static dev.tandem.io.xapi.Statements.statement;
import static dev.tandem.io.xapi.Statements.voiding;
import static dev.tandem.io.xapi.XapiTesting.CURRICULUM;
import static dev.tandem.io.xapi.XapiTesting.lines;
import static dev.tandem.io.xapi.XapiTesting.read;
import static dev.tandem.io.xapi.XapiTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.VignetteId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord.Attempt;
import dev.tandem.evidence.EvidenceRecord.Completion;
import dev.tandem.evidence.EvidenceRecord.Practice;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.casepackage.Curricula;
import dev.tandem.io.xapi.XapiTesting.Read;
import dev.tandem.training.ModuleId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XapiReaderTest {

    private static final LearnerId L1 = LearnerId.of("L-001");
    private static final Instant AT = Instant.parse("2026-03-02T14:00:00Z");

    private static Attempt scored(double score) {
        return new Attempt(L1, AssessmentId.of("a-listen-quiz"), score, Map.of(), AT, null);
    }

    /** The evidence of statements.json, written directly as records. */
    private static List<EvidenceRecord> expectedRecordsOfTheSampleFile() {
        Map<VignetteId, TierId> responses = new LinkedHashMap<>();
        responses.put(VignetteId.of("v1"), TierId.of("refer"));
        responses.put(VignetteId.of("v2"), TierId.of("continue"));
        return List.of(
                new Attempt(L1, AssessmentId.of("a-listen-quiz"), 9.0, Map.of(), AT, "s12@lms.example"),
                new Attempt(LearnerId.of("ana@example.org"), AssessmentId.of("a-listen-quiz"), 7.0, Map.of(),
                        Instant.parse("2026-03-02T14:30:00Z"), null),
                new Attempt(LearnerId.of("ebd31e95054c018b10727ccffd2ef2ec3a016ee9"), AssessmentId.of("a-listen-quiz"),
                        0.0, Map.of(), Instant.parse("2026-03-03T09:00:00Z"), null),
                new Attempt(LearnerId.of("https://id.example.org/ben"), AssessmentId.of("a-triage"), null, responses,
                        Instant.parse("2026-03-03T10:00:00Z"), null),
                new Completion(L1, ModuleId.of("m1-foundations"), Instant.parse("2026-02-01T00:00:00Z"), null),
                new Practice(L1, 4.5, Instant.parse("2026-04-01T10:00:00Z"), "S-3"));
    }

    @Test
    void theSameEvidenceAsStatementsAndAsRecordsBuiltDirectlyIsIdentical() {
        List<EvidenceRecord> records = new ArrayList<>();
        XapiSummary summary = XapiReader.read(resource("statements.json"), resource("map.yaml"), CURRICULUM,
                records::add);
        assertThat(records).containsExactlyElementsOf(expectedRecordsOfTheSampleFile());
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.warnings()).extracting(XapiProblem::message)
                .containsExactly("1 statement skipped: activity not mapped");
    }

    @Test
    void jsonLinesAndAJsonArrayGiveTheSameRecords() {
        List<EvidenceRecord> records = new ArrayList<>();
        XapiReader.read(resource("statements.jsonl"), resource("map.yaml"), CURRICULUM, records::add);
        assertThat(records).containsExactlyElementsOf(expectedRecordsOfTheSampleFile());
    }

    @Test
    void theSummaryCountsEveryStatementOnce() {
        XapiSummary s = XapiReader.read(resource("statements.json"), resource("map.yaml"), CURRICULUM, r -> { });
        assertThat(s.statements()).isEqualTo(7);
        assertThat(s.accepted()).isEqualTo(6);
        assertThat(s.skippedCount()).isEqualTo(1);
        assertThat(s.rejected() + s.voided() + s.voiding()).isZero();
    }

    @Test
    void theLearnerIsTheFirstPresentOfAccountNameMboxSha1sumAndOpenid() {
        assertThat(lines(statement(PASSED, QUIZ).raw(9)).records().get(0).learner()).isEqualTo(L1);
        assertThat(lines(statement(PASSED, QUIZ).raw(9).actor("mbox", "mailto:a@b.org")).records().get(0).learner())
                .isEqualTo(LearnerId.of("a@b.org"));
        assertThat(lines(statement(PASSED, QUIZ).raw(9).actor("mbox_sha1sum", "abc123")).records().get(0).learner())
                .isEqualTo(LearnerId.of("abc123"));
        assertThat(lines(statement(PASSED, QUIZ).raw(9).actor("openid", "https://id.example/x")).records().get(0)
                .learner()).isEqualTo(LearnerId.of("https://id.example/x"));
    }

    @Test
    void anActorWithoutIdentifierIsAnErrorWithItsPosition() {
        Read r = lines(statement(PASSED, QUIZ).raw(9), statement(PASSED, QUIZ).raw(9).actor("name", "Ana"));
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.statement()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("actor");
        });
        assertThat(r.records()).hasSize(1);
    }

    @Test
    void theInstructorIsBy() {
        assertThat(lines(statement(PASSED, QUIZ).raw(9).instructor("S-12")).records().get(0).by()).isEqualTo("S-12");
    }

    @Test
    void theRawScoreAloneIsOnTheAssessmentsScale() {
        assertThat(lines(statement(PASSED, QUIZ).raw(9).success(false)).records()).containsExactly(scored(9));
    }

    @Test
    void theScaledScoreTimesMaxScoreIsTheScoreWithoutRaw() {
        assertThat(lines(statement(PASSED, QUIZ).scaled(0.85).success(false)).records()).containsExactly(scored(8.5));
    }

    @Test
    void successGivesThePassScoreAndFailureZeroWithoutScore() {
        assertThat(lines(statement(PASSED, QUIZ).success(true), statement(PASSED, QUIZ).success(false)).records())
                .containsExactly(scored(8), scored(0));
    }

    @Test
    void anAttemptWithoutScoreOrSuccessIsAnError() {
        Read r = lines(statement(PASSED, QUIZ));
        assertThat(r.records()).isEmpty();
        assertThat(r.summary().problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("result"));
        assertThat(r.summary().rejected()).isEqualTo(1);
    }

    @Test
    void aRawScoreAboveMaxScoreIsAnError() {
        Read r = lines(statement(PASSED, QUIZ).raw(11));
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("result.score.raw");
            assertThat(p.message()).contains("outside [0, 10]");
        });
    }

    @Test
    void scenarioResponsesComeFromTheResponseText() {
        Read r = lines(statement(PASSED, TRIAGE).response("v2=continue; v1=refer"));
        Attempt a = (Attempt) r.records().get(0);
        assertThat(a.score()).isNull();
        assertThat(a.responses()).containsExactly(Map.entry(VignetteId.of("v2"), TierId.of("continue")),
                Map.entry(VignetteId.of("v1"), TierId.of("refer")));
    }

    @Test
    void anUnknownVignetteOrTierInTheResponseIsAnError() {
        Read r = lines(statement(PASSED, TRIAGE).response("v9=refer"), statement(PASSED, TRIAGE).response("v1=panic"));
        assertThat(r.summary().problems()).extracting(XapiProblem::statement).containsExactly(1L, 2L);
        assertThat(r.records()).isEmpty();
    }

    @Test
    void practiceHoursComeFromTheDuration() {
        Read r = lines(statement(ATTENDED, PRACTICE).duration("PT1H30M"), statement(ATTENDED, PRACTICE)
                .duration("P1DT2H"), statement(ATTENDED, PRACTICE).duration("PT2.5H"));
        assertThat(r.records()).extracting(rec -> ((Practice) rec).hours()).containsExactly(1.5, 26.0, 2.5);
    }

    @Test
    void durationsAreParsedExactlyAndYearsOrMonthsAreRefused() {
        assertThat(XapiReader.hours("PT45M")).isEqualTo(0.75);
        assertThat(XapiReader.hours("PT5400S")).isEqualTo(1.5);
        assertThat(XapiReader.hours("P1W")).isEqualTo(168.0);
        assertThat(XapiReader.hours("P1M")).isNull();
        assertThat(XapiReader.hours("P")).isNull();
        assertThat(XapiReader.hours("PT")).isNull();
        assertThat(XapiReader.hours("4 hours")).isNull();
    }

    @Test
    void practiceWithoutDurationIsAnError() {
        assertThat(lines(statement(ATTENDED, PRACTICE)).summary().problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("result.duration"));
    }

    @Test
    void aCompletionNeedsOnlyLearnerModuleAndTime() {
        assertThat(lines(statement(COMPLETED, FOUNDATIONS)).records())
                .containsExactly(new Completion(L1, ModuleId.of("m1-foundations"), AT, null));
    }

    @Test
    void aTimestampThatIsNoTimeIsAnError() {
        assertThat(lines(statement(COMPLETED, FOUNDATIONS).timestamp("yesterday")).summary().problems())
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("timestamp"));
    }

    @Test
    void unmappedActivitiesAndVerbsAreSkippedAndCountedInOneWarningEach() {
        Read r = lines(statement(PASSED, "https://lms.example/act/other"), statement(PASSED, "https://x.example/y"),
                statement(COMPLETED, QUIZ), statement(PASSED, QUIZ).raw(9));
        assertThat(r.records()).containsExactly(scored(9));
        assertThat(r.summary().warnings()).extracting(XapiProblem::toString).containsExactly(
                "2 statements skipped: activity not mapped", "1 statement skipped: verb not mapped");
        assertThat(r.summary().skippedCount()).isEqualTo(3);
    }

    @Test
    void aLineThatIsNotJsonIsAnErrorAndTheNextLinesAreStillRead() {
        Read r = read(statement(PASSED, QUIZ).raw(9).json() + "\n{not json\n\n" + statement(PASSED, QUIZ).raw(7).json());
        assertThat(r.records()).containsExactly(scored(9), scored(7));
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.statement()).isEqualTo(2);
        });
    }

    @Test
    void aBrokenArrayStopsWithAnErrorAfterTheStatementsBeforeIt() {
        Read r = read("[" + statement(PASSED, QUIZ).raw(9).json() + ",\n{\"id\": ]");
        assertThat(r.records()).containsExactly(scored(9));
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(8);
            assertThat(p.statement()).isZero();
            assertThat(p.message()).isEqualTo("the file stops being well-formed JSON; the statements after this "
                    + "point were not read");
        });
    }

    @Test
    void statementsInAnArrayOnOneLineAreToldApartByTheirPosition() {
        Read r = read(Statements.array(List.of(statement(PASSED, QUIZ).raw(9), statement(PASSED, QUIZ)))
                .replace("\n", ""));
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.statement()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void aMapNamingAnUnknownAssessmentIsRefused() {
        XapiMap bad = XapiMap.of(Map.of(QUIZ, new ActivityTarget.OfAssessment(AssessmentId.of("a-nope"))));
        assertThatThrownBy(() -> XapiReader.of(CURRICULUM, bad)).isInstanceOf(XapiMapException.class)
                .satisfies(e -> assertThat(((XapiMapException) e).diagnostics()).singleElement()
                        .satisfies(d -> assertThat(d.path().toString()).isEqualTo(
                                "/activities/https:~1~1lms.example~1act~1listening-quiz/assessment")));
    }

    @Test
    void aSmallFileOfEveryKindOfEvidenceGivesItsRecordsAndVoidsWhatIsVoided() {
        Curriculum c = Curricula.minimal()
                .competency(dev.tandem.competency.Competency.builder("crisis.warning-signs", "Signs").build())
                .assessment(dev.tandem.assessment.Assessment.builder("a-quiz", "Quiz",
                        dev.tandem.assessment.AssessmentKind.QUIZ).module("m1-foundations").scores(10, 8)
                        .measures("crisis.warning-signs", "proficient").build())
                .build();
        List<EvidenceRecord> records = new ArrayList<>();
        XapiSummary summary = XapiReader.read(resource("worked-example.jsonl"), resource("worked-example-map.yaml"),
                c, records::add);
        assertThat(records).containsExactly(
                new Attempt(L1, AssessmentId.of("a-quiz"), 9.0, Map.of(), AT, "s12@lms.example"),
                new Completion(L1, ModuleId.of("m1-foundations"), Instant.parse("2026-02-01T00:00:00Z"), null));
        assertThat(summary.warnings()).extracting(XapiProblem::toString)
                .containsExactly("1 statement skipped: activity not mapped");
        assertThat(summary.voided()).isEqualTo(1);
    }

    @Test
    void anEmptyFileHasNoStatementsAndNoProblems() {
        Read r = read("");
        assertThat(r.summary().statements()).isZero();
        assertThat(r.summary().problems()).isEmpty();
        assertThat(r.summary().warnings()).isEmpty();
    }

    @Test
    void aByteOrderMarkBeforeTheArrayIsIgnored() {
        Read r = read("\uFEFF" + Statements.array(List.of(statement(PASSED, QUIZ).raw(9))));
        assertThat(r.records()).containsExactly(scored(9));
    }

    @Test
    void problemsNeverRepeatTheStatement() {
        Read r = lines(statement(PASSED, QUIZ).raw(99).actor("mbox", "mailto:secret.person@example.org"));
        assertThat(r.summary().problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain("secret"));
    }

    @Test
    void anEducationActivityGivesEducationHoursInItsTopicWithTheAttendedVerbByDefault() {
        String ethics = "https://lms.example/act/ethics-course";
        XapiMap map = XapiMap.of(Map.of(ethics, new ActivityTarget.OfEducation(dev.tandem.certification.TopicId.of(
                "ethics")))).withAccountHomePage("https://lms.example");
        List<EvidenceRecord> records = new ArrayList<>();
        XapiReader.of(CURRICULUM, map).read(new ByteArrayInputStream(Statements.lines(List.of(
                statement(ATTENDED, ethics).duration("PT2H30M"), statement(COMPLETED, ethics).duration("PT1H")))
                .getBytes(StandardCharsets.UTF_8)), records::add);
        assertThat(records).containsExactly(new EvidenceRecord.Education(L1, 2.5,
                dev.tandem.certification.TopicId.of("ethics"), AT, null));
    }
}
