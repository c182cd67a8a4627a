package dev.tandem.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.ReadOptions;
import dev.tandem.io.ReadResult;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of the curriculum reader: any bytes give a result with well-formed diagnostics, never
 * an exception; a document that reads without errors writes canonically and reads back equal.
 *
 * <p>Plain {@code mvn test} runs the method on the committed inputs under
 * {@code src/test/resources/dev/tandem/io/hostile/CurriculumReaderFuzzTestInputs/} (regression mode); with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (see docs/security.md).
 */
class CurriculumReaderFuzzTest {

    /** A smaller document limit than the default keeps each fuzzing run fast; the limits are tested elsewhere. */
    private static final CurriculumReader READER =
            CurriculumReader.create(ReadOptions.defaults().withMaxDocumentBytes(256 * 1024));

    @FuzzTest(maxDuration = "10m")
    void anyBytesGiveDiagnosticsAndAnyCleanDocumentRoundTrips(byte[] input) {
        DocumentFormat format = looksLikeJson(input) ? DocumentFormat.JSON : DocumentFormat.YAML;
        ReadResult result = READER.read(new ByteArrayInputStream(input), format);

        assertThat(result.diagnostics()).allSatisfy(CurriculumReaderFuzzTest::isWellFormed);
        assertThat(result.curriculum() == null).isEqualTo(result.hasErrors());
        if (result.curriculum() != null) {
            assertRoundTrips(result.curriculum());
        }
    }

    static void isWellFormed(Diagnostic d) {
        assertThat(d.code()).isNotNull();
        assertThat(d.severity()).isNotNull();
        assertThat(d.message()).isNotBlank();
        assertThat(d.line()).isPositive();
        assertThat(d.column()).isPositive();
    }

    private static void assertRoundTrips(Curriculum curriculum) {
        for (DocumentFormat format : DocumentFormat.values()) {
            String canonical = CurriculumWriter.write(curriculum, format);
            ReadResult again = CurriculumReader.create().read(canonical, format);
            assertThat(again.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
            assertThat(again.curriculum()).isEqualTo(curriculum);
        }
    }

    private static boolean looksLikeJson(byte[] input) {
        for (byte b : input) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '{' || b == '[';
            }
        }
        return false;
    }
}
