package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem convert}: canonical output, errors and exit codes. */
class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void yamlIsConvertedToCanonicalJson() {
        Cli cli = Cli.run("convert", Files.write(dir, "c.yaml", Files.VALID).toString(), "--to", "json");
        assertThat(cli.exit()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).startsWith("{\n  \"tandem\": 1,\n  \"id\": \"demo\",\n  \"version\": \"1.0.0\",\n")
                .endsWith("}\n");
    }

    @Test
    void jsonToYamlToJsonIsByteIdentical() {
        String json = Cli.run("convert", Files.write(dir, "c.yaml", Files.VALID).toString(), "--to", "json").out();
        String yaml = Cli.run("convert", Files.write(dir, "c.json", json).toString(), "--to", "yaml").out();
        String again = Cli.run("convert", Files.write(dir, "c2.yaml", yaml).toString(), "--to", "json").out();
        assertThat(yaml).startsWith("tandem: 1\nid: demo\n");
        assertThat(again).isEqualTo(json);
    }

    @Test
    void aDocumentWithErrorsPrintsThemOnStandardErrorAndExitsOne() {
        Path file = Files.write(dir, "c.yaml", Files.WITH_ERRORS);
        Cli cli = Cli.run("convert", file.toString(), "--to", "yaml");
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).hasSize(3).first().asString().startsWith(file + ":5:10: error: ");
    }

    @Test
    void aMissingFileExitsTwo() {
        Cli cli = Cli.run("convert", dir.resolve("nope.json").toString(), "--to", "yaml");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("nope.json").contains("no such file");
    }

    @Test
    void theTargetFormatIsRequiredAndChecked() {
        Path file = Files.write(dir, "c.yaml", Files.VALID);
        assertThat(Cli.run("convert", file.toString()).exit()).isEqualTo(2);
        Cli xml = Cli.run("convert", file.toString(), "--to", "xml");
        assertThat(xml.exit()).isEqualTo(2);
        assertThat(xml.err()).contains("expected yaml or json");
    }

    @Test
    void helpDescribesTheCommand() {
        Cli cli = Cli.run("convert", "--help");
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("Usage: tandem convert").contains("--to");
    }
}
