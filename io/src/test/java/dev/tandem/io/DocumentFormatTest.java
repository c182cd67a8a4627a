package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats by file name, sniffing, and the I/O contract of reading files. */
class DocumentFormatTest {

    @Test
    void theExtensionDecidesTheFormat() {
        assertThat(DocumentFormat.fromFileName("a/curriculum.YAML")).contains(DocumentFormat.YAML);
        assertThat(DocumentFormat.fromFileName("c.yml")).contains(DocumentFormat.YAML);
        assertThat(DocumentFormat.fromFileName("c.json")).contains(DocumentFormat.JSON);
        assertThat(DocumentFormat.fromFileName("c.txt")).isEmpty();
    }

    @Test
    void aFileWithAnotherExtensionIsSniffed(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("curriculum.txt");
        Files.writeString(json, "  {\"tandem\": 1,\n \"titel\": \"x\"}");
        assertThat(CurriculumReader.create().read(json).diagnostics())
                .anySatisfy(d -> assertThat(d.message()).contains("did you mean 'title'?"));
        Path yaml = dir.resolve("curriculum");
        Files.writeString(yaml, Documents.MINIMAL);
        assertThat(CurriculumReader.create().read(yaml).hasErrors()).isFalse();
    }

    @Test
    void aMissingFileThrowsUncheckedIoException(@TempDir Path dir) {
        assertThatThrownBy(() -> CurriculumReader.create().read(dir.resolve("missing.yaml")))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFileThatIsNotUtf8IsASyntaxError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9, '\n'});
        ReadResult result = CurriculumReader.create().read(file);
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("UTF-8"));
    }
}
