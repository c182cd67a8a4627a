package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.SCALE_MISMATCH;
import static dev.tandem.diagnostic.Severity.ERROR;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.SCALE;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.DiagnosticAssertions.assertOnly;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.competency.Scale;
import dev.tandem.testing.Curricula;
import org.junit.jupiter.api.Test;

/** {@code scale-mismatch}: things that must share a scale do not. */
class ScaleMismatchTest {

    private static Curricula twoScales() {
        return minimal().scale(Scale.of("frequency", "rarely", "often"))
                .competencies(competency(COMPETENCY).scale(SCALE).build());
    }

    @Test
    void aChildOnAnotherScaleThanItsParentIsAMismatchAtTheChildsScale() {
        assertOnly(twoScales().competency(competency("reflecting").parent(COMPETENCY).scale("frequency").build())
                .assessment(Curricula.quiz("a2-quiz", "reflecting", "often").build()).diagnostics(), ERROR,
                SCALE_MISMATCH, "/competencies/1/scale",
                "competency 'reflecting' uses scale 'frequency' but its parent 'listening' uses 'proficiency'");
    }

    @Test
    void bandsOverCompetenciesOnDifferentScalesAreAMismatchAtTheLaterMeasure() {
        Assessment banded = Assessment.builder("a2-quiz", "Quiz", AssessmentKind.QUIZ).scores(10, 8)
                .measures(COMPETENCY).measures("reflecting").band(0.5, "developing").build();
        assertOnly(twoScales().competency(competency("reflecting").scale("frequency").build()).assessment(banded)
                .diagnostics(), ERROR, SCALE_MISMATCH, "/assessments/1/measures/1/competency",
                "every measured competency must share one scale; 'reflecting' uses 'frequency'");
    }
}
