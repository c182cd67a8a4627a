package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;
import static dev.tandem.diagnostic.DiagnosticCode.UNMEASURED_COMPETENCY;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.MODULE;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.module;
import static dev.tandem.testing.Curricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.competency.Attainment;
import dev.tandem.competency.CompetencyId;
import dev.tandem.diagnostic.CurriculumException;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.testing.Curricula;
import dev.tandem.testing.Policies;
import org.junit.jupiter.api.Test;

/** Building a curriculum: errors make it impossible, warnings are kept, the result is a value. */
class CurriculumBuildTest {

    /** Three errors in three parts of the document, and one warning. */
    private static Curricula threeErrorsAndAWarning() {
        return minimal().title(" ").competency(competency("empathy").build())
                .modules(module(MODULE).hours(0).build())
                .assessments(quiz("a1-quiz", COMPETENCY, "proficient").module("m9").build());
    }

    @Test
    void buildingACurriculumWithErrorsThrowsOneExceptionCarryingEveryDiagnostic() {
        CurriculumException e = catchThrowableOfType(CurriculumException.class, () -> threeErrorsAndAWarning().build());
        assertThat(e.diagnostics()).extracting(Diagnostic::code, d -> d.path().toString()).containsExactly(
                tuple(INVALID_VALUE, "/title"),
                tuple(UNMEASURED_COMPETENCY, "/competencies/1"),
                tuple(INVALID_VALUE, "/modules/0/hours"),
                tuple(UNKNOWN_REFERENCE, "/assessments/0/module"));
    }

    @Test
    void theExceptionSeparatesTheErrorsFromTheWarnings() {
        CurriculumException e = catchThrowableOfType(CurriculumException.class, () -> threeErrorsAndAWarning().build());
        assertThat(e.errors()).hasSize(3).allMatch(Diagnostic::isError);
    }

    @Test
    void theExceptionMessageCountsTheErrorsAndListsThemWithTheirPaths() {
        assertThatThrownBy(() -> threeErrorsAndAWarning().build()).isInstanceOf(CurriculumException.class)
                .hasMessageContaining("The curriculum has 3 errors")
                .hasMessageContaining("/modules/0/hours: module 'm1-foundations' has hours 0")
                .hasMessageNotContaining("empathy");
    }

    @Test
    void diagnosticsComeInDocumentOrderEvenWhenFoundByALaterCheck() {
        // the unmeasured-competency lint runs last, yet its warning belongs before the module's error
        assertThat(minimal().competencies(competency("empathy").build(), competency(COMPETENCY).build())
                .modules(module(MODULE).hours(-1).build()).diagnostics())
                .extracting(d -> d.path().toString()).containsExactly("/competencies/0", "/modules/0/hours");
    }

    @Test
    void aValidCurriculumBuildsAndKeepsItsWarnings() {
        Curriculum c = minimal().competency(competency("empathy").build()).build();
        assertThat(c.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(UNMEASURED_COMPETENCY);
            assertThat(w.isError()).isFalse();
        });
    }

    @Test
    void aCurriculumWithoutLanguageOrAttainmentUsesTheDefaults() {
        Curriculum c = minimal().build();
        assertThat(c.language()).isEqualTo("en");
        assertThat(c.attainment()).isEqualTo(Attainment.BEST);
    }

    @Test
    void twoCurriculaBuiltFromTheSamePartsAreEqualAndHashAlike() {
        Curriculum a = minimal().escalation(Policies.standard().build()).build();
        Curriculum b = minimal().escalation(Policies.standard().build()).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void curriculaThatDifferInOnePartAreNotEqual() {
        assertThat(minimal().build()).isNotEqualTo(minimal().title("Another title").build())
                .isNotEqualTo(minimal().attainment(Attainment.LATEST).build())
                .isNotEqualTo(minimal().escalation(Policies.standard().build()).build());
    }

    @Test
    void aLanguageGivenAsTheDefaultEqualsOneLeftOut() {
        assertThat(minimal().language("en").build()).isEqualTo(minimal().build());
    }

    @Test
    void toBuilderRebuildsAnEqualCurriculum() {
        Curriculum c = minimal().description("Basics").attainment(Attainment.LATEST)
                .competency(competency("empathy").build()).escalation(Policies.standard().build()).build();
        assertThat(c.toBuilder().build()).isEqualTo(c);
    }

    @Test
    void aChangedCopyFromToBuilderLeavesTheOriginalUnchanged() {
        Curriculum c = minimal().build();
        Curriculum changed = c.toBuilder().title("Advanced peer support").build();
        assertThat(changed.title()).isEqualTo("Advanced peer support");
        assertThat(c.title()).isEqualTo("Peer support basics");
    }

    @Test
    void changingTheBuilderAfterBuildDoesNotChangeTheCurriculum() {
        Curriculum.Builder builder = minimal().builder();
        Curriculum c = builder.build();
        builder.competency(competency("empathy").build());
        assertThat(c.competencies()).hasSize(1);
    }

    @Test
    void aCompetencyWithoutScaleUsesTheOnlyScale() {
        Curriculum c = minimal().build();
        assertThat(c.scaleOf(CompetencyId.of(COMPETENCY))).isEqualTo(Curricula.proficiency());
    }
}
