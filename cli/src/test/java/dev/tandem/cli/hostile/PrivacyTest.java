package dev.tandem.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.privacy.Pseudonymizer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learner data in outputs: {@code --pseudonymize} replaces every learner id by its keyed pseudonym, a missing
 * key is a usage error, error messages never echo evidence records, CSV cells never start a formula.
 */
class PrivacyTest {

    private static final String KEY = "a secret key of more than sixteen bytes";
    private static final String AS_OF = "2027-01-01T00:00:00Z";

    @TempDir
    Path dir;
    private String curriculum;
    private String evidence;
    private Set<String> learners;

    @BeforeEach
    void communityExample() throws IOException {
        curriculum = Examples.file("community", "curriculum.yaml").toString();
        evidence = Examples.file("community", "evidence.jsonl").toString();
        learners = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(evidence))) {
            if (!line.isBlank()) {
                learners.add(json.readTree(line).get("learner").asText());
            }
        }
        assertThat(learners).hasSizeGreaterThan(1);
    }

    private Path keyFile(String key) throws IOException {
        Path file = dir.resolve("key-" + key.hashCode());
        Files.writeString(file, key + "\n");
        return file;
    }

    private Run evaluate(String... more) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--curriculum", curriculum, "--evidence", evidence,
                "--as-of", AS_OF));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new)).withoutCrash();
    }

    private static String pseudonym(String key, String learner) {
        return Pseudonymizer.of(key.getBytes(StandardCharsets.UTF_8)).pseudonym(LearnerId.of(learner)).value();
    }

    @Test
    void everyLearnerIdInTheJsonOutputIsReplacedByItsPseudonym() throws IOException {
        Run run = evaluate("--pseudonymize", "--pseudonym-key-file", keyFile(KEY).toString());

        assertThat(run.exit()).isZero();
        List<String> shown = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("learners").forEach(l -> shown.add(l.get("learner").asText()));
        assertThat(shown).hasSameSizeAs(learners).allSatisfy(p -> assertThat(p).matches("p-[0-9a-f]{64}")).isSorted();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(learners.stream().map(l -> pseudonym(KEY, l)).toList());
        for (String learner : learners) {
            assertThat(run.out() + run.err()).doesNotContain(learner);
        }
    }

    @Test
    void theCsvAndTextOutputsShowNoLearnerIdEither() throws IOException {
        for (String format : List.of("csv", "text")) {
            Run run = evaluate("--format", format, "--pseudonymize", "--pseudonym-key-file", keyFile(KEY).toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains(pseudonym(KEY, learners.iterator().next()));
            for (String learner : learners) {
                assertThat(run.out() + run.err()).as(format).doesNotContain(learner);
            }
        }
    }

    @Test
    void xapiStatementsGiveTheSamePseudonymsAsTheSameEvidenceInJsonLines() throws IOException {
        String key = keyFile(KEY).toString();
        Run jsonl = evaluate("--pseudonymize", "--pseudonym-key-file", key);
        Run xapi = Run.of("evaluate", "--curriculum", curriculum, "--evidence",
                Examples.file("community", "statements.jsonl").toString(), "--evidence-format", "xapi", "--xapi-map",
                Examples.file("community", "xapi-map.yaml").toString(), "--as-of", AS_OF, "--pseudonymize",
                "--pseudonym-key-file", key).withoutCrash();
        assertThat(xapi.exit()).as(xapi.err()).isZero();
        // the same progress; only xAPI input adds the reader's counts as a top-level evidence object
        assertThat(xapi.out().replaceFirst(",\"evidence\":\\{[^{}]*\"skipped\":\\{[^{}]*\\}\\}", ""))
                .isEqualTo(jsonl.out());
        for (String learner : learners) {
            assertThat(xapi.out()).doesNotContain(learner);
        }
    }

    @Test
    void pseudonymsAreStableAcrossRunsWithTheSameKeyAndDifferWithAnother() throws IOException {
        String first = evaluate("--pseudonymize", "--pseudonym-key-file", keyFile(KEY).toString()).out();
        String again = evaluate("--pseudonymize", "--pseudonym-key-file", keyFile(KEY).toString()).out();
        String other = evaluate("--pseudonymize", "--pseudonym-key-file", keyFile(KEY + "2").toString()).out();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first).doesNotContain(pseudonym(KEY, learners.iterator().next()));
    }

    @Test
    void aLearnerNamedOnTheCommandLineIsSelectedAndShownByPseudonym() throws IOException {
        String learner = learners.iterator().next();
        Run run = evaluate("--pseudonymize", "--pseudonym-key-file", keyFile(KEY).toString(), "--learner", learner);
        JsonNode shown = new ObjectMapper().readTree(run.out()).get("learners");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).get("learner").asText()).isEqualTo(pseudonym(KEY, learner));
        assertThat(shown.get(0).get("certification").get("status").asText()).isNotEqualTo("not-started");
    }

    @Test
    void withoutAKeyPseudonymizingIsAUsageErrorThatSaysWhereTheKeyComesFrom() {
        assumeTrue(System.getenv(Pseudonymizer.KEY_VARIABLE) == null, "the key variable is set for this build");
        Run run = evaluate("--pseudonymize");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(Pseudonymizer.KEY_VARIABLE).contains("--pseudonym-key-file");
    }

    @Test
    void aShortOrUnreadableKeyFileIsAUsageError() throws IOException {
        Run shortKey = evaluate("--pseudonymize", "--pseudonym-key-file", keyFile("short").toString());
        assertThat(shortKey.exit()).isEqualTo(2);
        assertThat(shortKey.err()).contains("at least 16 bytes").doesNotContain("short\n");
        Run missing = evaluate("--pseudonymize", "--pseudonym-key-file", dir.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the pseudonym key file");
    }

    @Test
    void aKeyIsNeverTakenFromTheCommandLine() {
        Run run = evaluate("--pseudonymize", "--pseudonym-key=" + KEY);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theKeyFromTheEnvironmentGivesTheSamePseudonymsAsAKeyFile() throws Exception {
        String viaFile = evaluate("--pseudonymize", "--pseudonym-key-file", keyFile(KEY).toString()).out();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.tandem.cli.Main", "evaluate", "--curriculum", curriculum, "--evidence", evidence, "--as-of", AS_OF,
                "--pseudonymize").redirectError(ProcessBuilder.Redirect.DISCARD);
        process.environment().put(Pseudonymizer.KEY_VARIABLE, KEY);
        Path out = dir.resolve("out.json");
        Process p = process.redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(out)).isEqualTo(viaFile);
    }

    @Test
    void errorMessagesNameLineAndFieldButNeverEchoARecord() throws IOException {
        String token = "ZQX-PRIVATE-7731";
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, String.join("\n",
                "{\"learner\":\"L-001\",\"kind\":\"practice\",\"hours\":2,\"at\":\"2026-01-01\"}",
                "{\"learner\":\"" + token + "-a\",\"kind\":\"attempt\",\"assessment\":\"a1-knowledge-exam\","
                        + "\"score\":500,\"at\":\"2026-01-02\",\"by\":\"" + token + "-b\"}",
                "{\"learner\":\"" + token + "-c\",\"kind\":\"practice\",\"hours\":\"many\",\"at\":\"2026-01-03\","
                        + "\"note\":\"" + token + "-d\"}",
                "{\"learner\":\"" + token + "-e\",\"kind\":\"completion\",\"module\":\"m1\",\"at\":\"" + token + "\"}",
                "{\"learner\":\"" + token + "-f\", " + token + " \"kind\":\"practice\"}",
                "{\"learner\":\"" + token + "-g\",\"kind\":\"practice\",\"hours\":1,\"at\":\"2026-01-04\"",
                "") + "\n");
        for (List<String> options : List.of(List.of("--format", "json"), List.of("--format", "text"),
                List.of("--format", "csv"), List.of("--skip-invalid"), List.of("--skip-invalid", "--format", "csv"))) {
            List<String> args = new ArrayList<>(List.of("evaluate", "--curriculum", curriculum, "--evidence",
                    bad.toString(), "--as-of", AS_OF));
            args.addAll(options);
            Run run = Run.of(args.toArray(String[]::new)).withoutCrash();
            assertThat(run.exit()).as("%s", options).isIn(0, 1);
            assertThat(run.out() + run.err()).as("%s", options).doesNotContain(token);
            if (options.contains("text")) {
                assertThat(run.err().lines().filter(l -> l.startsWith(bad.toString())).toList()).isNotEmpty()
                        .allSatisfy(l -> assertThat(l).matches(".*bad\\.jsonl:[2-6]: error: .+"));
                assertThat(run.err()).contains(":2: error: score:").contains(":3: error: hours:");
            }
        }
    }

    @Test
    void csvCellsNeverStartAFormula() throws IOException {
        Path evidenceFile = dir.resolve("formulas.jsonl");
        List<String> hostile = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)");
        List<String> lines = new ArrayList<>();
        for (String learner : hostile) {
            lines.add("{\"learner\":" + new ObjectMapper().writeValueAsString(learner) + ",\"kind\":\"practice\","
                    + "\"hours\":1,\"at\":\"2026-01-01\"}");
        }
        Files.writeString(evidenceFile, String.join("\n", lines) + "\n");
        Run run = Run.of("evaluate", "--curriculum", curriculum, "--evidence", evidenceFile.toString(), "--as-of",
                AS_OF, "--format", "csv").withoutCrash();

        assertThat(run.exit()).as(run.err()).isZero();
        List<List<String>> rows = csvRows(run.out());
        assertThat(rows).hasSizeGreaterThan(hostile.size());
        Set<String> learnerCells = new TreeSet<>();
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
            learnerCells.add(row.get(0));
        }
        assertThat(learnerCells).contains("'=HYPERLINK(\"http://x\")", "'+1+1", "'-2+3", "'@SUM(A1)");
    }

    private static List<List<String>> csvRows(String text) throws IOException {
        CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = csv.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
