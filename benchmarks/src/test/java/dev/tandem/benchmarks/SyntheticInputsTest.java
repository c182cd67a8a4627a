package dev.tandem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.Signal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmarks' generated inputs are valid, of the size asked for, and the same every time. */
class SyntheticInputsTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 10, 15, 1_000})
    void aSyntheticCurriculumIsValidAndHasTheRequestedCompetencies(int n) {
        Curriculum curriculum = SyntheticCurricula.withCompetencies(n);

        assertThat(curriculum.competencies()).hasSize(n);
        assertThat(curriculum.warnings()).noneMatch(Diagnostic::isError);
    }

    @Test
    void aSyntheticCurriculumIsTheSameEveryTime() {
        assertThat(SyntheticCurricula.withCompetencies(100)).isEqualTo(SyntheticCurricula.withCompetencies(100));
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 12, 16})
    void aSyntheticPolicyHasTheRequestedSignals(int n) {
        Policy policy = SyntheticPolicies.withSignals(n);

        assertThat(policy.signals()).hasSize(n);
        assertThat(policy.signals()).filteredOn(s -> s instanceof Signal.Scale).hasSize(n / 3);
    }

    @Test
    void syntheticObservationsFitThePolicyAndReachEveryTier() {
        Policy policy = SyntheticPolicies.withSignals(12);
        CompiledPolicy compiled = CompiledPolicy.of(policy);
        Observation[] observations = SyntheticPolicies.observations(policy, 1_000, 1);

        assertThat(observations).allSatisfy(o -> assertThat(policy.problems(o)).isEmpty());
        assertThat(Arrays.stream(observations).map(o -> compiled.decide(o).tier().value()).distinct())
                .containsExactlyInAnyOrderElementsOf(SyntheticPolicies.TIERS);
    }
}
