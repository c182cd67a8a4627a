package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    private static final String COMMUNITY = Path.of("..", "examples", "community", "curriculum.yaml").toString();

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TandemCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] generate(String... extra) {
        List<String> args = new ArrayList<>(List.of("generate", "--curriculum", COMMUNITY, "--learners", "20",
                "--records-per-learner", "6", "--seed", "42"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void writesOneJsonObjectPerRecordToStandardOutput() {
        Run run = run(generate());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).hasSize(120).allSatisfy(line -> assertThat(line).startsWith("{\"learner\":\"L-0000")
                .endsWith("}"));
    }

    @Test
    void theSameSeedGivesTheSameOutput() {
        assertThat(run(generate()).out()).isEqualTo(run(generate()).out());
    }

    @Test
    void anotherSeedGivesOtherOutput() {
        Run first = run(generate());
        Run other = run("generate", "--curriculum", COMMUNITY, "--learners", "20", "--records-per-learner", "6",
                "--seed", "43");

        assertThat(other.out()).isNotEqualTo(first.out());
    }

    @Test
    void writesCsvWithTheFormatsHeader() {
        Run run = run(generate("--format", "csv"));

        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(121).first().isEqualTo("learner,kind,assessment,module,score,hours,responses,at,by");
    }

    @Test
    void writesToAnOutputFileAndSaysSoOnStandardError() throws IOException {
        Path file = dir.resolve("cohort.jsonl");

        Run run = run(generate("--output", file.toString()));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote 120 records for 20 learners");
        assertThat(Files.readString(file)).isEqualTo(run(generate()).out());
    }

    @Test
    void movesEveryRecordWhenTheStartMoves() {
        Run run = run(generate("--start", "2031-01-01T00:00:00Z"));

        assertThat(run.lines()).allSatisfy(line -> assertThat(line).containsPattern("\"at\":\"203[1-9]-"));
    }

    @Test
    void aCurriculumWithErrorsIsReportedAndExitsWithOne() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "tandem: 1\nid: x\n");

        Run run = run("generate", "--curriculum", bad.toString(), "--learners", "1", "--records-per-learner", "1",
                "--seed", "1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":").contains("error").contains("[missing-field]");
    }

    @Test
    void aMissingCurriculumFileExitsWithTwo() {
        Run run = run("generate", "--curriculum", dir.resolve("none.yaml").toString(), "--learners", "1",
                "--records-per-learner", "1", "--seed", "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read").contains("none.yaml");
    }

    @Test
    void zeroLearnersIsAUsageError() {
        Run run = run("generate", "--curriculum", COMMUNITY, "--learners", "0", "--records-per-learner", "1",
                "--seed", "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("learners");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = run(generate("--format", "xml"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("valid values jsonl, csv");
    }

    @Test
    void theSeedIsRequired() {
        Run run = run("generate", "--curriculum", COMMUNITY, "--learners", "1", "--records-per-learner", "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--seed");
    }
}
