package dev.tandem.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.DocumentFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem validate} over 300 randomly mutated copies of the shipped curricula (YAML, and their canonical
 * JSON) in one run: exit 0 or 1, one report per file, every diagnostic with a known code and a message, no
 * crash and no hang.
 */
class ValidateMutationTest {

    private static final int FILES = 300;
    private static final long SEED = 20261122L;
    private static final Set<String> CODES = Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id)
            .collect(Collectors.toSet());
    private static final Pattern TEXT_LINE = Pattern.compile(
            "(?s).+:[1-9]\\d*:[1-9]\\d*: (error|warning): .+ \\[[a-z-]+\\] \\(at .*\\)");

    @TempDir
    static Path dir;
    static List<String> files = new ArrayList<>();

    @BeforeAll
    static void writeMutatedCurricula() throws IOException {
        List<String> sources = new ArrayList<>();
        for (String programme : List.of("community", "school", "workplace")) {
            Path yaml = Examples.file(programme, "curriculum.yaml");
            sources.add(Files.readString(yaml));
            sources.add(CurriculumWriter.write(CurriculumReader.create().read(yaml).orElseThrow(), DocumentFormat.JSON));
        }
        Mutations mutations = new Mutations(SEED);
        for (int i = 0; i < FILES; i++) {
            int source = i % sources.size();
            Path file = dir.resolve(String.format("m%03d.%s", i, source % 2 == 0 ? "yaml" : "json"));
            Files.writeString(file, mutations.mutate(sources.get(source), 5));
            files.add(file.toString());
        }
    }

    @Test
    void jsonOutputHasOneReportPerFileAndEveryDiagnosticHasACodeAndAMessage() throws IOException {
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Run.of(args("--format", "json"))).withoutCrash();

        assertThat(run.exit()).isIn(0, 1);
        assertThat(run.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("files")).hasSize(FILES);
        int withErrors = 0;
        for (int i = 0; i < FILES; i++) {
            JsonNode file = report.get("files").get(i);
            assertThat(file.get("file").asText()).isEqualTo(files.get(i));
            assertThat(file.has("error")).as("an I/O error for %s", files.get(i)).isFalse();
            boolean errors = false;
            for (JsonNode d : file.get("diagnostics")) {
                assertThat(d.get("code").asText()).isIn(CODES);
                assertThat(d.get("severity").asText()).isIn("error", "warning");
                assertThat(d.get("message").asText()).isNotBlank();
                assertThat(d.get("line").asInt()).isPositive();
                errors |= d.get("severity").asText().equals("error");
            }
            withErrors += errors ? 1 : 0;
        }
        assertThat(run.exit()).isEqualTo(withErrors > 0 ? 1 : 0);
        assertThat(withErrors).as("files the mutations broke").isGreaterThan(FILES / 2);
    }

    @Test
    void textOutputHasOnlyWellFormedDiagnosticLines() {
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Run.of(args())).withoutCrash();

        assertThat(run.exit()).isIn(0, 1);
        assertThat(run.out().lines().toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches(TEXT_LINE));
    }

    private static String[] args(String... options) {
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(List.of(options));
        args.addAll(files);
        return args.toArray(String[]::new);
    }
}
