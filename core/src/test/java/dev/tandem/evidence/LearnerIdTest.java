package dev.tandem.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LearnerIdTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"L-001", "x", "Ana María", "ana@example.org", "LEARNER 7/B"})
    void anyPrintableTextIsALearnerIdAndPrintsAsItself(String value) {
        assertThat(LearnerId.of(value)).hasToString(value);
        assertThat(LearnerId.isValid(value)).isTrue();
    }

    @Test
    void aLearnerIdMayHave256Characters() {
        assertThat(LearnerId.isValid("L".repeat(256))).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "L\u0000", "L\n001", "L\t1", "L\u007f", "L\u0085"})
    void emptyBlankOrControlCharacterIdsAreRejected(String value) {
        assertThatThrownBy(() -> LearnerId.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid learner id");
        assertThat(LearnerId.isValid(value)).isFalse();
    }

    @Test
    void anIdLongerThan256CharactersIsRejected() {
        assertThatThrownBy(() -> LearnerId.of("L".repeat(257))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRejectionMessageDoesNotEchoTheIdBecauseLearnerIdsArePersonalData() {
        assertThatThrownBy(() -> LearnerId.of("Jane Doe\n")).hasMessageNotContaining("Jane");
    }

    @Test
    void aNullIdIsACallerMistake() {
        assertThatThrownBy(() -> LearnerId.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(LearnerId.isValid(null)).isFalse();
    }

    @Test
    void learnerIdsOrderByTheirText() {
        assertThat(LearnerId.of("L-002")).isGreaterThan(LearnerId.of("L-001"));
    }
}
