package dev.tandem.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.Severity;
import java.util.List;

/** Assertions on diagnostics that print every diagnostic found when they fail. */
public final class DiagnosticAssertions {

    private DiagnosticAssertions() {
    }

    /**
     * Asserts that the list holds exactly one diagnostic, and that it has the given parts.
     *
     * @param diagnostics  what the validator found
     * @param severity     the expected severity
     * @param code         the expected code
     * @param path         the expected JSON Pointer text
     * @param messageParts texts the message must contain
     * @return the diagnostic, for further checks
     */
    public static Diagnostic assertOnly(List<Diagnostic> diagnostics, Severity severity, DiagnosticCode code,
            String path, String... messageParts) {
        assertThat(diagnostics).as("diagnostics").hasSize(1);
        return assertDiagnostic(diagnostics.get(0), severity, code, path, messageParts);
    }

    /**
     * Asserts that the list holds exactly one diagnostic with the code, and that it has the given parts;
     * other codes may be present.
     *
     * @param diagnostics  what the validator found
     * @param severity     the expected severity
     * @param code         the expected code
     * @param path         the expected JSON Pointer text
     * @param messageParts texts the message must contain
     * @return the diagnostic, for further checks
     */
    public static Diagnostic assertSingle(List<Diagnostic> diagnostics, Severity severity, DiagnosticCode code,
            String path, String... messageParts) {
        List<Diagnostic> withCode = diagnostics.stream().filter(d -> d.code() == code).toList();
        assertThat(withCode).as("diagnostics with code %s among %s", code, diagnostics).hasSize(1);
        return assertDiagnostic(withCode.get(0), severity, code, path, messageParts);
    }

    private static Diagnostic assertDiagnostic(Diagnostic d, Severity severity, DiagnosticCode code, String path,
            String... messageParts) {
        assertThat(d.code()).as("code of %s", d).isEqualTo(code);
        assertThat(d.severity()).as("severity of %s", d).isEqualTo(severity);
        assertThat(d.path()).as("path of %s", d).hasToString(path);
        assertThat(d.message()).as("message of %s", d).contains(messageParts);
        assertThat(d.line()).as("line of a diagnostic built in code").isZero();
        return d;
    }
}
