package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help ends with the same exit-code section and at least one example; --version says more. */
class HelpTest {

    @Test
    void everyCommandsHelpHasTheSameExitCodesAndAnExample() {
        CommandLine tandem = TandemCommand.commandLine(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        String exitCodes = null;
        for (var e : tandem.getSubcommands().entrySet()) {
            if (e.getValue().getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            Cli help = Cli.run(e.getKey(), "--help");
            assertThat(help.exit()).as(e.getKey()).isZero();
            String section = help.out().substring(help.out().indexOf("Exit codes:"), help.out().indexOf("Example"));
            if (e.getKey().equals("diff")) {
                // diff compares: 0 the same, 1 they differ (FORMAT section 14.2)
                assertThat(section).contains("0", "the same", "1", "they differ", "2");
                continue;
            }
            exitCodes = exitCodes == null ? section : exitCodes;
            assertThat(section).as(e.getKey()).isEqualTo(exitCodes);
            assertThat(help.out()).as(e.getKey()).contains("Examples:\n  tandem " + e.getKey() + " ");
            assertThat(help.out()).as(e.getKey()).doesNotContain("Exit status:").doesNotContain("Exit: ");
        }
        assertThat(exitCodes).contains("0", "1", "2");
    }

    @Test
    void versionNamesTheFormatVersionAndTheCommit() {
        Cli version = Cli.run("--version");

        assertThat(version.out()).startsWith("tandem ").contains("curriculum format version 1 (tandem: 1)")
                .containsPattern("built from commit ([0-9a-f]{7,40}|unknown)");
    }

    @Test
    void theRootHelpShowsAnExample() {
        assertThat(Cli.run("--help").out()).contains("Example:\n  tandem validate curriculum.yaml");
    }

    @Test
    void helpTextIsUtf8() {
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(Cli.run("report", "--help").out())).isTrue();
    }
}
