package dev.tandem.io.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord.Attempt;
import dev.tandem.evidence.EvidenceRecord.Completion;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.casepackage.Curricula;
import dev.tandem.training.ModuleId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/interop.md: an LRS export and a Moodle log store export give what the page shows. */
class XapiWorkedExamplesTest {

    /** The page's peer-support curriculum, as far as the statements need it: a quiz of 10 points, pass 8. */
    private static final Curriculum CURRICULUM = Curricula.minimal()
            .competency(dev.tandem.competency.Competency.builder("crisis.warning-signs", "Signs").build())
            .assessment(dev.tandem.assessment.Assessment.builder("a-quiz", "Quiz",
                    dev.tandem.assessment.AssessmentKind.QUIZ).module("m1-foundations").scores(10, 8)
                    .measures("crisis.warning-signs", "proficient").build())
            .build();

    private static XapiTesting.Read read(String statements, String map) {
        return XapiTesting.readFiles(CURRICULUM, "worked/" + statements, "worked/" + map);
    }

    private static Attempt attempt(String learner, double score, String at) {
        return new Attempt(LearnerId.of(learner), AssessmentId.of("a-quiz"), score, Map.of(), Instant.parse(at), null);
    }

    @Test
    void theLrsExport() {
        XapiTesting.Read r = read("lrs-export.json", "lrs-map.yaml");

        assertThat(r.records()).containsExactly(
                attempt("L-001", 9, "2026-03-02T14:00:00Z"),
                new Completion(LearnerId.of("L-001"), ModuleId.of("m1-foundations"),
                        Instant.parse("2026-02-01T10:00:00Z"), null),
                attempt("L-001@old-lms.example", 7, "2026-03-04T10:00:00Z"));
        XapiSummary s = r.summary();
        assertThat(s.problems()).isEmpty();
        assertThat(s.counts().counts()).containsExactly(Map.entry("statements", 8L), Map.entry("used", 3L),
                Map.entry("rejected", 0L), Map.entry("voided", 1L), Map.entry("voiding", 1L), Map.entry("resent", 1L));
        assertThat(s.skipped()).containsEntry(SkipReason.OBJECT_STATEMENT_REF, 1L)
                .containsEntry(SkipReason.ACTOR_GROUP, 1L);
        assertThat(s.skippedCount()).isEqualTo(2);
        assertThat(s.warnings()).extracting(XapiProblem::toString).containsExactly(
                "1 statement skipped: object is a StatementRef",
                "1 statement skipped: actor is a Group",
                "1 statement re-sent (same id and content): ignored after the first",
                "1 statement with a timestamp without zone offset: read as UTC");
    }

    @Test
    void theMoodleLogStoreExport() {
        XapiTesting.Read r = read("moodle-export.json", "moodle-map.yaml");

        assertThat(r.records()).containsExactly(
                attempt("42", 6, "2026-03-02T14:00:00Z"),
                attempt("42", 9, "2026-03-09T10:30:00Z"),
                attempt("43", 8.5, "2026-03-10T16:45:00Z"),
                new Completion(LearnerId.of("42"), ModuleId.of("m1-foundations"),
                        Instant.parse("2026-03-09T10:31:00Z"), null));
        assertThat(r.summary().problems()).isEmpty();
        assertThat(r.summary().warnings()).extracting(XapiProblem::toString)
                .containsExactly("2 statements skipped: verb not mapped");
    }
}
