package dev.tandem.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped by SIGTERM while it writes its output leaves neither the output nor its temporary file: the
 * shutdown hook deletes the temporary file.
 */
class InterruptedWriteTest {

    @TempDir
    Path dir;

    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path", "surefire.test.class.path"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                parts.add(value);
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    private List<String> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void sigtermWhileWritingLeavesNoTemporaryFile() throws Exception {
        assumeTrue(File.separatorChar == '/', "SIGTERM is a POSIX signal");
        Path output = dir.resolve("evidence.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", classPath(), "dev.tandem.cli.Main", "generate",
                "--curriculum", Examples.file("community", "curriculum.yaml").toString(), "--learners", "10000000",
                "--records-per-learner", "100", "--seed", "1", "--output", output.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        try {
            // wait until the temporary file exists (a generous bound: the machine may be busy)
            for (int i = 0; i < 1200 && temporaryFiles().isEmpty() && process.isAlive(); i++) {
                Thread.sleep(100);
            }
            assertThat(temporaryFiles()).as(Files.readString(dir.resolve("log"))).isNotEmpty();

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(temporaryFiles()).isEmpty();
        assertThat(output).doesNotExist();
    }
}
