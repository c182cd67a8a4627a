package dev.tandem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.curriculum.Setting;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShippedExamplesTest {

    private static final Path EXAMPLES = Path.of("").toAbsolutePath().resolve("..").resolve("examples").normalize();

    @ParameterizedTest
    @CsvSource({"school, SCHOOL", "workplace, WORKPLACE", "community, COMMUNITY"})
    void eachExampleValidatesWithoutDiagnosticsAndHasItsSetting(String name, Setting setting) {
        ReadResult result = CurriculumReader.create().read(EXAMPLES.resolve(name).resolve("curriculum.yaml"));

        assertThat(result.diagnostics()).isEmpty();
        Curriculum curriculum = result.orElseThrow();
        assertThat(curriculum.setting()).isEqualTo(setting);
        assertThat(curriculum.escalation()).isPresent();
        assertThat(curriculum.certification()).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"community, crisis.escalation-judgement", "workplace, support.escalation",
            "school, safety.when-to-tell"})
    void printStructureShowsTheCompetencyTreeAndModules(String name, String competency) {
        Curriculum curriculum = CurriculumReader.create().read(EXAMPLES.resolve(name).resolve("curriculum.yaml"))
                .orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        PrintStructure.print(curriculum, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith(curriculum.title()).contains("Competencies:", "Modules:", competency)
                .contains("Escalation tiers: " + curriculum.escalation().orElseThrow().tiers().get(0).id().value());
    }

    @org.junit.jupiter.api.Test
    void theCommunityProgrammeNeedsAtLeastFortyHoursOfCoreTraining() {
        Curriculum curriculum = CurriculumReader.create()
                .read(EXAMPLES.resolve("community").resolve("curriculum.yaml")).orElseThrow();

        double hours = curriculum.modules().stream().mapToDouble(m -> m.hours() == null ? 0 : m.hours()).sum();

        assertThat(hours).isGreaterThanOrEqualTo(40);
        assertThat(curriculum.certification().orElseThrow().practice()).isNotNull();
    }
}
