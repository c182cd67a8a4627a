package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscalateCommandTest {

    /** A small school curriculum whose policy follows the school setting: tell a trusted adult. */
    private static final String CURRICULUM = """
            tandem: 1
            id: escalation-test
            version: 1.0.0
            title: Escalation test
            setting: school
            scales:
              - id: progress
                levels: [introduced, secure]
            domains:
              - id: safety
                title: Keeping friends safe
            competencies:
              - id: safety.when-to-tell
                title: Tells a trusted adult straight away when a friend may be unsafe
                domain: safety
            modules:
              - id: s1-staying-safe
                title: When and who to tell
                hours: 2
                delivery: in-person
            escalation:
              tiers:
                - { id: keep-listening, title: Keep listening }
                - { id: trusted-adult, title: "Tell a trusted adult today, straight away" }
                - { id: emergency, title: Get an adult now }
              signals:
                - { id: worry, type: scale, min: 0, max: 10 }
                - { id: self-harm, type: flag }
                - { id: immediate-danger, type: flag }
              rules:
                - id: serious-worry
                  when: { at-least: { worry: 8 } }
                  tier: trusted-adult
                  actions: [Tell a trusted adult today]
                - id: any-disclosure
                  when: { any: [self-harm] }
                  tier: trusted-adult
                  actions: [Do not promise to keep it secret, Tell a trusted adult straight away]
                - id: danger-now
                  when: immediate-danger
                  tier: emergency
                  actions: [Get the nearest adult now, Call emergency services]
            """;

    @TempDir
    Path dir;

    private Path school;

    @BeforeEach
    void writeCurriculum() throws IOException {
        school = file("school.yaml", CURRICULUM);
    }

    /** The outcome of one run of the command line. */
    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    private static Run tandem(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> strings = new ArrayList<>();
        for (Object a : args) {
            strings.add(a.toString());
        }
        int exit = TandemCommand.run(strings.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path schoolWith(String from, String to) throws IOException {
        assertThat(CURRICULUM).contains(from);
        return file("changed.yaml", CURRICULUM.replace(from, to));
    }

    @Test
    void signalsGiveOneDecisionLine() {
        Run run = tandem("escalate", "--curriculum", school, "--signal", "worry=9");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("{\"tier\":\"trusted-adult\",\"rules\":[\"serious-worry\"],"
                + "\"actions\":[\"Tell a trusted adult today\"]}\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void noSignalFiringDecidesTheDefaultTier() {
        Run run = tandem("escalate", "--curriculum", school, "--signal", "worry=2", "--signal", "self-harm=false");

        assertThat(run.out()).isEqualTo("{\"tier\":\"keep-listening\",\"rules\":[],\"actions\":[]}\n");
    }

    @Test
    void observationsGiveOneLinePerObservationInInputOrder() throws IOException {
        Path obs = file("obs.jsonl", "{\"immediate-danger\":true}\n\n{\"worry\":3}\n{\"self-harm\":true,\"worry\":9}\n");

        Run run = tandem("escalate", "--curriculum", school, "--observations", obs);

        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().get(0)).startsWith("{\"tier\":\"emergency\",\"rules\":[\"danger-now\"]");
        assertThat(run.lines().get(1)).startsWith("{\"tier\":\"keep-listening\"");
        assertThat(run.lines().get(2)).isEqualTo("{\"tier\":\"trusted-adult\",\"rules\":[\"serious-worry\","
                + "\"any-disclosure\"],\"actions\":[\"Tell a trusted adult today\",\"Do not promise to keep it secret\","
                + "\"Tell a trusted adult straight away\"]}");
    }

    @Test
    void explainAddsTheConditionTreeOfEveryRule() {
        Run run = tandem("escalate", "--curriculum", school, "--signal", "worry=9", "--explain");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"explanation\":[{\"rule\":\"serious-worry\",\"tier\":\"trusted-adult\","
                + "\"fired\":true,\"condition\":{\"test\":\"worry at-least 8\",\"held\":true,\"given\":9}}");
        assertThat(run.out()).contains("{\"rule\":\"danger-now\",\"tier\":\"emergency\",\"fired\":false,"
                + "\"condition\":{\"test\":\"immediate-danger\",\"held\":false,\"given\":null}}");
    }

    @Test
    void aBadObservationIsReportedWithItsLineWhileGoodOnesAreStillDecided() throws IOException {
        Path obs = file("obs.jsonl", "{\"worry\":9}\n{\"worry\":11}\n{\"worry\":\n{\"self-harm\":1}\n{\"immediate-danger\":true}\n");

        Run run = tandem("escalate", "--curriculum", school, "--observations", obs);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).hasSize(2);
        assertThat(run.err()).contains(obs + ":2: error: signal 'worry' is a scale: give a number from 0 to 10, not 11\n")
                .contains(obs + ":3: error: not valid JSON")
                .contains(obs + ":4: error: signal 'self-harm' is a flag: give true or false, not 1\n")
                .doesNotContain(":1:").doesNotContain(":5:");
    }

    @Test
    void anUnknownSignalArgumentIsBadInputNamingTheKnownSignals() {
        Run run = tandem("escalate", "--curriculum", school, "--signal", "wory=9");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("--signal: error: unknown signal 'wory'; did you mean 'worry'? (signals: worry, self-harm, "
                        + "immediate-danger)");
    }

    @Test
    void aSignalArgumentWithoutAValueIsBadInput() {
        Run run = tandem("escalate", "--curriculum", school, "--signal", "worry");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("expected NAME=VALUE");
    }

    @Test
    void givingBothSignalsAndObservationsIsAUsageError() throws IOException {
        Path obs = file("obs.jsonl", "{}\n");

        Run run = tandem("escalate", "--curriculum", school, "--signal", "worry=1", "--observations", obs);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("exactly one of the two");
    }

    @Test
    void givingNeitherSignalsNorObservationsIsAUsageError() {
        assertThat(tandem("escalate", "--curriculum", school).exit()).isEqualTo(2);
    }

    @Test
    void aMissingCurriculumOptionIsAUsageError() {
        assertThat(tandem("escalate", "--signal", "worry=1").exit()).isEqualTo(2);
    }

    @Test
    void aMissingCurriculumFileIsAnIoErrorWithoutAStackTrace() {
        Run run = tandem("escalate", "--curriculum", dir.resolve("nope.yaml"), "--signal", "worry=1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read").contains("no such file").doesNotContain("Exception");
    }

    @Test
    void aMissingObservationsFileIsAnIoError() {
        Run run = tandem("escalate", "--curriculum", school, "--observations", dir.resolve("nope.jsonl"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read").doesNotContain("Exception");
    }

    @Test
    void aCurriculumWithErrorsPrintsItsDiagnosticsAndIsBadInput() throws IOException {
        Path broken = schoolWith("      tier: emergency", "      tier: emergncy");

        Run run = tandem("escalate", "--curriculum", broken, "--signal", "worry=1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(broken.toString())
                + ":\\d+:\\d+: error: .*emergncy.* \\[unknown-reference\\] \\(at /escalation/rules/2/tier\\)");
    }

    @Test
    void aNonMonotonicPolicyIsWarnedAboutButStillDecides() throws IOException {
        Path risky = schoolWith("when: { at-least: { worry: 8 } }",
                "when: { all: [{ at-least: { worry: 8 } }, { not: { at-least: { worry: 10 } } }] }");

        Run run = tandem("escalate", "--curriculum", risky, "--signal", "worry=10");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("warning: raising 'worry' lowers the tier: {\"worry\":8} decides "
                + "'trusted-adult'").contains("[non-monotonic-policy] (at /escalation/rules/0)");
        assertThat(run.out()).startsWith("{\"tier\":\"keep-listening\"");
    }

    @Test
    void helpDescribesTheCommand() {
        Run run = tandem("escalate", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--signal=NAME=VALUE").contains("--observations=FILE.jsonl")
                .contains("--explain");
    }
}
