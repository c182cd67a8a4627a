package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tandem.diagnostic.CurriculumException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A logged exception leads to the file, line and column of every error. */
class CurriculumExceptionMessageTest {

    private static final String DOCUMENT = """
            tandem: 1
            id: tiny
            version: "1"
            title: Tiny
            setting: school
            scales:
              - id: progress
                levels: [introduced, secure]
            competencies:
              - id: listening
                titel: Listens well
            """;

    @Test
    void aFileReadNamesTheFileLineAndColumnOfEachError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("tiny.yaml"), DOCUMENT);
        ReadResult read = CurriculumReader.create().read(file);

        CurriculumException e = catchThrowableOfType(CurriculumException.class, read::orElseThrow);

        assertThat(read.source()).isEqualTo(file.toString());
        assertThat(e.source()).contains(file.toString());
        assertThat(e.getMessage()).startsWith("The curriculum " + file + " has ")
                .contains("\n  " + file + ":11:5: unknown field 'titel'")
                .contains("[unknown-field] (at /competencies/0/titel)");
    }

    @Test
    void textReadNamesLineAndColumnWithoutASource() {
        ReadResult read = CurriculumReader.create().read(DOCUMENT, DocumentFormat.YAML);

        CurriculumException e = catchThrowableOfType(CurriculumException.class, read::orElseThrow);

        assertThat(read.source()).isNull();
        assertThat(e.source()).isEmpty();
        assertThat(e.getMessage()).startsWith("The curriculum has ").contains("\n  11:5: unknown field 'titel'");
    }
}
