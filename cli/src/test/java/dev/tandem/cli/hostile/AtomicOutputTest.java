package dev.tandem.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files are replaced whole, never rewritten in place: a reader that holds the old file (or a hard link
 * to it) still sees the old content, and no temporary file is left behind.
 */
class AtomicOutputTest {

    @TempDir
    Path dir;

    private Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private void assertReplacedWhole(List<String> command, Path target) throws IOException {
        Files.writeString(target, "previous");
        Path link = dir.resolve("link-to-previous");
        Files.deleteIfExists(link);
        Files.createLink(link, target);
        Object before = fileKey(target);

        Run run = Run.of(command.toArray(String[]::new)).withoutCrash();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(target)).isNotEqualTo("previous").isNotBlank();
        assertThat(Files.readString(link)).as("the old file is untouched").isEqualTo("previous");
        if (before != null) {
            assertThat(fileKey(target)).isNotEqualTo(before);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    target.getFileName().toString(), link.getFileName().toString());
        }
    }

    @Test
    void theReportOutputFileIsReplacedWhole() throws IOException {
        Path target = dir.resolve("report.json");
        assertReplacedWhole(List.of("report", "--curriculum", Examples.file("community", "curriculum.yaml").toString(),
                "--evidence", Examples.file("community", "evidence.jsonl").toString(), "--as-of", "2027-01-01",
                "--output", target.toString()), target);
    }

    @Test
    void theEvaluateOutputFileIsReplacedWhole() throws IOException {
        Path target = dir.resolve("progress.json");
        assertReplacedWhole(List.of("evaluate", "--curriculum",
                Examples.file("community", "curriculum.yaml").toString(), "--evidence",
                Examples.file("community", "evidence.jsonl").toString(), "--as-of", "2027-01-01", "--output",
                target.toString()), target);
    }
}
