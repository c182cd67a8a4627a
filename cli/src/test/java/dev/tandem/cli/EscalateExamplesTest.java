package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.PolicyAnalysis;
import dev.tandem.escalation.PolicyAnalyzer;
import dev.tandem.io.CurriculumReader;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped example curricula carry escalation policies the analyser proves sound. */
class EscalateExamplesTest {

    private static Policy policyOf(String example) {
        Curriculum c = CurriculumReader.create().read(Path.of("..", "examples", example, "curriculum.yaml"))
                .orElseThrow();
        return c.escalation().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"school", "workplace", "community"})
    void eachExamplePolicyIsProvenMonotone(String example) {
        PolicyAnalysis analysis = PolicyAnalyzer.analysis(policyOf(example), JsonPointer.of("escalation"),
                PolicyAnalyzer.DEFAULT_BUDGET);

        assertThat(analysis.complete()).isTrue();
        assertThat(analysis.isMonotone()).as("%s", analysis.diagnostics()).isTrue();
        assertThat(analysis.unreachableRules()).isEmpty();
    }
}
