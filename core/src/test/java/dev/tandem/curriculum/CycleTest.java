package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.PARENT_CYCLE;
import static dev.tandem.diagnostic.DiagnosticCode.PREREQUISITE_CYCLE;
import static dev.tandem.diagnostic.Severity.ERROR;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.module;
import static dev.tandem.testing.Curricula.quiz;
import static dev.tandem.testing.DiagnosticAssertions.assertOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code prerequisite-cycle} and {@code parent-cycle}: one diagnostic per cycle, naming it. */
class CycleTest {

    @Test
    void twoModulesRequiringEachOtherFormACycleReportedAtTheLaterModule() {
        assertOnly(minimal().modules(module("m1").requires("m2").build(), module("m2").requires("m1").build())
                .assessments(quiz("a1-quiz", COMPETENCY, "proficient").build())
                .diagnostics(), ERROR, PREREQUISITE_CYCLE, "/modules/1/requires/0",
                "module prerequisites form a cycle: m2 -> m1 -> m2");
    }

    @Test
    void aModuleRequiringItselfIsACycle() {
        assertOnly(minimal().modules(module("m1").requires("m1").build())
                .assessments(quiz("a1-quiz", COMPETENCY, "proficient").build())
                .diagnostics(), ERROR, PREREQUISITE_CYCLE, "/modules/0/requires/0", "form a cycle: m1 -> m1");
    }

    @Test
    void theCyclePathPointsAtTheRequirementTheMessageNamesFirst() {
        // m3 -> m1 -> m3 is the shortest cycle through m3; m3's first requirement (m2) is on a longer one
        List<Diagnostic> diagnostics = minimal().modules(module("m1").requires("m3").build(),
                module("m2").requires("m1").build(), module("m3").requires("m2", "m1").build())
                .assessments(quiz("a1-quiz", COMPETENCY, "proficient").build())
                .diagnostics();
        assertOnly(diagnostics, ERROR, PREREQUISITE_CYCLE, "/modules/2/requires/1", "form a cycle: m3 -> m1 -> m3");
    }

    @Test
    void twoSeparateCyclesGiveTwoDiagnostics() {
        List<Diagnostic> diagnostics = minimal().modules(module("a").requires("b").build(),
                module("b").requires("a").build(), module("c").requires("d").build(), module("d").requires("c").build())
                .assessments(quiz("a1-quiz", COMPETENCY, "proficient").build())
                .diagnostics();
        assertThat(diagnostics).extracting(Diagnostic::code, d -> d.path().toString()).containsExactly(
                tuple(PREREQUISITE_CYCLE, "/modules/1/requires/0"),
                tuple(PREREQUISITE_CYCLE, "/modules/3/requires/0"));
    }

    @Test
    void twoCompetenciesParentingEachOtherFormACycleReportedAtTheLaterOnesParent() {
        assertOnly(minimal().competency(competency("a").parent("b").build()).competency(competency("b").parent("a")
                .build()).diagnostics(), ERROR, PARENT_CYCLE, "/competencies/2/parent",
                "competency parents form a cycle: b -> a -> b");
    }

    @Test
    void aCompetencyThatIsItsOwnParentIsACycle() {
        assertOnly(minimal().competencies(competency(COMPETENCY).parent(COMPETENCY).build()).diagnostics(), ERROR,
                PARENT_CYCLE, "/competencies/0/parent", "form a cycle: listening -> listening");
    }
}
