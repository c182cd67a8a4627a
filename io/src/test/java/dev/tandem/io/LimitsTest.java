package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The reader's limits: each one gives a limit-exceeded diagnostic, quickly. */
@Timeout(10)
class LimitsTest {

    private static Diagnostic limit(ReadResult result) {
        assertThat(result.curriculum()).isNull();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED));
        return result.diagnostics().get(0);
    }

    @Test
    void theDefaultsAreThoseOfTheFormat() {
        ReadOptions d = ReadOptions.defaults();
        assertThat(d.maxDocumentBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(d.maxDepth()).isEqualTo(64);
        assertThat(d.maxAliases()).isEqualTo(50);
        assertThat(d.maxStringLength()).isEqualTo(1024 * 1024);
    }

    @Test
    void aTextLargerThanTheDocumentLimitIsNotParsed() {
        CurriculumReader reader = CurriculumReader.create(ReadOptions.defaults().withMaxDocumentBytes(100));
        Diagnostic d = limit(reader.read(Documents.MINIMAL, DocumentFormat.YAML));
        assertThat(d.message()).contains("larger than 100 bytes");
        assertThat(d.line()).isEqualTo(1);
    }

    @Test
    void aFileLargerThanTheDocumentLimitIsRejectedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, Documents.MINIMAL);
        CurriculumReader reader = CurriculumReader.create(ReadOptions.defaults().withMaxDocumentBytes(100));
        limit(reader.read(file));
    }

    @Test
    void anEndlessStreamIsReadOnlyUpToTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        CurriculumReader reader = CurriculumReader.create(ReadOptions.defaults().withMaxDocumentBytes(1 << 20));
        limit(reader.read(endless, DocumentFormat.JSON));
    }

    @Test
    void aDocumentWithinTheLimitIsRead() {
        byte[] bytes = Documents.MINIMAL.getBytes(StandardCharsets.UTF_8);
        CurriculumReader reader = CurriculumReader.create(ReadOptions.defaults().withMaxDocumentBytes(bytes.length));
        assertThat(reader.read(new ByteArrayInputStream(bytes), DocumentFormat.YAML).hasErrors()).isFalse();
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsRejected() {
        String deep = "{\"tandem\": 1, \"x\": " + "[".repeat(100) + "]".repeat(100) + "}";
        Diagnostic d = limit(Read.json(deep));
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.message()).contains("64");
    }

    @Test
    void yamlNestedDeeperThanTheLimitIsRejected() {
        String deep = "tandem: 1\nx: " + "[".repeat(100) + "]".repeat(100) + "\n";
        Diagnostic d = limit(Read.yaml(deep));
        assertThat(d.line()).isEqualTo(2);
    }

    @Test
    void theDepthLimitCanBeRaised() {
        String deep = "{\"tandem\": 1, \"x\": " + "[".repeat(100) + "]".repeat(100) + "}";
        ReadResult result = CurriculumReader.create(ReadOptions.defaults().withMaxDepth(200))
                .read(deep, DocumentFormat.JSON);
        assertThat(result.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.LIMIT_EXCEEDED);
    }

    @Test
    void aYamlAliasBombIsRejectedWithoutExpansion() {
        StringBuilder sb = new StringBuilder("tandem: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            sb.append('a').append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            sb.append("]\n");
        }
        Diagnostic d = limit(Read.yaml(sb.toString()));
        assertThat(d.message()).contains("50 YAML aliases");
    }

    @Test
    void aliasesThatWouldExpandTooMuchAreRejectedEvenBelowTheAliasCount() {
        StringBuilder sb = new StringBuilder("tandem: 1\na0: &a0 [" + "x, ".repeat(999) + "x]\n");
        for (int i = 1; i < 8; i++) {
            sb.append('a').append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 6; j++) {
                sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            sb.append("]\n");
        }
        Diagnostic d = limit(CurriculumReader.create(ReadOptions.defaults().withMaxAliases(1000))
                .read(sb.toString(), DocumentFormat.YAML));
        assertThat(d.message()).contains("expand");
    }

    @Test
    void aFewAliasesAreResolved() {
        String doc = Documents.MINIMAL.replace("levels: [aware, proficient]", "levels: &levels [aware, proficient]")
                + "domains:\n  - id: d1\n    title: *levels\n";
        ReadResult result = Read.yaml(doc);
        assertThat(result.diagnostics()).extracting(d -> d.path().toString())
                .containsExactly("/domains/0/title");
    }

    @Test
    void aJsonStringLongerThanTheLimitIsRejected() {
        CurriculumReader reader = CurriculumReader.create(ReadOptions.defaults().withMaxStringLength(1000));
        Diagnostic d = limit(reader.read("{\"tandem\": 1,\n\"title\": \"" + "x".repeat(5000) + "\"}",
                DocumentFormat.JSON));
        assertThat(d.line()).isEqualTo(2);
    }

    @Test
    void aYamlStringLongerThanTheLimitIsRejected() {
        CurriculumReader reader = CurriculumReader.create(ReadOptions.defaults().withMaxStringLength(1000));
        Diagnostic d = limit(reader.read("tandem: 1\ntitle: " + "x".repeat(5000) + "\n", DocumentFormat.YAML));
        assertThat(d.path().toString()).isEqualTo("/title");
        assertThat(d.line()).isEqualTo(2);
    }

    @Test
    void aLongKeyIsRejectedToo() {
        CurriculumReader reader = CurriculumReader.create(ReadOptions.defaults().withMaxStringLength(1000));
        Diagnostic d = limit(reader.read("{\"tandem\": 1,\n  \"" + "k".repeat(5000) + "\": 1}", DocumentFormat.JSON));
        assertThat(d.line()).isEqualTo(2);
    }

    @Test
    void invalidLimitsAreRejectedAtOnce() {
        assertThatThrownBy(() -> ReadOptions.defaults().withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
