package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.certification.ModuleSelection;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.SignalId;
import dev.tandem.escalation.SignalValue;
import dev.tandem.escalation.TierId;
import dev.tandem.training.ModuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the reader builds from the complete test document and from the repository's examples. */
class ReaderStructureTest {

    private static final Curriculum FULL = Read.yaml(Documents.FULL).orElseThrow();

    @Test
    void conditionsAreReadInEveryForm() {
        var rules = FULL.escalation().orElseThrow().rules();
        assertThat(rules.get(0).when()).isEqualTo(Condition.all(Condition.flag("suicidal-ideation"),
                Condition.flag("intent")));
        assertThat(rules.get(1).when()).isEqualTo(Condition.any(Condition.atLeast("distress", 7),
                Condition.count(1, Condition.flag("suicidal-ideation"))));
        assertThat(rules.get(2).when()).isEqualTo(Condition.not(Condition.atMost("distress", 2)));
    }

    @Test
    void vignetteSignalsBecomeTypedValues() {
        var signals = FULL.assessments().get(1).vignettes().get(0).signals();
        assertThat(signals.get(SignalId.of("suicidal-ideation"))).isEqualTo(SignalValue.of(true));
        assertThat(signals.get(SignalId.of("distress"))).isEqualTo(SignalValue.of(7.5));
    }

    @Test
    void textSignalValuesAreKeptAsText() {
        Curriculum c = Read.yaml(Documents.FULL.replace("distress: 7.5 }", "distress: 7.5, mood: \"low\" }"))
                .curriculum();
        // a text value is no valid value for any signal: the vignette check reports it
        assertThat(c).isNull();
    }

    @Test
    void certificationModulesAreAllOrAList() {
        assertThat(FULL.certification().orElseThrow().modules()).isEqualTo(ModuleSelection.allModules());
        Curriculum listed = Read.yaml(Documents.FULL.replace("modules: all", "modules: [m1-foundations]"))
                .orElseThrow();
        assertThat(listed.certification().orElseThrow().modules().listed())
                .containsExactly(ModuleId.of("m1-foundations"));
    }

    @Test
    void periodsDefaultsAndNumbersAreRead() {
        assertThat(FULL.assessments().get(0).validFor()).isEqualTo(Period.ofYears(2));
        assertThat(FULL.assessments().get(0).maxAttempts()).isEqualTo(3);
        assertThat(FULL.modules().get(0).hours()).isEqualTo(4.5);
        assertThat(FULL.escalation().orElseThrow().defaultTier()).isEqualTo(TierId.of("continue"));
        assertThat(FULL.language()).isEqualTo("en-GB");
    }

    @Test
    void unquotedYamlNumbersAreTakenAsTextWhereTextIsExpected() {
        Curriculum c = Read.yaml(Documents.MINIMAL.replace("version: 1.0.0", "version: 2.0")).orElseThrow();
        assertThat(c.version()).isEqualTo("2.0");
    }

    @Test
    void jsonNumbersAreNotTakenAsText() {
        ReadResult result = Read.json(CurriculumWriter.write(Read.yaml(Documents.MINIMAL).orElseThrow(),
                DocumentFormat.JSON).replace("\"version\": \"1.0.0\"", "\"version\": 2"));
        Read.single(result, dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE, "/version", 4, 14);
    }

    @Test
    void everyExampleCurriculumOfTheRepositoryReadsWithoutErrors() throws IOException {
        Path examples = Path.of("..", "examples");
        List<Path> files = List.of();
        if (Files.isDirectory(examples)) {
            try (Stream<Path> dirs = Files.list(examples)) {
                files = dirs.map(d -> d.resolve("curriculum.yaml")).filter(Files::isRegularFile).sorted().toList();
            }
        }
        for (Path file : files) {
            assertThat(CurriculumReader.create().read(file).errors()).as(file.toString()).isEmpty();
        }
    }
}
