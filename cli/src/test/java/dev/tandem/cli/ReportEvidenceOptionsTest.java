package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} takes the same evidence options as {@code evaluate}: xAPI, --skip-invalid, --learner. */
class ReportEvidenceOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COMMUNITY = Path.of("").toAbsolutePath().resolve("../examples/community").normalize();
    private static final String CURRICULUM = COMMUNITY.resolve("curriculum.yaml").toString();
    private static final String EVIDENCE = COMMUNITY.resolve("evidence.jsonl").toString();
    private static final String STATEMENTS = COMMUNITY.resolve("statements.jsonl").toString();
    private static final String MAP = COMMUNITY.resolve("xapi-map.yaml").toString();

    @TempDir
    Path dir;

    private static Cli report(String... extra) {
        String[] base = {"report", "--curriculum", CURRICULUM, "--as-of", "2026-11-21"};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return Cli.run(all);
    }

    @Test
    void theShippedStatementsGiveTheSameReportAsTheShippedJsonLines() {
        Cli jsonl = report("--evidence", EVIDENCE);
        Cli xapi = report("--evidence", STATEMENTS, "--xapi-map", MAP);

        assertThat(xapi.exit()).as(xapi.err()).isZero();
        assertThat(xapi.out()).isEqualTo(jsonl.out());
    }

    @Test
    void statementsWithoutAMapAreNamedAsXapiInsteadOfHundredsOfErrors() {
        Cli run = report("--evidence", STATEMENTS);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("tandem report: error: the evidence " + STATEMENTS + " looks like xAPI "
                + "statements (they have actor, verb and object); read them with --xapi-map FILE");
        assertThat(run.err().lines()).hasSize(2);
    }

    @Test
    void statementsReadAsJsonLinesOnPurposeEndWithTheHint() {
        Cli run = report("--evidence", STATEMENTS, "--evidence-format", "jsonl");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("tandem report: note: the evidence looks like xAPI statements");
    }

    @Test
    void skipInvalidReportsOnTheGoodRecords() throws IOException {
        String bad = java.nio.file.Files.readString(Path.of(EVIDENCE)) + "{\"learner\":\"x\",\"kind\":\"nonsense\"}\n";
        Path file = dir.resolve("bad.jsonl");
        java.nio.file.Files.writeString(file, bad);

        Cli strict = report("--evidence", file.toString());
        Cli skipping = report("--evidence", file.toString(), "--skip-invalid");

        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err()).contains("(use --skip-invalid to report on the valid ones)");
        assertThat(skipping.exit()).isZero();
        assertThat(skipping.out()).isEqualTo(report("--evidence", EVIDENCE).out());
        assertThat(skipping.err()).contains(": warning: kind: ").contains("tandem report: warning: skipped 1 "
                + "invalid evidence record of ");
    }

    @Test
    void learnerLimitsTheCohort() throws IOException {
        JsonNode one = JSON.readTree(report("--evidence", EVIDENCE, "--learner", "L-001", "--min-cell", "1").out());

        assertThat(one.get("learners").asInt()).isEqualTo(1);
    }

    @Test
    void emptyEvidenceIsReportedWithAWarning() throws IOException {
        Path empty = java.nio.file.Files.writeString(dir.resolve("empty.jsonl"), "");

        Cli run = report("--evidence", empty.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("tandem report: warning: the evidence " + empty + " has no records\n");
    }

    @Test
    void aCsvSeparatedBySemicolonsGetsAHint() throws IOException {
        Path csv = java.nio.file.Files.writeString(dir.resolve("e.csv"),
                "learner;kind;assessment;module;score;hours;responses;at;by\nx;completion;;m1;;;;2026-03-01;\n");

        Cli run = report("--evidence", csv.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("tandem report: note: the CSV header is separated by semicolons");
    }
}
