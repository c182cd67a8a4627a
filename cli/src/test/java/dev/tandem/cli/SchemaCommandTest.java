package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code tandem schema}. */
class SchemaCommandTest {

    @Test
    void printsTheDraft202012Schema() {
        Cli cli = Cli.run("schema");
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",")
                .contains("\"additionalProperties\": false").endsWith("}\n");
    }

    @Test
    void helpDescribesTheCommand() {
        Cli cli = Cli.run("schema", "--help");
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("Usage: tandem schema");
    }

    @Test
    void theTopLevelHelpListsTheCommands() {
        Cli cli = Cli.run("--help");
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("validate").contains("convert").contains("schema");
    }

    @Test
    void everyCommandPrintsTheVersion() {
        for (String command : new String[] {"validate", "convert", "schema"}) {
            Cli cli = Cli.run(command, "--version");
            assertThat(cli.exit()).isZero();
            assertThat(cli.out()).startsWith("tandem ");
        }
    }
}
