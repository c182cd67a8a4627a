package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --threads} changes the time a run takes, never its output; progress shows on a terminal only, never
 * with {@code --quiet}, and leaves nothing behind.
 */
class ThreadsAndProgressTest {

    private static final String CURRICULUM = "../examples/community/curriculum.yaml";
    private static final String AS_OF = "2026-06-01T00:00:00Z";

    @TempDir
    static Path dir;
    static Path cohort;
    static Path damaged;
    static Path certifying;

    @BeforeAll
    static void generate() throws IOException {
        cohort = dir.resolve("cohort.jsonl");
        Cli g = Cli.run("generate", "--curriculum", CURRICULUM, "--learners", "2000", "--records-per-learner", "6",
                "--seed", "11", "--output", cohort.toString());
        assertThat(g.exit()).as(g.err()).isZero();
        // a cohort with bad lines among the good ones: one malformed, one of an unknown kind, one not UTF-8
        List<String> lines = new ArrayList<>(Files.readAllLines(cohort));
        lines.add(100, "{\"learner\": \"L-000001\", ");
        lines.add(5000, "{\"learner\": \"L-000002\", \"kind\": \"lecture\", \"at\": \"2025-03-01\"}");
        lines.add(9000, "{\"learner\": \"L-éé\", \"kind\": \"completion\", \"at\": \"2025-03-01\", \"modul\": 1}");
        damaged = dir.resolve("damaged.jsonl");
        Files.write(damaged, lines);
        // enough records per learner that most learners certify
        certifying = dir.resolve("certifying.jsonl");
        Cli c = Cli.run("generate", "--curriculum", CURRICULUM, "--learners", "400", "--records-per-learner", "30",
                "--seed", "3", "--output", certifying.toString());
        assertThat(c.exit()).as(c.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv", "text"})
    void everyNumberOfThreadsWritesTheSameBytes(String format) {
        Cli one = Cli.run("evaluate", "--curriculum", CURRICULUM, "--evidence", cohort.toString(), "--as-of", AS_OF,
                "--format", format, "--threads", "1");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out()).contains("L-002000");
        for (String threads : List.of("2", "3", "8")) {
            Cli many = Cli.run("evaluate", "--curriculum", CURRICULUM, "--evidence", cohort.toString(), "--as-of",
                    AS_OF, "--format", format, "--threads", threads);
            assertThat(many.exit()).isZero();
            assertThat(many.out()).as("--threads " + threads).isEqualTo(one.out());
            assertThat(many.err()).isEqualTo(one.err());
        }
    }

    @Test
    void badLinesAreReportedAndSkippedAlikeOnEveryNumberOfThreads() {
        Cli one = Cli.run("evaluate", "--curriculum", CURRICULUM, "--evidence", damaged.toString(), "--as-of", AS_OF,
                "--skip-invalid", "--threads", "1");
        Cli four = Cli.run("evaluate", "--curriculum", CURRICULUM, "--evidence", damaged.toString(), "--as-of",
                AS_OF, "--skip-invalid", "--threads", "4");
        assertThat(one.exit()).isZero();
        assertThat(one.out()).contains("\"skipped\":3").contains("\"line\":101").contains("\"line\":5001")
                .contains("\"line\":9001");
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.err()).isEqualTo(one.err());

        Cli strict = Cli.run("evaluate", "--curriculum", CURRICULUM, "--evidence", damaged.toString(), "--as-of",
                AS_OF, "--threads", "3");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).contains("\"errors\"").doesNotContain("\"learners\"");
    }

    @Test
    void theReportIsTheSameOnEveryNumberOfThreads() {
        // late enough that many learners are certified: the date of certification is worked out for each
        Cli one = Cli.run("report", "--curriculum", CURRICULUM, "--evidence", certifying.toString(), "--as-of",
                "2027-01-01T00:00:00Z", "--by", "month", "--threads", "1");
        Cli three = Cli.run("report", "--curriculum", CURRICULUM, "--evidence", certifying.toString(), "--as-of",
                "2027-01-01T00:00:00Z", "--by", "month", "--threads", "3");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out()).containsPattern("\"timeToCertification\":\\{\"median\":[0-9]");
        assertThat(three.out()).isEqualTo(one.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "257"})
    void threadsOutOfRangeAreAUsageError(String threads) {
        Cli run = Cli.run("evaluate", "--curriculum", CURRICULUM, "--evidence", cohort.toString(), "--threads",
                threads);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("tandem evaluate: error: --threads must be between 1 and 256, not " + threads);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void progressIsShownOnATerminalAndWipedAtTheEnd() {
        Run run = run(true, "evaluate", "--curriculum", CURRICULUM, "--evidence", cohort.toString(), "--as-of",
                AS_OF, "--output", dir.resolve("progress.json").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        // whatever the display printed was wiped: each line it drew is overwritten by blanks and a return
        assertThat(wiped(run.err())).doesNotContain("reading the evidence").doesNotContain("learners/s");
        assertThat(run.err()).doesNotContain("\n\r");
    }

    @Test
    void noProgressWithoutATerminalOrWithQuiet() {
        Run piped = run(false, "evaluate", "--curriculum", CURRICULUM, "--evidence", cohort.toString(), "--as-of",
                AS_OF, "--output", dir.resolve("a.json").toString());
        Run quiet = run(true, "evaluate", "--quiet", "--curriculum", CURRICULUM, "--evidence", cohort.toString(),
                "--as-of", AS_OF, "--output", dir.resolve("b.json").toString());
        assertThat(piped.err()).doesNotContain("\r");
        assertThat(quiet.err()).doesNotContain("\r");
        assertThat(piped.exit()).isZero();
        assertThat(quiet.exit()).isZero();
    }

    @Test
    void theProgressLineSaysWhatHowFarHowFastAndHowLong() {
        StringWriter text = new StringWriter();
        try (Progress progress = Progress.manual(Messages.of("tandem evaluate", new PrintWriter(text)))) {
            progress.phase("evaluating and writing", "learners", 100_000);
            progress.steps(41_250);
            progress.show();
            assertThat(text.toString()).matches("\rtandem evaluate: evaluating and writing: 41,250 of 100,000 "
                    + "learners(?: \\([0-9,]+ learners/s\\))?, [0-9]+\\.[0-9] s");
            progress.phase("computing the report", null, -1);
            progress.show();
            assertThat(text.toString()).contains("\rtandem evaluate: computing the report, ");
        }
        String all = text.toString();
        assertThat(all).endsWith("\r");
        assertThat(wiped(all)).isBlank();
    }

    /** {@return the text as a terminal would show it: what a carriage return goes back over is replaced} */
    private static String wiped(String err) {
        StringBuilder screen = new StringBuilder();
        for (String line : err.split("\n", -1)) {
            char[] shown = new char[0];
            int column = 0;
            for (char c : line.toCharArray()) {
                if (c == '\r') {
                    column = 0;
                    continue;
                }
                if (column >= shown.length) {
                    shown = java.util.Arrays.copyOf(shown, column + 1);
                }
                shown[column++] = c;
            }
            screen.append(new String(shown).stripTrailing()).append('\n');
        }
        return screen.toString();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Host host = new Host(Clock.fixed(Instant.parse(AS_OF), ZoneOffset.UTC), Map.of(), 2, terminal);
        int exit = TandemCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), host);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
