package dev.tandem.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages never repeat learner data or unbounded text: values are cut and escaped, a pseudonymized run shows no
 * raw id from any column, and observation files with any line ends are read.
 */
class MessagesTest {

    private static final String KEY = "a secret key of more than sixteen bytes";

    @TempDir
    Path dir;
    private String curriculum;

    @BeforeEach
    void community() {
        curriculum = Examples.file("community", "curriculum.yaml").toString();
    }

    @Test
    void aPseudonymizedRunShowsNoRawIdFromAnyColumn() throws IOException {
        Path key = Files.writeString(dir.resolve("key"), KEY);
        Path csv = Files.writeString(dir.resolve("shifted.csv"), "learner,kind,hours,at\n"
                + "L-1,SECRET-ID-42,1,2026-01-01\n" + "L-2,practice,SECRET-ID-43,2026-01-01\n"
                + "L-3,practice,1,SECRET-ID-44\n");
        Path headless = Files.writeString(dir.resolve("headless.csv"), "SECRET-ID-45,practice,1,2026-01-01\n");
        Path jsonl = Files.writeString(dir.resolve("shifted.jsonl"),
                "{\"learner\":\"L-1\",\"SECRET-ID-46\":1,\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-01-01\"}\n"
                + "{\"learner\":\"L-1\",\"kind\":\"attempt\",\"assessment\":\"SECRET-ID-47\",\"score\":1,"
                + "\"at\":\"2026-01-01\"}\n");
        for (Path evidence : new Path[] {csv, headless, jsonl}) {
            for (String format : new String[] {"json", "text"}) {
                for (String mode : new String[] {"--format", "--skip-invalid"}) {
                    Run run = Run.of("evaluate", "--curriculum", curriculum, "--evidence", evidence.toString(),
                            "--as-of", "2027-01-01", "--pseudonymize", "--pseudonym-key-file", key.toString(),
                            mode, mode.equals("--format") ? format : "--format=" + format).withoutCrash();

                    assertThat(run.exit()).isIn(0, 1);
                    assertThat(run.out() + run.err()).as(evidence + " " + format).doesNotContain("SECRET");
                }
            }
        }
    }

    @Test
    void valuesAreCutAndEscapedSoNoInputActsOnTheTerminal() throws IOException {
        String escape = "\u001b[2J\u001b[HOK";
        String yaml = Files.readString(Path.of(curriculum)).replace("title: Community Peer Specialist "
                + "Certification", "title: x\n\"" + escape.replace("\u001b", "\\e") + "\": 1\n\""
                + "y".repeat(1000) + "\": 2");
        Path bad = Files.writeString(dir.resolve("escape.yaml"), yaml);
        Path observations = Files.writeString(dir.resolve("obs.jsonl"), "{\"distress\":\"" + "v".repeat(5000)
                + escape.replace("\u001b", "\\u001b") + "\"}\n");

        Run validate = Run.of("validate", bad.toString()).withoutCrash();
        Run escalate = Run.of("escalate", "--curriculum", curriculum, "--observations", observations.toString())
                .withoutCrash();

        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out()).doesNotContain("\u001b").contains("\\u001b[2J").doesNotContain("y".repeat(600));
        assertThat(escalate.exit()).isEqualTo(1);
        assertThat(escalate.err()).doesNotContain("\u001b").doesNotContain("v".repeat(100));
        for (String line : (validate.out() + escalate.err()).split("\n")) {
            assertThat(line.length()).isLessThan(1000);
        }
    }

    @Test
    void escalateReadsObservationsWithCarriageReturnLineEnds() throws IOException {
        Path lf = Files.writeString(dir.resolve("lf.jsonl"), "{\"distress\":2}\n{\"distress\":9}\n{\"distress\":5}\n");
        Path cr = Files.writeString(dir.resolve("cr.jsonl"), "{\"distress\":2}\r{\"distress\":9}\r{\"distress\":5}\r");
        Path crlf = Files.writeString(dir.resolve("crlf.jsonl"),
                "{\"distress\":2}\r\n{\"distress\":9}\r\n{\"distress\":5}");

        Run expected = Run.of("escalate", "--curriculum", curriculum, "--observations", lf.toString());

        assertThat(expected.out().lines()).hasSize(3);
        for (Path file : new Path[] {cr, crlf}) {
            Run run = Run.of("escalate", "--curriculum", curriculum, "--observations", file.toString())
                    .withoutCrash();
            assertThat(run.exit()).isEqualTo(expected.exit());
            assertThat(run.out()).isEqualTo(expected.out());
        }
    }
}
