package dev.tandem.io.xapi;

import static dev.tandem.io.xapi.Statements.PASSED;
import static dev.tandem.io.xapi.Statements.QUIZ;
import static dev.tandem.io.xapi.Statements.statement;
import static dev.tandem.io.xapi.XapiTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.evidence.EvidenceRecord;
import org.junit.jupiter.api.Test;

/** FORMAT 10.1 "Scores": the listening quiz of the community curriculum has max-score 10 and pass-score 8. */
class XapiScoresTest {

    private static Double score(Statements s) {
        XapiTesting.Read r = lines(s);
        assertThat(r.summary().problems()).isEmpty();
        return ((EvidenceRecord.Attempt) r.records().get(0)).score();
    }

    private static String problem(Statements s) {
        XapiTesting.Read r = lines(s);
        assertThat(r.records()).isEmpty();
        assertThat(r.summary().problems()).hasSize(1);
        return r.problems().get(0);
    }

    @Test
    void rawWithMaxIsPutOnTheAssessmentsScale() {
        // the case: 8 of 20 on a 0-10 assessment is 4, a fail, not a pass
        assertThat(score(statement(PASSED, QUIZ).raw(8).score("max", 20))).isEqualTo(4.0);
        assertThat(score(statement(PASSED, QUIZ).raw(100).score("min", 0).score("max", 100))).isEqualTo(10.0);
    }

    @Test
    void minDefaultsToZeroAndShiftsTheScale() {
        assertThat(score(statement(PASSED, QUIZ).raw(15).score("min", 10).score("max", 20))).isEqualTo(5.0);
        assertThat(score(statement(PASSED, QUIZ).raw(-5).score("min", -10).score("max", 10))).isEqualTo(2.5);
    }

    @Test
    void rawWithMaxComesBeforeScaledWhichLMSsAreSeenToContradict() {
        // Moodle sends scaled 0 beside raw 50 of max 100
        assertThat(score(statement(PASSED, QUIZ).raw(50).score("min", 0).score("max", 100).scaled(0))).isEqualTo(5.0);
    }

    @Test
    void rawOutsideMinAndMaxIsAnError() {
        assertThat(problem(statement(PASSED, QUIZ).raw(21).score("max", 20)))
                .isEqualTo("statement 1 (1:1): result.score.raw: is outside [result.score.min, result.score.max]");
        assertThat(problem(statement(PASSED, QUIZ).raw(5).score("min", 6).score("max", 20)))
                .contains("result.score.raw: is outside");
    }

    @Test
    void maxNotAboveMinIsAnError() {
        assertThat(problem(statement(PASSED, QUIZ).raw(5).score("min", 5).score("max", 5)))
                .contains("result.score.max: is not above result.score.min");
    }

    @Test
    void scaledWithoutRangeGivesItsShareOfMaxScoreAndNegativeScaledGivesZero() {
        assertThat(score(statement(PASSED, QUIZ).scaled(0.7))).isEqualTo(7.0);
        assertThat(score(statement(PASSED, QUIZ).scaled(-0.5))).isEqualTo(0.0);
        assertThat(score(statement(PASSED, QUIZ).raw(3).scaled(0.9))).isEqualTo(9.0);
    }

    @Test
    void scaledOutsideMinusOneToOneIsAnError() {
        assertThat(problem(statement(PASSED, QUIZ).scaled(1.5))).endsWith("result.score.scaled: is outside [-1, 1]");
    }

    @Test
    void rawAloneIsOnTheAssessmentsOwnScaleAndAnErrorOutsideIt() {
        assertThat(score(statement(PASSED, QUIZ).raw(9))).isEqualTo(9.0);
        assertThat(problem(statement(PASSED, QUIZ).raw(100))).contains("result.score.raw: is outside [0, 10], the "
                + "scale of assessment 'a-listen-quiz'").doesNotContain("100");
    }

    @Test
    void successAloneGivesThePassScoreOrZero() {
        assertThat(score(statement(PASSED, QUIZ).success(true))).isEqualTo(8.0);
        assertThat(score(statement(PASSED, QUIZ).success(false))).isEqualTo(0.0);
    }

    @Test
    void aSuccessThatDisagreesWithThePassMarkIsCountedInAWarningAndThePassMarkDecides() {
        XapiTesting.Read r = lines(statement(PASSED, QUIZ).raw(4).score("max", 10).success(true),
                statement(PASSED, QUIZ).scaled(0.9).success(false), statement(PASSED, QUIZ).raw(9).success(true),
                statement(PASSED, QUIZ).success(true));
        assertThat(r.records()).extracting(x -> ((EvidenceRecord.Attempt) x).score()).containsExactly(4.0, 9.0, 9.0,
                8.0);
        assertThat(r.warnings()).containsExactly("2 statements whose result.success disagrees with the "
                + "curriculum's pass mark, which decides");
    }

    @Test
    void aScoreThatIsNoNumberIsAnError() {
        assertThat(problem(statement(PASSED, QUIZ).set("result", "{\"score\":{\"raw\":\"9\",\"max\":10}}")))
                .endsWith("result.score.raw: must be a number");
        assertThat(problem(statement(PASSED, QUIZ).set("result", "{\"success\":\"yes\"}")))
                .endsWith("result.success: must be true or false");
    }

    @Test
    void equalRatiosGiveEqualScores() {
        assertThat(score(statement(PASSED, QUIZ).raw(0.3).score("max", 0.5)))
                .isEqualTo(score(statement(PASSED, QUIZ).raw(3).score("max", 5))).isEqualTo(6.0);
    }
}
