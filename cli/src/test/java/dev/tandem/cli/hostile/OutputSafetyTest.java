package dev.tandem.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files never destroy anything: an output naming an input is refused, special files are written in place,
 * permissions are kept, a failed run replaces nothing and leaves no temporary file.
 */
class OutputSafetyTest {

    private static final String AS_OF = "2027-01-01";

    @TempDir
    Path dir;
    private Path curriculum;
    private Path evidence;

    @BeforeEach
    void copies() throws IOException {
        curriculum = Files.copy(Examples.file("community", "curriculum.yaml"), dir.resolve("curriculum.yaml"));
        evidence = Files.copy(Examples.file("community", "evidence.jsonl"), dir.resolve("evidence.jsonl"));
    }

    /** Every command with --output, writing to the given file. */
    private List<List<String>> commandsWriting(Path output) {
        String c = curriculum.toString();
        String e = evidence.toString();
        String o = output.toString();
        return List.of(
                List.of("evaluate", "--curriculum", c, "--evidence", e, "--as-of", AS_OF, "--output", o),
                List.of("report", "--curriculum", c, "--evidence", e, "--as-of", AS_OF, "--output", o),
                List.of("generate", "--curriculum", c, "--learners", "2", "--records-per-learner", "3", "--seed", "1",
                        "--output", o),
                List.of("export", c, "--to", "case", "--output", o));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutputNamingAnInputIsRefusedAndTheInputIsUntouched() throws IOException {
        byte[] curriculumBefore = Files.readAllBytes(curriculum);
        byte[] evidenceBefore = Files.readAllBytes(evidence);
        Path hardLink = Files.createLink(dir.resolve("hard-link.yaml"), curriculum);
        Path symbolicLink = Files.createSymbolicLink(dir.resolve("symbolic-link.jsonl"), evidence);
        for (Path output : List.of(curriculum, evidence, hardLink, symbolicLink)) {
            for (List<String> command : commandsWriting(output)) {
                if (command.get(0).equals("export") || command.get(0).equals("generate")) {
                    if (output.equals(evidence) || output.equals(symbolicLink)) {
                        continue; // these commands do not read the evidence
                    }
                }
                Run run = Run.of(command.toArray(String[]::new)).withoutCrash();

                assertThat(run.exit()).as(command + "\n" + run.err()).isEqualTo(2);
                assertThat(run.err()).as(command.toString()).contains("is the same file as the input");
            }
        }
        assertThat(Files.readAllBytes(curriculum)).isEqualTo(curriculumBefore);
        assertThat(Files.readAllBytes(evidence)).isEqualTo(evidenceBefore);
        assertThat(Files.isSymbolicLink(symbolicLink)).isTrue();
        assertThat(names()).containsExactly("curriculum.yaml", "evidence.jsonl", "hard-link.yaml",
                "symbolic-link.jsonl");
    }

    @Test
    void importRefusesToOverwriteItsPackage() throws IOException {
        Path pack = dir.resolve("package.json");
        assertThat(Run.of("export", curriculum.toString(), "--to", "case", "--output", pack.toString()).exit())
                .isZero();
        byte[] before = Files.readAllBytes(pack);

        Run run = Run.of("import", pack.toString(), "--from", "case", "--output", pack.toString()).withoutCrash();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(pack)).isEqualTo(before);
    }

