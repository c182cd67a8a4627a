package dev.tandem.diagnostic;

import java.util.Objects;

/**
 * One problem found in a document or in evidence: what is wrong, where, and how serious it is.
 *
 * <p>Immutable and thread-safe. Documents built in code have no source position: {@code line} and
 * {@code column} are then {@code 0}. Readers of files add the position with {@link #at(int, int)}.
 *
 * @param severity error or warning
 * @param code     the stable code of FORMAT section 8
 * @param path     where in the document, as a JSON Pointer
 * @param line     the 1-based line in the source file, or 0 when unknown
 * @param column   the 1-based column in the source file, or 0 when unknown
 * @param message  a sentence a curriculum author understands
 */
public record Diagnostic(Severity severity, DiagnosticCode code, JsonPointer path, int line, int column,
        String message) {

    /**
     * Checks the components.
     *
     * @param severity error or warning
     * @param code     the stable code of FORMAT section 8
     * @param path     where in the document, as a JSON Pointer
     * @param line     the 1-based line in the source file, or 0 when unknown
     * @param column   the 1-based column in the source file, or 0 when unknown
     * @param message  a sentence a curriculum author understands
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("Invalid position (line and column must be >= 0): " + line + ":" + column);
        }
    }

    /**
     * {@return an error without a source position}
     *
     * @param code    the code
     * @param path    where in the document
     * @param message what is wrong
     */
    public static Diagnostic error(DiagnosticCode code, JsonPointer path, String message) {
        return new Diagnostic(Severity.ERROR, code, path, 0, 0, message);
    }

    /**
     * {@return a warning without a source position}
     *
     * @param code    the code
     * @param path    where in the document
     * @param message what is probably wrong
     */
    public static Diagnostic warning(DiagnosticCode code, JsonPointer path, String message) {
        return new Diagnostic(Severity.WARNING, code, path, 0, 0, message);
    }

    /**
     * {@return a copy of this diagnostic at the given source position}
     *
     * @param line   1-based line
     * @param column 1-based column
     */
    public Diagnostic at(int line, int column) {
        return new Diagnostic(severity, code, path, line, column, message);
    }

    /** {@return true when this is an error} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@return true when the source position is known} */
    public boolean hasPosition() {
        return line > 0;
    }

    /** {@return a one-line form: {@code LINE:COL: severity: message [code] (at PATH)}} */
    @Override
    public String toString() {
        return line + ":" + column + ": " + severity.id() + ": " + message + " [" + code.id() + "] (at "
                + (path.isRoot() ? "/" : path.toString()) + ")";
    }
}
