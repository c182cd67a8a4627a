package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Inputs named {@code -} come from standard input, so commands can be chained with pipes. */
class PipesTest {

    private static final Path COMMUNITY = Path.of("").toAbsolutePath().resolve("../examples/community").normalize();
    private static final String CURRICULUM = COMMUNITY.resolve("curriculum.yaml").toString();
    private static final Path EVIDENCE = COMMUNITY.resolve("evidence.jsonl");

    private static String evidence() throws IOException {
        return java.nio.file.Files.readString(EVIDENCE);
    }

    @Test
    void evaluateReadsEvidenceFromStandardInputAsFromTheFile() throws IOException {
        Cli fromFile = Cli.run("evaluate", "--curriculum", CURRICULUM, "--evidence", EVIDENCE.toString(),
                "--as-of", "2026-11-21");
        Cli piped = Cli.piped(evidence(), "evaluate", "--curriculum", CURRICULUM, "--evidence", "-",
                "--as-of", "2026-11-21");

        assertThat(piped.exit()).isZero();
        assertThat(piped.out()).isEqualTo(fromFile.out()).contains("\"L-004\"");
    }

    @Test
    void reportReadsEvidenceFromStandardInputAsFromTheFile() throws IOException {
        Cli fromFile = Cli.run("report", "--curriculum", CURRICULUM, "--evidence", EVIDENCE.toString(),
                "--as-of", "2026-11-21");
        Cli piped = Cli.piped(evidence(), "report", "--curriculum", CURRICULUM, "--evidence", "-",
                "--as-of", "2026-11-21");

        assertThat(piped.exit()).isZero();
        assertThat(piped.out()).isEqualTo(fromFile.out()).contains("\"learners\"");
    }

    @Test
    void csvFromStandardInputIsToldFromItsContent() {
        Cli piped = Cli.piped("learner,kind,assessment,module,score,hours,responses,at,by\n"
                + "x1,completion,,m1,,,,2026-03-01,\n", "evaluate", "--curriculum", write("c.yaml", Files.VALID),
                "--evidence", "-", "--as-of", "2026-06-01", "--format", "csv");

        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(piped.out()).contains("x1,module,m1,in-progress");
    }

    @Test
    void theCurriculumCanComeFromStandardInput() throws IOException {
        Cli piped = Cli.piped(java.nio.file.Files.readString(Path.of(CURRICULUM)), "evaluate", "--curriculum", "-",
                "--evidence", EVIDENCE.toString(), "--as-of", "2026-11-21");

        assertThat(piped.exit()).isZero();
        assertThat(piped.out()).contains("\"L-004\"");
    }

    @Test
    void aCurriculumWithErrorsFromStandardInputIsReportedAtStdin() {
        Cli piped = Cli.piped("tandem: 2\nid: x\n", "validate", "-");

        assertThat(piped.exit()).isEqualTo(1);
        assertThat(piped.out()).startsWith("<stdin>:1:9: error: format version 2 is not supported");
    }

    @Test
    void theCurriculumAndTheEvidenceCannotBothBeStandardInput() {
        Cli run = Cli.piped("", "report", "--curriculum", "-", "--evidence", "-");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("tandem report: error: the curriculum and the evidence cannot both come "
                + "from standard input (-)\n");
    }

    private Path dir;

    private String write(String name, String text) {
        try {
            if (dir == null) {
                dir = java.nio.file.Files.createTempDirectory("pipes");
            }
            return Files.write(dir, name, text).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
