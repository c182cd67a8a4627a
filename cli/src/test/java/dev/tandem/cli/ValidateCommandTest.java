package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem validate}: output lines, JSON output and exit codes. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aValidFilePrintsNothingAndExitsZero() {
        Path file = Files.write(dir, "c.yaml", Files.VALID);
        Cli cli = Cli.run("validate", file.toString());
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void warningsArePrintedButTheExitIsZero() {
        Path file = Files.write(dir, "c.yaml", Files.WITH_WARNING);
        Cli cli = Cli.run("validate", file.toString());
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).startsWith(file + ":12:5: warning: ").endsWith(
                " [unmeasured-competency] (at /competencies/1)\n");
    }

    @Test
    void errorsArePrintedOnePerLineInDocumentOrderAndTheExitIsOne() {
        Path file = Files.write(dir, "c.yaml", Files.WITH_ERRORS);
        Cli cli = Cli.run("validate", file.toString());
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out().lines()).containsExactly(
                file + ":5:10: error: 'home' is not a valid setting (one of: school, workplace, community) "
                        + "[invalid-value] (at /setting)",
                file + ":10:5: error: the field 'title' is required here [missing-field] (at /competencies/0/title)",
                file + ":11:5: error: unknown field 'titel'; did you mean 'title'? [unknown-field] "
                        + "(at /competencies/0/titel)");
    }

    @Test
    void theRootPathIsPrintedAsSlash() {
        Path file = Files.write(dir, "c.yaml", "- a list\n");
        Cli cli = Cli.run("validate", file.toString());
        assertThat(cli.out()).endsWith("[invalid-value] (at /)\n");
    }

    @Test
    void jsonOutputHasOneEntryPerFileEvenWhenUnreadable() {
        Path good = Files.write(dir, "good.yaml", Files.VALID);
        Path bad = Files.write(dir, "bad.json", "{\"tandem\": 2}");
        Path missing = dir.resolve("missing.yaml");
        Cli cli = Cli.run("validate", "--format", "json", good.toString(), bad.toString(), missing.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out()).isEqualTo("{\"files\":[{\"file\":\"" + good + "\",\"diagnostics\":[]},"
                + "{\"file\":\"" + bad + "\",\"diagnostics\":[{\"severity\":\"error\",\"code\":\"unsupported-version\","
                + "\"path\":\"/tandem\",\"line\":1,\"column\":12,\"message\":\"format version 2 is not supported; "
                + "this reader reads 'tandem: 1'\"}]},"
                + "{\"file\":\"" + missing + "\",\"error\":\"cannot read: no such file\",\"diagnostics\":[]}]}\n");
        assertThat(cli.err()).isEqualTo("tandem validate: error: cannot read the curriculum file " + missing
                + ": no such file\n");
    }

    @Test
    void aMissingFileExitsTwoWithAClearMessageAndTheOtherFilesAreStillReported() {
        Path bad = Files.write(dir, "bad.yaml", Files.WITH_ERRORS);
        Cli cli = Cli.run("validate", dir.resolve("nope.yaml").toString(), bad.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("cannot read").contains("nope.yaml").contains("no such file");
        assertThat(cli.out().lines()).hasSize(3);
    }

    @Test
    void aDirectoryIsAnIoProblem() {
        Cli cli = Cli.run("validate", dir.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("is a directory");
    }

    @Test
    void noFileIsAUsageError() {
        Cli cli = Cli.run("validate");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("FILE");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Path file = Files.write(dir, "c.yaml", Files.VALID);
        assertThat(Cli.run("validate", "--format", "xml", file.toString()).exit()).isEqualTo(2);
    }

    @Test
    void hundredsOfFilesAreValidatedInOneRun() {
        String[] args = new String[301];
        args[0] = "validate";
        for (int i = 1; i < args.length; i++) {
            args[i] = Files.write(dir, "c" + i + ".yaml", i % 2 == 0 ? Files.VALID : Files.WITH_ERRORS).toString();
        }
        long start = System.nanoTime();
        Cli cli = Cli.run(args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out().lines()).hasSize(150 * 3);
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void helpDescribesTheCommand() {
        Cli cli = Cli.run("validate", "--help");
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("Usage: tandem validate").contains("--format");
    }
}
