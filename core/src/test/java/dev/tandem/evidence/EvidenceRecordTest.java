package dev.tandem.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.VignetteId;
import dev.tandem.escalation.TierId;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceRecordTest {

    private static final LearnerId LEARNER = LearnerId.of("L-001");
    private static final AssessmentId QUIZ = AssessmentId.of("a1-quiz");
    private static final Instant AT = Instant.parse("2026-03-02T14:00:00Z");

    @Test
    void anAttemptCopiesItsResponses() {
        Map<VignetteId, TierId> responses = new HashMap<>();
        responses.put(VignetteId.of("v1"), TierId.of("refer"));
        EvidenceRecord.Attempt attempt = new EvidenceRecord.Attempt(LEARNER, QUIZ, null, responses, AT, null);
        responses.clear();
        assertThat(attempt.responses()).containsEntry(VignetteId.of("v1"), TierId.of("refer"));
    }

    @Test
    void anAttemptKeepsTheOrderOfItsResponsesAndCopiesThemOnce() {
        Map<VignetteId, TierId> responses = new LinkedHashMap<>();
        responses.put(VignetteId.of("v2"), TierId.of("refer"));
        responses.put(VignetteId.of("v1"), TierId.of("consult"));
        EvidenceRecord.Attempt attempt = new EvidenceRecord.Attempt(LEARNER, QUIZ, null, responses, AT, null);
        assertThat(attempt.responses()).containsExactly(Map.entry(VignetteId.of("v2"), TierId.of("refer")),
                Map.entry(VignetteId.of("v1"), TierId.of("consult")));
        assertThatThrownBy(() -> attempt.responses().put(VignetteId.of("v3"), TierId.of("refer")))
                .isInstanceOf(UnsupportedOperationException.class);
        // a record made from another's responses (as pseudonymisation does) shares them: they cannot change
        EvidenceRecord.Attempt again = new EvidenceRecord.Attempt(LearnerId.of("P-1"), QUIZ, null,
                attempt.responses(), AT, null);
        assertThat(again.responses()).isSameAs(attempt.responses());
    }

    @Test
    void anAttemptRejectsANullResponse() {
        Map<VignetteId, TierId> responses = new HashMap<>();
        responses.put(VignetteId.of("v1"), null);
        assertThatThrownBy(() -> new EvidenceRecord.Attempt(LEARNER, QUIZ, null, responses, AT, null))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "score {0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
    void anAttemptScoreMustBeAFiniteNumber(double score) {
        assertThatThrownBy(() -> EvidenceRecord.Attempt.scored(LEARNER, QUIZ, score, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
    }

    @Test
    void aScoredAttemptHasNoResponsesAndNoAssessor() {
        EvidenceRecord.Attempt attempt = EvidenceRecord.Attempt.scored(LEARNER, QUIZ, 9, AT);
        assertThat(attempt.score()).isEqualTo(9.0);
        assertThat(attempt.responses()).isEmpty();
        assertThat(attempt.by()).isNull();
    }

    @ParameterizedTest(name = "hours {0}")
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void practiceHoursMustBeAFiniteNumberOfZeroOrMore(double hours) {
        assertThatThrownBy(() -> new EvidenceRecord.Practice(LEARNER, hours, AT, "S-3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("practice hours");
    }

    @Test
    void zeroPracticeHoursAreAllowed() {
        assertThat(new EvidenceRecord.Practice(LEARNER, 0, AT, null).hours()).isZero();
    }
}
