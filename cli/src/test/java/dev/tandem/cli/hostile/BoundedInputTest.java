package dev.tandem.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input is bounded before it is buffered, instants and hours lie in documented ranges, option counts are
 * checked, the report's histogram has a bounded number of bins, and bytes that are not UTF-8 are an error with
 * their line and column.
 */
class BoundedInputTest {

    private static final Path ZERO = Path.of("/dev/zero");
    private static final String AS_OF = "2027-01-01";

    @TempDir
    Path dir;
    private String curriculum;
    private String evidence;

    @BeforeEach
    void community() {
        curriculum = Examples.file("community", "curriculum.yaml").toString();
        evidence = Examples.file("community", "evidence.jsonl").toString();
    }

    @Test
    void anEndlessStreamIsReadToTheLimitPlusOneByteAndRefused() {
        assumeTrue(Files.exists(ZERO));

        Run validate = Run.of("validate", ZERO.toString()).withoutCrash();
        Run map = Run.of("evaluate", "--curriculum", curriculum, "--evidence",
                Examples.file("community", "statements.jsonl").toString(), "--evidence-format", "xapi", "--xapi-map",
                ZERO.toString(), "--as-of", AS_OF).withoutCrash();
        Run key = Run.of("evaluate", "--curriculum", curriculum, "--evidence", evidence, "--pseudonymize",
                "--pseudonym-key-file", ZERO.toString(), "--as-of", AS_OF).withoutCrash();
        Run curriculumStream = Run.of("report", "--curriculum", ZERO.toString(), "--evidence", evidence)
                .withoutCrash();

        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out()).contains("[limit-exceeded]").contains("larger than 16777216 bytes");
        assertThat(map.exit()).isEqualTo(1);
        assertThat(map.err()).contains("[limit-exceeded]");
        assertThat(key.exit()).isEqualTo(2);
        assertThat(key.err()).contains("limit-exceeded").contains("larger than 4096 bytes");
        assertThat(curriculumStream.exit()).isEqualTo(1);
        assertThat(curriculumStream.err()).contains("[limit-exceeded]");
    }

    @Test
    void instantsOutsideTheYears1900To2199AreInvalidEvidence() throws IOException {
        Path file = Files.writeString(dir.resolve("years.jsonl"), String.join("\n",
                "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":1,\"at\":\"0202-03-01\"}",
                "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":1,\"at\":\"-999999999-01-01T00:00:00Z\"}",
                "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2200-01-01\"}",
                "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2199-12-31\"}", ""));

        for (String command : List.of("evaluate", "report")) {
            Run run = Run.of(command, "--curriculum", curriculum, "--evidence", file.toString(), "--as-of", AS_OF,
                    "--format", command.equals("evaluate") ? "text" : "json")
                    .withoutCrash();

            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains("years.jsonl:1:").contains("years.jsonl:2:").contains("years.jsonl:3:")
                    .doesNotContain("years.jsonl:4:").contains("outside the years 1900 to 2199");
        }
    }

    @Test
    void hoursAndScoresOutsideTheirRangesAreInvalidEvidence() throws IOException {
        Path file = Files.writeString(dir.resolve("sums.jsonl"), String.join("\n",
                "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":1e308,\"at\":\"2026-01-01\"}",
                "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":1e400,\"at\":\"2026-01-01\"}",
                "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":10001,\"at\":\"2026-01-01\"}",
                "{\"learner\":\"L-1\",\"kind\":\"attempt\",\"assessment\":\"a1-knowledge-exam\",\"score\":1e400,"
                        + "\"at\":\"2026-01-01\"}",
                "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":10000,\"at\":\"2026-01-01\"}", ""));

        Run run = Run.of("evaluate", "--curriculum", curriculum, "--evidence", file.toString(), "--as-of", AS_OF,
                "--format", "text").withoutCrash();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("sums.jsonl:1: error: hours: ").contains("sums.jsonl:2: error: hours: ")
                .contains("sums.jsonl:3: error: hours: one practice record may give at most 10000 hours")
                .contains("sums.jsonl:4: error: score: the score is outside").doesNotContain("sums.jsonl:5:")
                .doesNotContain("malformed").doesNotContain("Infinity");
    }

    @Test
    void optionCountsAndSizesAreChecked() {
        List<List<String>> commands = List.of(
                List.of("generate", "--curriculum", curriculum, "--learners", "2", "--records-per-learner",
                        "2000000000", "--seed", "1"),
                List.of("generate", "--curriculum", curriculum, "--learners", "0", "--records-per-learner", "1",
                        "--seed", "1"),
                List.of("generate", "--curriculum", curriculum, "--learners", "2000000000", "--records-per-learner",
                        "1", "--seed", "1"),
                List.of("generate", "--curriculum", curriculum, "--learners", "1", "--records-per-learner", "1",
                        "--seed", "1", "--start", "-999999999-01-01T00:00:00Z"),
                List.of("generate", "--curriculum", curriculum, "--learners", "1", "--records-per-learner", "1",
                        "--seed", "1", "--start", "+999999999-12-31T00:00:00Z"),
                List.of("report", "--curriculum", curriculum, "--evidence", evidence, "--bin-days", "0"),
                List.of("report", "--curriculum", curriculum, "--evidence", evidence, "--bin-days", "2147483647"),
                List.of("report", "--curriculum", curriculum, "--evidence", evidence, "--min-cell", "0"),
                List.of("report", "--curriculum", curriculum, "--evidence", evidence, "--min-cell", "2000000000"));
        for (List<String> command : commands) {
            Run run = Run.of(command.toArray(String[]::new)).withoutCrash();

            assertThat(run.exit()).as(command + "\n" + run.err()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines().findFirst().orElse("")).containsAnyOf("must be", "Invalid");
        }
    }

    @Test
    void theHistogramHasABoundedNumberOfBinsWhateverTheData() throws IOException {
        // a learner's first record a century before the rest: with one-day bins, over 36,000 days to cover
        List<String> lines = Files.readAllLines(Path.of(evidence));
        StringBuilder text = new StringBuilder();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        for (String line : lines) {
            if (!line.isBlank()) {
                String learner = json.readTree(line).get("learner").asText();
                text.append("{\"learner\":\"").append(learner)
                        .append("\",\"kind\":\"practice\",\"hours\":1,\"at\":\"1925-01-01\"}\n");
            }
        }
        Path file = Files.writeString(dir.resolve("century.jsonl"), text);

        Run run = Run.of("report", "--curriculum", curriculum, "--evidence", file.toString(), "--as-of", AS_OF,
                "--bin-days", "1", "--min-cell", "1").withoutCrash();

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode histogram = json.readTree(run.out()).findValue("histogram");
        assertThat(histogram).isNotNull();
        assertThat(histogram.size()).isBetween(1, 100);
        JsonNode last = histogram.get(histogram.size() - 1);
        assertThat(last.toString()).contains("3");
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorWithTheirLineAndColumnNeverReplaced() throws IOException {
        byte[] latin1 = ("{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-01-01\"}\n"
                + "{\"learner\":\"M\u00fcller\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-01-01\"}\n"
                + "{\"learner\":\"M\u00f6ller\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-01-01\"}\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path evidenceFile = Files.write(dir.resolve("latin1.jsonl"), latin1);
        Path csv = Files.write(dir.resolve("latin1.csv"), ("learner,kind,hours,at\nM\u00fcller,practice,1,2026-01-01\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] yaml = Files.readString(Path.of(curriculum)).replace("title: Community Peer Specialist Certification",
                "title: Community Peer Specialist Certification \u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Path curriculumFile = Files.write(dir.resolve("latin1.yaml"), yaml);
        Path observations = Files.write(dir.resolve("latin1.jsonl.obs"), "{}\n{\"caf\u00e9\":1}\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        Run evaluate = Run.of("evaluate", "--curriculum", curriculum, "--evidence", evidenceFile.toString(),
                "--as-of", AS_OF, "--format", "text").withoutCrash();
        Run evaluateCsv = Run.of("evaluate", "--curriculum", curriculum, "--evidence", csv.toString(),
                "--as-of", AS_OF, "--format", "text").withoutCrash();
        Run validate = Run.of("validate", curriculumFile.toString()).withoutCrash();
        Run escalate = Run.of("escalate", "--curriculum", curriculum, "--observations", observations.toString())
                .withoutCrash();

        assertThat(evaluate.exit()).isEqualTo(1);
        assertThat(evaluate.err()).contains("latin1.jsonl:2: error: the text is not UTF-8 (byte 0xFC at line 2, "
                + "column 14)").doesNotContain("\ufffd");
        assertThat(evaluateCsv.exit()).isEqualTo(1);
        assertThat(evaluateCsv.err()).contains("latin1.csv:2: error: the text is not UTF-8 (byte 0xFC at line 2, "
                + "column 2)");
        assertThat(validate.exit()).isEqualTo(1);
        int line = 1 + (int) Files.readString(Path.of(curriculum)).lines()
                .takeWhile(l -> !l.startsWith("title: Community")).count();
        assertThat(validate.out()).contains("latin1.yaml:" + line + ":48: error: the text is not UTF-8");
        assertThat(escalate.exit()).isEqualTo(1);
        assertThat(escalate.err()).contains(":2: error: the text is not UTF-8 (byte 0xE9 at line 2, column 6)");
    }
}