    @Test
    void aDeviceIsWrittenInPlaceNeverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        Object before = Files.readAttributes(devNull, BasicFileAttributes.class).fileKey();
        for (List<String> command : commandsWriting(devNull)) {
            Run run = Run.of(command.toArray(String[]::new)).withoutCrash();

            assertThat(run.exit()).as(command + "\n" + run.err()).isZero();
            BasicFileAttributes after = Files.readAttributes(devNull, BasicFileAttributes.class);
            assertThat(after.isOther()).as("still a device").isTrue();
            assertThat(after.fileKey()).isEqualTo(before);
        }
        try (Stream<Path> files = Files.list(Path.of("/dev"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".null."));
        }
    }

    @Test
    void aNamedPipeStaysAPipeAndItsReaderGetsTheDocument() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        Run run = Run.of("export", curriculum.toString(), "--to", "case", "--output", fifo.toString()).withoutCrash();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(reader.get(60, TimeUnit.SECONDS)).contains("CFDocument");
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class).isOther()).as("still a pipe").isTrue();
        assertThat(names()).containsExactly("curriculum.yaml", "evidence.jsonl", "pipe");
    }

    @Test
    void aDirectoryIsRefused() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        for (List<String> command : commandsWriting(sub)) {
            Run run = Run.of(command.toArray(String[]::new)).withoutCrash();

            assertThat(run.exit()).as(command.toString()).isEqualTo(2);
            assertThat(run.err()).contains("is a directory");
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewProgressFileIsPrivate() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path progress = dir.resolve("progress.json");
        Path report = Files.writeString(dir.resolve("report.json"), "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        Path privateReport = Files.writeString(dir.resolve("private.json"), "old");
        Files.setPosixFilePermissions(privateReport, PosixFilePermissions.fromString("rw-------"));

        assertThat(Run.of("evaluate", "--curriculum", curriculum.toString(), "--evidence", evidence.toString(),
                "--as-of", AS_OF, "--output", progress.toString()).exit()).isZero();
        assertThat(Run.of("report", "--curriculum", curriculum.toString(), "--evidence", evidence.toString(),
                "--as-of", AS_OF, "--output", report.toString()).exit()).isZero();
        assertThat(Run.of("report", "--curriculum", curriculum.toString(), "--evidence", evidence.toString(),
                "--as-of", AS_OF, "--output", privateReport.toString()).exit()).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(progress))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateReport)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(report)).startsWith("{");
    }

    @Test
    void aFailedStrictRunLeavesTheOutputAsItWasAndPrintsTheErrorDocumentOnlyOnStandardOutput() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"),
                "{\"learner\":\"L-1\",\"kind\":\"practice\",\"hours\":-1,\"at\":\"2026-01-01\"}\n");
        Path output = Files.writeString(dir.resolve("progress.json"), "previous");

        Run toFile = Run.of("evaluate", "--curriculum", curriculum.toString(), "--evidence", bad.toString(),
                "--as-of", AS_OF, "--output", output.toString()).withoutCrash();
        Run toStdout = Run.of("evaluate", "--curriculum", curriculum.toString(), "--evidence", bad.toString(),
                "--as-of", AS_OF).withoutCrash();

        assertThat(toFile.exit()).isEqualTo(1);
        assertThat(toFile.out()).isEmpty();
        assertThat(toFile.err()).contains("bad.jsonl:1:").contains("left as it was");
        assertThat(output).hasContent("previous");
        assertThat(toStdout.exit()).isEqualTo(1);
        assertThat(toStdout.out()).contains("\"errors\"");
        assertThat(names()).containsExactly("bad.jsonl", "curriculum.yaml", "evidence.jsonl", "progress.json");
    }

    @Test
    void badgesThatCannotBeWrittenLeaveTheOutputAsItWas() throws IOException {
        Path output = Files.writeString(dir.resolve("progress.json"), "previous");
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        List<String> base = new ArrayList<>(List.of("evaluate", "--curriculum", curriculum.toString(), "--evidence",
                evidence.toString(), "--as-of", AS_OF, "--output", output.toString(), "--badge-issuer",
                "https://issuer.example.org"));
        for (Path badges : List.of(notADirectory, notADirectory.resolve("below"))) {
            List<String> command = new ArrayList<>(base);
            command.addAll(List.of("--badges", badges.toString()));

            Run run = Run.of(command.toArray(String[]::new)).withoutCrash();

            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(output).hasContent("previous");
            assertThat(names()).containsExactly("curriculum.yaml", "evidence.jsonl", "plain-file", "progress.json");
        }
    }

    @Test
    void aDashIsStandardOutput() {
        Run run = Run.of("export", curriculum.toString(), "--to", "case", "--output", "-").withoutCrash();

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("CFDocument");
        assertThat(Files.exists(dir.resolve("-"))).isFalse();
        assertThat(Files.exists(Path.of("-"))).isFalse();
    }
}
