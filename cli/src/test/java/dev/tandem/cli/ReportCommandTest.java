package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem report}: options, outputs and exit codes. */
class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMUNITY = Path.of("..", "examples", "community").toString();

    @TempDir
    Path dir;

    /** Six learners on the demo curriculum: five pass the quiz, one fails it. */
    private Path evidence() {
        StringBuilder b = new StringBuilder();
        IntStream.range(0, 6).forEach(i -> b.append("{\"learner\":\"PRIVATE-").append(i)
                .append("\",\"kind\":\"attempt\",\"assessment\":\"a1\",\"score\":").append(i < 5 ? 9 : 3)
                .append(",\"at\":\"2026-0").append(1 + i % 2).append("-10\"}\n"));
        return Files.write(dir, "evidence.jsonl", b.toString());
    }

    private String[] args(String... extra) {
        String[] base = {"report", "--curriculum", Files.write(dir, "c.yaml", Files.VALID).toString(), "--evidence",
            evidence().toString(), "--as-of", "2026-06-01"};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void printsTheJsonReportWithCountsUnderFiveSuppressed() throws IOException {
        Cli r = Cli.run(args());
        assertThat(r.exit()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("learners").asInt()).isEqualTo(6);
        assertThat(json.get("minCell").asInt()).isEqualTo(5);
        assertThat(json.get("asOf").asText()).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(json.at("/modules/m1/completed").toString())
                .isEqualTo("{\"count\":null,\"share\":null,\"suppressed\":true}");
        assertThat(json.at("/assessments/a1/learners/count").asInt()).isEqualTo(6);
        assertThat(json.at("/assessments/a1/firstAttemptPassRate").asDouble()).isEqualTo(5.0 / 6);
    }

    @Test
    void takesTheSmallestCountShownFromMinCell() throws IOException {
        JsonNode json = JSON.readTree(Cli.run(args("--min-cell", "1")).out());
        assertThat(json.at("/modules/m1/completed/count").asInt()).isEqualTo(5);
        assertThat(json.at("/modules/m1/in-progress/count").asInt()).isEqualTo(1);
    }

    @Test
    void addsMonthsOfFirstRecordWithByMonth() throws IOException {
        JsonNode json = JSON.readTree(Cli.run(args("--by", "month", "--min-cell", "1")).out());
        assertThat(json.get("by").asText()).isEqualTo("month");
        assertThat(json.get("months")).extracting(m -> m.get("month").asText()).containsExactly("2026-01",
                "2026-02");
    }

    @Test
    void writesTidyCsv() {
        Cli r = Cli.run(args("--format", "csv"));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("population,figure,item,category,bin_from,bin_to,count,share,suppressed,"
                + "statistic,value\n").contains("all,assessment,a1,learners,,,6,1.000000,false,,\n");
    }

    @Test
    void writesTheHtmlPageToTheOutputFile() throws IOException {
        Path out = dir.resolve("report.html");
        Cli r = Cli.run(args("--format", "html", "--output", out.toString()));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(java.nio.file.Files.readString(out)).startsWith("<!DOCTYPE html>").contains("Demo curriculum");
    }

    @Test
    void neverPrintsALearnerIdInAnyFormat() {
        for (String format : new String[] {"json", "csv", "html"}) {
            Cli r = Cli.run(args("--format", format, "--min-cell", "1", "--by", "month"));
            assertThat(r.exit()).isZero();
            assertThat(r.out() + r.err()).doesNotContain("PRIVATE");
        }
    }

    @Test
    void reportsOnTheCommunityExample() throws IOException {
        Cli r = Cli.run("report", "--curriculum", COMMUNITY + "/curriculum.yaml", "--evidence",
                COMMUNITY + "/evidence.jsonl", "--as-of", "2026-11-21T00:00:00Z", "--min-cell", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("curriculum").asText()).isEqualTo("community-peer-specialist");
        assertThat(json.get("learners").asInt()).isEqualTo(4);
        assertThat(json.at("/vignettes/a4-triage~1v4/expected").asText()).isEqualTo("emergency");
        assertThat(r.out()).doesNotContain("L-001");
    }

    @Test
    void refusesEvidenceWithBadRecordsNamingEachLine() {
        Path bad = Files.write(dir, "bad.jsonl", "{\"learner\":\"A\",\"kind\":\"attempt\",\"assessment\":\"a1\","
                + "\"score\":9,\"at\":\"2026-01-01\"}\n{\"learner\":\"B\",\"kind\":\"attempt\",\"assessment\":\"nope\","
                + "\"score\":9,\"at\":\"2026-01-01\"}\n");
        Cli r = Cli.run("report", "--curriculum", Files.write(dir, "c.yaml", Files.VALID).toString(), "--evidence",
                bad.toString());
        assertThat(r.exit()).isEqualTo(TandemCommand.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bad + ":2: error:").contains("no report written");
    }

    @Test
    void refusesACurriculumWithErrors() {
        Cli r = Cli.run("report", "--curriculum", Files.write(dir, "c.yaml", Files.WITH_ERRORS).toString(),
                "--evidence", evidence().toString());
        assertThat(r.exit()).isEqualTo(TandemCommand.BAD_INPUT);
        assertThat(r.err()).contains("[unknown-field]");
    }

    @Test
    void treatsAMissingEvidenceFileAsAnIoProblem() {
        Cli r = Cli.run("report", "--curriculum", Files.write(dir, "c.yaml", Files.VALID).toString(), "--evidence",
                dir.resolve("none.jsonl").toString());
        assertThat(r.exit()).isEqualTo(TandemCommand.USAGE);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void rejectsBadOptionsAsUsageErrors() {
        assertThat(Cli.run(args("--min-cell", "0")).exit()).isEqualTo(TandemCommand.USAGE);
        assertThat(Cli.run(args("--format", "pdf")).exit()).isEqualTo(TandemCommand.USAGE);
        assertThat(Cli.run(args("--by", "week")).exit()).isEqualTo(TandemCommand.USAGE);
        assertThat(Cli.run(args("--as-of", "yesterday")).exit()).isEqualTo(TandemCommand.USAGE);
        assertThat(Cli.run("report", "--curriculum", "c.yaml").exit()).isEqualTo(TandemCommand.USAGE);
    }
}
