package dev.tandem.curriculum;

import static dev.tandem.testing.Curricula.ASSESSMENT;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.MODULE;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Domain;
import dev.tandem.competency.DomainId;
import dev.tandem.competency.Scale;
import dev.tandem.competency.ScaleId;
import dev.tandem.training.ModuleId;
import org.junit.jupiter.api.Test;

class CurriculumLookupTest {

    private final Curriculum curriculum = minimal().domain(Domain.of("crisis", "Crisis"))
            .competencies(competency("communication").build(), competency(COMPETENCY).parent("communication").build(),
                    competency("empathy").parent("communication").build())
            .assessment(quiz("a2-quiz", "empathy", "proficient").build()).build();

    @Test
    void partsAreFoundByTheirIds() {
        assertThat(curriculum.competency(CompetencyId.of("empathy"))).map(Competency::title)
                .contains("Competency empathy");
        assertThat(curriculum.module(ModuleId.of(MODULE))).isPresent();
        assertThat(curriculum.assessment(AssessmentId.of(ASSESSMENT))).isPresent();
        assertThat(curriculum.domain(DomainId.of("crisis"))).isPresent();
        assertThat(curriculum.scale(ScaleId.of("proficiency"))).isPresent();
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(curriculum.competency(CompetencyId.of("ethics"))).isEmpty();
        assertThat(curriculum.module(ModuleId.of("m9"))).isEmpty();
    }

    @Test
    void theChildrenOfACompetencyComeInDocumentOrder() {
        assertThat(curriculum.children(CompetencyId.of("communication"))).extracting(c -> c.id().value())
                .containsExactly(COMPETENCY, "empathy");
        assertThat(curriculum.children(CompetencyId.of("empathy"))).isEmpty();
    }

    @Test
    void theAssessmentsOfAModuleAreThoseThatNameIt() {
        assertThat(curriculum.assessmentsOf(ModuleId.of(MODULE))).extracting(Assessment::id)
                .containsExactly(AssessmentId.of(ASSESSMENT));
    }

    @Test
    void askingTheScaleOfAnUnknownCompetencyIsACallerMistake() {
        assertThatThrownBy(() -> curriculum.scaleOf(CompetencyId.of("ethics")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ethics");
    }

    @Test
    void aCompetencyWithItsOwnScaleIsMeasuredOnIt() {
        Curriculum twoScales = minimal().scale(Scale.of("frequency", "rarely", "often"))
                .competencies(competency(COMPETENCY).scale("frequency").build())
                .assessments(quiz(ASSESSMENT, COMPETENCY, "often").build()).build();
        assertThat(twoScales.scaleOf(CompetencyId.of(COMPETENCY)).id()).isEqualTo(ScaleId.of("frequency"));
    }

    @Test
    void theListsOfABuiltCurriculumCannotBeChanged() {
        assertThatThrownBy(() -> curriculum.competencies().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
