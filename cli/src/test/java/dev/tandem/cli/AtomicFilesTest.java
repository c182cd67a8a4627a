package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeTextAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.json");

        AtomicFiles.write(target, "{\"a\":1}\n");

        assertThat(target).hasContent("{\"a\":1}");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailureWhileWritingLeavesTheExistingFileAsItWasAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.json"), "previous");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half a docu");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).hasContent("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingDirectoryIsAnIoError() {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("no/such/dir/out.json"), "x"))
                .isInstanceOf(IOException.class);
    }
}
