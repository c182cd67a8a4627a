package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds only the subcommand its arguments name; the help and unknown commands still see them all. */
class SubcommandsTest {

    @Test
    void eachSubcommandIsListedUnderItsOwnName() {
        for (Map.Entry<String, Class<?>> e : TandemCommand.SUBCOMMANDS.entrySet()) {
            assertThat(e.getValue().getAnnotation(CommandLine.Command.class).name()).isEqualTo(e.getKey());
        }
    }

    @Test
    void theSubcommandNamedIsTheFirstArgumentThatIsNotAnOption() {
        assertThat(TandemCommand.named(new String[] {"evaluate", "--curriculum", "c.yaml"})).isEqualTo("evaluate");
        assertThat(TandemCommand.named(new String[] {"--debug", "report", "--help"})).isEqualTo("report");
        assertThat(TandemCommand.named(new String[] {"diff", "validate"})).isEqualTo("diff");
    }

    @Test
    void theHelpAnUnknownCommandOrNoneNameNoSingleSubcommand() {
        assertThat(TandemCommand.named(new String[] {"help", "evaluate"})).isNull();
        assertThat(TandemCommand.named(new String[] {"evalute"})).isNull();
        assertThat(TandemCommand.named(new String[] {"--version"})).isNull();
        assertThat(TandemCommand.named(new String[] {"-h", "evaluate"})).isNull();
        assertThat(TandemCommand.named(new String[] {"--debug", "-V", "report"})).isNull();
        assertThat(TandemCommand.named(new String[0])).isNull();
    }

    @Test
    void runsThroughTheNarrowedCommandLineBehaveAsThroughTheFullOne() {
        assertThat(Cli.run("help", "schema").out()).startsWith("Usage: tandem schema");
        Cli unknown = Cli.run("evalute");
        assertThat(unknown.exit()).isEqualTo(TandemCommand.USAGE);
        assertThat(unknown.err()).contains("did you mean 'evaluate'?");
        Cli debug = Cli.run("--debug", "schema", "--no-such-option");
        assertThat(debug.exit()).isEqualTo(TandemCommand.USAGE);
        assertThat(debug.err()).contains("tandem schema: error: unknown option '--no-such-option'");
        assertThat(Cli.run("--help").out()).contains("validate", "evaluate", "report", "diff", "generate");
        // the top-level help asked before a command's name still lists every command
        assertThat(Cli.run("-h", "evaluate").out()).contains("validate", "evaluate", "report", "diff", "generate");
    }
}
