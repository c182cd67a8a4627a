package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.UNMEASURED_COMPETENCY;
import static dev.tandem.diagnostic.Severity.WARNING;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.DiagnosticAssertions.assertOnly;

import org.junit.jupiter.api.Test;

/** {@code unmeasured-competency}: a warning for a competency no assessment measures and nothing rolls up to. */
class UnmeasuredCompetencyTest {

    @Test
    void aCompetencyNoAssessmentMeasuresIsAWarningAtThatCompetency() {
        assertOnly(minimal().competency(competency("empathy").build()).diagnostics(), WARNING, UNMEASURED_COMPETENCY,
                "/competencies/1", "no assessment measures competency 'empathy'");
    }

    @Test
    void aParentWhoseChildrenAreMeasuredIsNotWarnedAbout() {
        assertOnly(minimal().competencies(competency("communication").build(),
                competency(COMPETENCY).parent("communication").build(),
                competency("empathy").parent("communication").build()).diagnostics(), WARNING, UNMEASURED_COMPETENCY,
                "/competencies/2", "'empathy'");
    }
}
