package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    private static Cli run(String... args) {
        return Cli.run(args);
    }

    private static List<String> lines(Cli run) {
        return run.out().isEmpty() ? List.of() : Arrays.asList(run.out().split("\n"));
    }

    private static String[] generate(String... extra) {
        List<String> args = new ArrayList<>(List.of("generate", "--curriculum", COMMUNITY, "--learners", "20",
                "--records-per-learner", "6", "--seed", "42"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void writesOneJsonObjectPerRecordToStandardOutput() {
        Cli run = run(generate());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(lines(run)).hasSize(120).allSatisfy(line -> assertThat(line).startsWith("{\"learner\":\"L-0000")
                .endsWith("}"));
    }

    @Test
    void theSameSeedGivesTheSameOutput() {
        assertThat(run(generate()).out()).isEqualTo(run(generate()).out());
    }

    @Test
    void anotherSeedGivesOtherOutput() {
        Cli first = run(generate());
        Cli other = run("generate", "--curriculum", COMMUNITY, "--learners", "20", "--records-per-learner", "6",
                "--seed", "43");

        assertThat(other.out()).isNotEqualTo(first.out());
    }

    @Test
    void writesCsvWithTheFormatsHeader() {
        Cli run = run(generate("--format", "csv"));

        assertThat(run.exit()).isZero();
        assertThat(lines(run)).hasSize(121).first().isEqualTo("learner,kind,assessment,module,score,hours,responses,at,by");
    }

    @Test
    void writesToAnOutputFileAndSaysSoOnStandardError() throws IOException {
        Path file = dir.resolve("cohort.jsonl");

        Cli run = run(generate("--output", file.toString()));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote 120 records for 20 learners");
        assertThat(Files.readString(file)).isEqualTo(run(generate()).out());
    }

    @Test
    void anOutputInAMissingDirectoryIsAnIoErrorThatLeavesNoFile() {
        Path file = dir.resolve("missing").resolve("cohort.jsonl");

        Cli run = run(generate("--output", file.toString()));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write").contains("cohort.jsonl");
        assertThat(file).doesNotExist();
    }

    @Test
    void aCurriculumWithErrorsLeavesAnExistingOutputFileAlone() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "tandem: 1\nid: x\n");
        Path file = dir.resolve("cohort.jsonl");
        Files.writeString(file, "previous\n");

        run("generate", "--curriculum", bad.toString(), "--learners", "1", "--records-per-learner", "1", "--seed",
                "1", "--output", file.toString());

        assertThat(file).hasContent("previous");
    }

    @Test
    void movesEveryRecordWhenTheStartMoves() {
        Cli run = run(generate("--start", "2031-01-01T00:00:00Z"));

        assertThat(lines(run)).allSatisfy(line -> assertThat(line).containsPattern("\"at\":\"203[1-9]-"));
    }

    @Test
    void aCurriculumWithErrorsIsReportedAndExitsWithOne() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "tandem: 1\nid: x\n");

        Cli run = run("generate", "--curriculum", bad.toString(), "--learners", "1", "--records-per-learner", "1",
                "--seed", "1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":").contains("error").contains("[missing-field]");
    }

    @Test
    void aMissingCurriculumFileExitsWithTwo() {
        Cli run = run("generate", "--curriculum", dir.resolve("none.yaml").toString(), "--learners", "1",
                "--records-per-learner", "1", "--seed", "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read").contains("none.yaml");
    }

    @Test
    void zeroLearnersIsAUsageError() {
        Cli run = run("generate", "--curriculum", COMMUNITY, "--learners", "0", "--records-per-learner", "1",
                "--seed", "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("learners");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli run = run(generate("--format", "xml"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("valid values jsonl, csv");
    }

    @Test
    void theSeedIsRequired() {
        Cli run = run("generate", "--curriculum", COMMUNITY, "--learners", "1", "--records-per-learner", "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--seed");
    }
}
