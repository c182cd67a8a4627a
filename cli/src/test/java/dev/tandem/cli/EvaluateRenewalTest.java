package dev.tandem.cli;

import static dev.tandem.cli.EvaluateFixtures.AS_OF;
import static dev.tandem.cli.EvaluateFixtures.run;
import static dev.tandem.cli.EvaluateFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cli.EvaluateFixtures.Run;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} and {@code report} on a curriculum with renewal and continuing education (section 13). */
class EvaluateRenewalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Certified on 2025-01-02 (nothing expires); 20 h of education in 2 years, 6 of ethics; window P90D. */
    private static final String CURRICULUM = """
            tandem: 1
            id: renewing
            version: 1.0.0
            title: Renewing
            setting: community
            scales:
              - id: proficiency
                levels: [aware, proficient]
            competencies:
              - id: listening
                title: Listens well
                attainment: { method: n-mastery, n: 1 }
            modules:
              - id: m1
                title: Foundations
            assessments:
              - id: a1
                title: Quiz
                module: m1
                kind: quiz
                max-score: 10
                pass-score: 8
                measures: [{competency: listening, level: proficient}]
            certification:
              title: Certified
              modules: all
              competencies: [{competency: listening, level: proficient}]
              renewal:
                window: P90D
                continuing-education: { hours: 20, within: P2Y, topics: { ethics: 6 } }
            """;

    private static final String EVIDENCE = """
            {"learner":"L-001","kind":"attempt","assessment":"a1","score":9,"at":"2025-01-02"}
            {"learner":"L-001","kind":"education","hours":10,"at":"2026-06-01T09:00:00Z"}
            {"learner":"L-001","kind":"education","hours":2,"topic":"ethics","at":"2026-07-01T09:00:00Z"}
            """;

    @TempDir
    Path dir;
    private Path curriculum;
    private Path evidence;

    @BeforeEach
    void writeFiles() {
        curriculum = write(dir, "curriculum.yaml", CURRICULUM);
        evidence = write(dir, "evidence.jsonl", EVIDENCE);
    }

    private Run evaluate(String format) {
        return run("evaluate", "--curriculum", curriculum.toString(), "--evidence", evidence.toString(), "--as-of",
                AS_OF, "--format", format);
    }

    @Test
    void theJsonGivesTheMethodTheHoursAndWhenRenewalIsDue() throws IOException {
        Run run = evaluate("json");
        assertThat(run.exitCode()).isZero();
        JsonNode learner = JSON.readTree(run.out()).get("learners").get(0);
        assertThat(learner.get("competencies").get("listening")).isEqualTo(JSON.readTree("""
                {"level":"proficient","validUntil":null,"attainment":"n-mastery","source":"direct"}"""));
        // the first period ends 2027-01-02 and 12 h are short of 20: the certification ends then
        assertThat(learner.get("certification")).isEqualTo(JSON.readTree("""
                {"status":"certified","expiresAt":"2027-01-02T00:00:00Z","missing":[],
                 "education":{"recorded":12,"topics":{"ethics":2}},
                 "renewal":{"dueFrom":"2026-10-04T00:00:00Z","due":true}}"""));
    }

    @Test
    void theTextSaysWhenRenewalIsDueAndTheHoursCounted() {
        Run run = evaluate("text");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  certification: certified (expires 2027-01-02T00:00:00Z), renewal due from "
                + "2026-10-04 (due now)\n  continuing education 12/20 h, ethics 2/6 h\n");
        assertThat(run.out()).contains("listening  proficient by n-mastery");
    }

    @Test
    void theCsvHasRowsForTheHoursAndTheRenewal() {
        Run run = evaluate("csv");
        assertThat(run.out()).contains("L-001,education,hours,12,\n", "L-001,education,hours:ethics,2,\n",
                "L-001,renewal,due_from,2026-10-04T00:00:00Z,\n", "L-001,renewal,due,true,\n",
                "L-001,attainment,listening,n-mastery,\n");
    }

    @Test
    void afterTheFirstPeriodTheLearnerIsLapsedWithTheMissingHours() throws IOException {
        Run run = run("evaluate", "--curriculum", curriculum.toString(), "--evidence", evidence.toString(),
                "--as-of", "2027-01-02T00:00:00Z");
        JsonNode cert = JSON.readTree(run.out()).get("learners").get(0).get("certification");
        assertThat(cert.get("status").asText()).isEqualTo("lapsed");
        assertThat(cert.get("renewal").isNull()).isTrue();
        assertThat(cert.get("missing")).isEqualTo(JSON.readTree("""
                [{"type":"continuing-education","topic":null,"required":20,"recorded":12},
                 {"type":"continuing-education","topic":"ethics","required":6,"recorded":2}]"""));
    }

    @Test
    void theReportCountsCertifiedLearnersWhoseRenewalIsDue() throws IOException {
        Run run = run("report", "--curriculum", curriculum.toString(), "--evidence", evidence.toString(),
                "--as-of", AS_OF, "--min-cell", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.out()).get("certification").get("due")).isEqualTo(JSON.readTree("""
                {"count":1,"share":1.0,"suppressed":false}"""));
        Run suppressed = run("report", "--curriculum", curriculum.toString(), "--evidence", evidence.toString(),
                "--as-of", AS_OF);
        assertThat(JSON.readTree(suppressed.out()).get("certification").get("due").get("suppressed").asBoolean())
                .isTrue();
    }
}
