package dev.tandem.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurriculaTest {

    @Test
    void theMinimalCurriculumHasNoDiagnostics() {
        assertThat(Curricula.minimal().diagnostics()).isEmpty();
    }

    @Test
    void theMinimalCurriculumWithTheStandardPolicyAndAScenarioHasNoDiagnostics() {
        assertThat(Curricula.minimal().escalation(Policies.standard().build())
                .assessment(Curricula.scenario("a2-triage", Curricula.COMPETENCY, "advanced").build())
                .diagnostics()).isEmpty();
    }
}
