package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import java.util.List;

/** Test helpers: read a document and find its diagnostics. */
final class Read {

    static final CurriculumReader READER = CurriculumReader.create();

    private Read() {
    }

    static ReadResult yaml(String text) {
        return READER.read(text, DocumentFormat.YAML);
    }

    static ReadResult json(String text) {
        return READER.read(text, DocumentFormat.JSON);
    }

    /** {@return the diagnostics with this code} */
    static List<Diagnostic> withCode(ReadResult result, DiagnosticCode code) {
        return result.diagnostics().stream().filter(d -> d.code() == code).toList();
    }

    /** Asserts that the result has exactly one diagnostic with this code, at this path and position. */
    static Diagnostic single(ReadResult result, DiagnosticCode code, String path, int line, int column) {
        List<Diagnostic> found = withCode(result, code);
        assertThat(found).as("diagnostics with code %s in %s", code, result.diagnostics()).hasSize(1);
        Diagnostic d = found.get(0);
        assertThat(d.path().toString()).isEqualTo(path);
        assertThat(d.line()).as("line of %s", d).isEqualTo(line);
        assertThat(d.column()).as("column of %s", d).isEqualTo(column);
        return d;
    }
}
