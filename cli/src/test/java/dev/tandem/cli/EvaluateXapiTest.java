package dev.tandem.cli;

import static dev.tandem.cli.EvaluateFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cli.EvaluateFixtures.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem evaluate --evidence-format xapi}: xAPI statements as evidence (FORMAT section 10). */
class EvaluateXapiTest {

    private static final Path COMMUNITY = Path.of("").toAbsolutePath().resolve("../examples/community").normalize();
    private static final String CURRICULUM = COMMUNITY.resolve("curriculum.yaml").toString();
    private static final String STATEMENTS = COMMUNITY.resolve("statements.jsonl").toString();
    private static final String MAP = COMMUNITY.resolve("xapi-map.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void theShippedStatementsGiveTheSameProgressAsTheShippedJsonLines() {
        Run jsonl = run("evaluate", "--curriculum", CURRICULUM, "--evidence",
                COMMUNITY.resolve("evidence.jsonl").toString(), "--as-of", "2026-11-21");
        Run xapi = run("evaluate", "--curriculum", CURRICULUM, "--evidence", STATEMENTS, "--evidence-format", "xapi",
                "--xapi-map", MAP, "--as-of", "2026-11-21");

        assertThat(jsonl.exitCode()).isZero();
        assertThat(xapi.exitCode()).isZero();
        assertThat(withoutEvidenceCounts(xapi.out())).isEqualTo(jsonl.out()).contains("\"L-004\"");
    }

    /** {@return the progress document without the top-level evidence object that only xAPI input has} */
    private static String withoutEvidenceCounts(String out) {
        return out.replaceFirst(",\"evidence\":\\{[^{}]*\"skipped\":\\{[^{}]*\\}\\}", "");
    }

    @Test
    void theReadersCountsArePartOfTheJsonOutputAsATopLevelEvidenceObject() {
        Run xapi = run("evaluate", "--curriculum", CURRICULUM, "--evidence", STATEMENTS, "--evidence-format", "xapi",
                "--xapi-map", MAP, "--as-of", "2026-11-21");

        assertThat(xapi.out()).contains(",\"evidence\":{\"format\":\"xapi\",\"statements\":")
                .contains("\"skipped\":{\"object-agent\":0,\"object-group\":0,\"object-statement-ref\":0,"
                        + "\"object-sub-statement\":0,\"activity-not-mapped\":1,\"verb-not-mapped\":0,"
                        + "\"actor-group\":0}},\"learners\":[");
    }

    @Test
    void theCountsAreAlsoInTheJsonOfAFailedEvaluation() throws IOException {
        Path statements = Files.writeString(dir.resolve("s.jsonl"), """
                {"actor":{"mbox":"mailto:x@lms.example"},"verb":{"id":"http://adlnet.gov/expapi/verbs/scored"},"object":{"id":"https://lms.example/community/a2-listening-roleplay"},"timestamp":"2026-01-01T00:00:00Z"}
                """);

        Run run = run("evaluate", "--curriculum", CURRICULUM, "--evidence", statements.toString(),
                "--evidence-format", "xapi", "--xapi-map", MAP, "--as-of", "2026-11-21");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"evidence\":{\"format\":\"xapi\",\"statements\":1,\"used\":0,"
                + "\"rejected\":1,").contains("\"errors\":[{\"line\":1,\"field\":\"result\",\"message\":"
                + "\"statement 1 (1:1): ");
    }

    @Test
    void anLrsPageOfPrettyPrintedStatementsIsRead() throws IOException {
        Path page = Files.writeString(dir.resolve("page.json"), """
                {
                  "statements": [
                    {
                      "id": "2b3405f6-1070-48d5-bc84-fb218b682945",
                      "actor": {"account": {"homePage": "https://lms.example", "name": "L-009"}},
                      "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                      "object": {"id": "https://lms.example/community/m6-self-care"},
                      "timestamp": "2025-03-20T00:00:00"
                    }
                  ],
                  "more": ""
                }
                """);

        Run run = run("evaluate", "--curriculum", CURRICULUM, "--evidence", page.toString(),
                "--evidence-format", "xapi", "--xapi-map", MAP, "--as-of", "2026-11-21");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"L-009\"").contains("\"statements\":1,\"used\":1,");
        assertThat(run.err()).contains("warning: 1 statement with a timestamp without zone offset: read as UTC");
    }

    @Test
    void statementsOfActivitiesTheMapDoesNotNameAreCountedInAWarning() {
        Run xapi = run("evaluate", "--curriculum", CURRICULUM, "--evidence", STATEMENTS, "--evidence-format", "xapi",
                "--xapi-map", MAP, "--as-of", "2026-11-21");

        assertThat(xapi.err()).contains("warning: 1 statement skipped: activity not mapped");
    }

    @Test
    void xapiWithoutAMapIsAUsageError() {
        Run run = run("evaluate", "--curriculum", CURRICULUM, "--evidence", STATEMENTS, "--evidence-format", "xapi");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--xapi-map").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownEvidenceFormatIsAUsageError() {
        Run run = run("evaluate", "--curriculum", CURRICULUM, "--evidence", STATEMENTS, "--evidence-format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown evidence format 'xml'");
    }

    @Test
    void aMapNamingAnUnknownAssessmentIsReportedAndNothingIsEvaluated() throws IOException {
        Path map = Files.writeString(dir.resolve("map.yaml"), """
                activities:
                  https://lms.example/x: { assessment: no-such-assessment }
                """);

        Run run = run("evaluate", "--curriculum", CURRICULUM, "--evidence", STATEMENTS, "--evidence-format", "xapi",
                "--xapi-map", map.toString(), "--as-of", "2026-11-21");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-assessment").contains("the xAPI map has errors");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMalformedStatementIsAnErrorWithItsLineAndNoRecordContent() throws IOException {
        Path statements = Files.writeString(dir.resolve("s.jsonl"), """
                {"actor":{"account":{"homePage":"https://lms.example","name":"SECRET-LEARNER"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/scored"},"object":{"id":"https://lms.example/community/a2-listening-roleplay"},"result":{"score":{"raw":8}},"timestamp":"2026-01-01T00:00:00Z"}
                {"actor":{"account":{"homePage":"https://lms.example","name":"SECRET-LEARNER"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/scored"},"object":{"id":"https://lms.example/community/a2-listening-roleplay"},"timestamp":"not a time"}
                """);

        Run run = run("evaluate", "--curriculum", CURRICULUM, "--evidence", statements.toString(),
                "--evidence-format", "xapi", "--xapi-map", MAP, "--as-of", "2026-11-21", "--format", "text");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(statements + ":2: error:").doesNotContain("SECRET-LEARNER");
    }

    @Test
    void anExplicitJsonLinesFormatReadsAFileWithoutTheUsualExtension() throws IOException {
        Path evidence = Files.copy(COMMUNITY.resolve("evidence.jsonl"), dir.resolve("evidence.txt"));

        Run explicit = run("evaluate", "--curriculum", CURRICULUM, "--evidence", evidence.toString(),
                "--evidence-format", "jsonl", "--as-of", "2026-11-21");
        Run usual = run("evaluate", "--curriculum", CURRICULUM, "--evidence",
                COMMUNITY.resolve("evidence.jsonl").toString(), "--as-of", "2026-11-21");

        assertThat(explicit.exitCode()).isZero();
        assertThat(explicit.out()).isEqualTo(usual.out());
    }
}
