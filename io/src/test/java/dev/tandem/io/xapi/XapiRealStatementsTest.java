package dev.tandem.io.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.competency.Competency;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.EvidenceRecord.Attempt;
import dev.tandem.evidence.EvidenceRecord.Completion;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.casepackage.Curricula;
import dev.tandem.training.ModuleId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real statements from public sources (see {@code src/test/resources/xapi/real/README.md}) evaluate without a
 * spurious error, each with the map written for it.
 */
class XapiRealStatementsTest {

    /** Two quizzes on a 0-10 scale with pass mark 5, one module. */
    private static final Curriculum CURRICULUM = Curricula.minimal()
            .competency(Competency.builder("crisis.warning-signs", "Recognises warning signs").build())
            .assessment(Assessment.builder("a-quiz", "Quiz", AssessmentKind.QUIZ).module("m1-foundations")
                    .scores(10, 5).measures("crisis.warning-signs", "proficient").build())
            .assessment(Assessment.builder("a-assignment", "Assignment", AssessmentKind.QUIZ).module("m1-foundations")
                    .scores(10, 5).measures("crisis.warning-signs", "developing").build())
            .build();

    private static XapiTesting.Read read(String statements, String map) {
        return XapiTesting.readFiles(CURRICULUM, "real/" + statements, "real/" + map);
    }

    private static Path resource(String name) {
        return XapiTesting.resource("real/" + name);
    }

    @Test
    void theExamplesOfTheXapiSpecificationGiveTheirEvidenceAndSkipWhatIsNoLearnersActivity() {
        XapiTesting.Read r = read("xapi-spec-examples.json", "xapi-spec-map.yaml");

        assertThat(r.summary().problems()).isEmpty();
        assertThat(r.records()).containsExactly(
                new Attempt(LearnerId.of("example.learner@adlnet.gov"), AssessmentId.of("a-quiz"), 9.5, Map.of(),
                        Instant.parse("2015-12-18T12:17:00Z"), null),
                new Completion(LearnerId.of("example@example.com"), ModuleId.of("m1-foundations"),
                        Instant.parse("2013-04-01T12:00:00Z"), null));
        XapiSummary s = r.summary();
        assertThat(s.statements()).isEqualTo(9);
        assertThat(s.skipped()).containsEntry(SkipReason.OBJECT_STATEMENT_REF, 1L)
                .containsEntry(SkipReason.OBJECT_SUB_STATEMENT, 1L).containsEntry(SkipReason.ACTIVITY_NOT_MAPPED, 2L)
                .containsEntry(SkipReason.ACTOR_GROUP, 1L);
        // Appendix D signs the statement it shows first: the signed one differs only by its attachments
        assertThat(s.resent()).isEqualTo(1);
        assertThat(s.voiding()).isEqualTo(1);
        assertThat(s.warnings()).extracting(XapiProblem::toString).containsExactly(
                "statement 1 (1:1): object.id: voids statement e05aa883-acaf-40ad-bf54-02c8ce485fb0, which is not in "
                        + "the file",
                "1 statement skipped: object is a StatementRef",
                "1 statement skipped: object is a SubStatement",
                "2 statements skipped: activity not mapped",
                "1 statement skipped: actor is a Group",
                "1 statement re-sent (same id and content): ignored after the first");
    }

    @Test
    void theMoodleLogStoresStatementsGiveEveryQuizAttemptAndGradeOnTheCurriculumsScale() {
        XapiTesting.Read r = read("moodle-logstore-statements.json", "moodle-map.yaml");

        Instant at = Instant.parse("2015-06-10T14:31:41Z");
        assertThat(r.summary().problems()).isEmpty();
        // the quiz: raw 50 of max 100 (beside scaled 0 and success true) is 5 of 10, a pass;
        // the assignment: raw 1 of max 2 is 5 of 10, graded by user 1 (the instructor); the course's completion completes the module
        assertThat(r.records()).containsExactly(
                new Attempt(LearnerId.of("1"), AssessmentId.of("a-quiz"), 5.0, Map.of(), at, null),
                new Attempt(LearnerId.of("2"), AssessmentId.of("a-assignment"), 5.0, Map.of(), at, "1"),
                new Completion(LearnerId.of("1"), ModuleId.of("m1-foundations"), at, null));
        assertThat(r.summary().warnings()).extracting(XapiProblem::toString)
                .containsExactly("2 statements skipped: verb not mapped");
    }

    @Test
    void withoutAccountHomePageMoodlesUserIdsCarryTheSitesHost() {
        List<EvidenceRecord> records = new ArrayList<>();
        XapiMap map = XapiMap.read(resource("moodle-map.yaml")).withAccountHomePage(null);
        XapiReader.of(CURRICULUM, map).read(resource("moodle-logstore-statements.json"), records::add);
        assertThat(records).extracting(x -> x.learner().value()).containsExactly("1@www.example.org",
                "2@www.example.org", "1@www.example.org");
    }
}
