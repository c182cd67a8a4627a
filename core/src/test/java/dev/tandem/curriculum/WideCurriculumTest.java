package dev.tandem.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tandem.competency.Competency;
import dev.tandem.competency.Scale;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.training.TrainingModule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Validation grows linearly with the curriculum: a document of many competencies is no denial of service. */
class WideCurriculumTest {

    @Test
    void aHundredThousandUnmeasuredCompetenciesAreEachWarnedAboutWithoutQuadraticWork() {
        Curriculum.Builder builder = Curriculum.builder().id("big").version("1").title("Big")
                .setting(Setting.COMMUNITY).scale(Scale.of("s", "a", "b"))
                .module(TrainingModule.builder("m", "M").build());
        for (int i = 0; i < 100_000; i++) {
            builder.competency(Competency.builder("c" + i, "C").build());
        }
        // the guard only keeps a quadratic regression (minutes here) from hanging the build
        Curriculum curriculum = assertTimeoutPreemptively(Duration.ofSeconds(30), builder::build);
        assertThat(curriculum.warnings()).hasSize(100_000)
                .allSatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.UNMEASURED_COMPETENCY));
    }
}
