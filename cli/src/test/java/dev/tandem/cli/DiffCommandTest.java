package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem diff OLD NEW} (FORMAT section 14.2) on the community example and edits of it. */
class DiffCommandTest {

    private static final Path COMMUNITY = Path.of("").toAbsolutePath().resolve("../examples/community").normalize();
    /** The passive-ideation rule of the example, and an edit that sends wish-to-be-dead alone to no tier. */
    private static final String RULE = "      when: { any: [wish-to-be-dead, suicidal-ideation] }\n      tier: refer";
    private static final String EDITED = "      when: { all: [suicidal-ideation, { at-least: { distress: 5 } }] }\n"
            + "      tier: refer";

    @TempDir
    Path dir;

    private String v1;
    private Path old;

    @BeforeEach
    void copyTheExample() throws IOException {
        v1 = java.nio.file.Files.readString(COMMUNITY.resolve("curriculum.yaml"));
        assertThat(v1).contains(RULE);
        old = Files.write(dir, "v1.yaml", v1);
    }

    private Path version(String name, String text) {
        return Files.write(dir, name, text.replace("version: 2.1.0", "version: 2.2.0"));
    }

    @Test
    void aCurriculumComparedWithItselfIsTheSameWithExitZero() {
        Cli cli = Cli.run("diff", old.toString(), old.toString());

        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("No differences.");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void twoReleasesAlwaysDifferInTheirVersion() {
        Cli cli = Cli.run("diff", "--format", "json", old.toString(), version("v2.yaml", v1).toString());

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out()).contains("{\"change\":\"changed\",\"path\":\"/version\",\"old\":\"2.1.0\","
                + "\"new\":\"2.2.0\"}");
    }

    @Test
    void theReviewShowsLoweredTiersFirstWithTheirWitnessInWords() {
        Cli cli = Cli.run("diff", old.toString(), version("v2.yaml", v1.replace(RULE, EDITED)).toString());

        assertThat(cli.exit()).isEqualTo(1);
        String out = cli.out();
        assertThat(out).contains("with suicidal-ideation, 2.2.0 decides 'continue' where 2.1.0 decided 'refer'");
        assertThat(out.indexOf("LOWERED")).isLessThan(out.indexOf("Raised")).isLessThan(out.indexOf("vignettes"))
                .isLessThan(out.indexOf("Other changes"));
        assertThat(out).contains("a4-triage/v2: expected 'continue', was 'refer'",
                "changed /escalation/rules/passive-ideation/when");
    }

    @Test
    void theJsonListsEveryLoweredPairWithAWitnessAndTheRegradedVignettes() throws IOException {
        Cli cli = Cli.run("diff", "--format", "json", old.toString(),
                version("v2.yaml", v1.replace(RULE, EDITED)).toString());

        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.at("/old/version").asText()).isEqualTo("2.1.0");
        assertThat(json.at("/escalation/raised")).isEmpty();
        assertThat(json.at("/escalation/lowered").toString()).isEqualTo("[{\"from\":\"refer\",\"to\":\"continue\","
                + "\"witness\":{\"suicidal-ideation\":true}},{\"from\":\"refer\",\"to\":\"consult\","
                + "\"witness\":{\"distress\":7,\"wish-to-be-dead\":true}}]");
        assertThat(json.at("/vignettes").toString()).isEqualTo(
                "[{\"vignette\":\"a4-triage/v2\",\"old\":\"refer\",\"new\":\"continue\"}]");
        assertThat(json.has("impact")).isFalse();
    }

    @Test
    void aDraftThatViolatesARequirementIsReportedAndStillCompared() {
        // the example requires any thought of suicide to reach at least refer; the edit breaks that
        Path draft = version("v2.yaml", v1.replace(RULE, EDITED));

        Cli cli = Cli.run("diff", old.toString(), draft.toString());

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.err()).contains(draft + ":").contains("'ideation-reaches-a-professional' does not hold")
                .contains("[requirement-violated] (at /escalation/requirements/1)");
        assertThat(cli.out()).contains("LOWERED");
    }

    @Test
    void anyOtherErrorStopsWithExitTwo() {
        Cli cli = Cli.run("diff", old.toString(), version("v2.yaml", v1.replace("tier: refer", "tier: refr"))
                .toString());

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("[unknown-reference]");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void withEvidenceTheImpactIsCountedAndAffectedLearnersGoOnlyToTheRequestedFile() throws IOException {
        Path affected = dir.resolve("affected.csv");

        Cli cli = Cli.run("diff", "--format", "json", old.toString(),
                version("v2.yaml", v1.replace(RULE, EDITED)).toString(), "--evidence",
                COMMUNITY.resolve("evidence.jsonl").toString(), "--as-of", "2026-12-01", "--affected",
                affected.toString());

        JsonNode impact = new ObjectMapper().readTree(cli.out()).get("impact");
        assertThat(impact.get("asOf").asText()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(impact.get("learners").asInt()).isPositive();
        String csv = java.nio.file.Files.readString(affected);
        assertThat(csv).startsWith("learner,old-status,new-status\n");
        assertThat(csv.lines().count() - 1).isEqualTo(sum(impact.get("certification")));
        assertThat(cli.out()).doesNotContain("L-0");
    }

    @Test
    void theAffectedFileIsWrittenWithItsHeaderEvenWhenNobodyChanges() throws IOException {
        Path affected = dir.resolve("affected.csv");

        Cli cli = Cli.run("diff", old.toString(), old.toString(), "--evidence",
                COMMUNITY.resolve("evidence.jsonl").toString(), "--as-of", "2026-12-01", "--affected",
                affected.toString());

        assertThat(cli.exit()).isZero();
        assertThat(java.nio.file.Files.readString(affected)).isEqualTo("learner,old-status,new-status\n");
    }

    @Test
    void evidenceOptionsWithoutEvidenceAreAUsageProblem() {
        Cli cli = Cli.run("diff", old.toString(), old.toString(), "--affected", dir.resolve("x.csv").toString());

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("only with --evidence");
    }

    @Test
    void invalidEvidenceStopsWithExitTwoUnlessSkipped() {
        Path evidence = Files.write(dir, "e.jsonl", "{\"learner\":\"L-1\",\"kind\":\"completion\","
                + "\"module\":\"no-such-module\",\"at\":\"2026-01-01\"}\n");

        Cli strict = Cli.run("diff", old.toString(), old.toString(), "--evidence", evidence.toString());
        Cli lenient = Cli.run("diff", old.toString(), old.toString(), "--evidence", evidence.toString(),
                "--skip-invalid", "--as-of", "2026-12-01");

        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.err()).contains(evidence + ":1: error:");
        assertThat(lenient.exit()).isZero();
        assertThat(lenient.err()).contains(evidence + ":1: warning:");
    }

    private static int sum(JsonNode transitions) {
        int n = 0;
        for (JsonNode t : transitions) {
            n += t.get("count").asInt();
        }
        return n;
    }
}
