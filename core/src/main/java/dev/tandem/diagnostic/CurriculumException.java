package dev.tandem.diagnostic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown when a curriculum cannot be built because it has errors; carries every diagnostic found, errors
 * and warnings, so that none is lost.
 *
 * <p>The message names the first ten errors the way the command line does, so that a logged exception leads
 * to the place in the file: {@code SOURCE:LINE:COLUMN: message [code] (at PATH)}, the source when the
 * curriculum was read from a file, the line and column when the problem has them; a problem with neither (a
 * curriculum built in code) is named by its path: {@code PATH: message [code]}.
 */
public final class CurriculumException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The diagnostics; a list copy, so serialization is not supported in practice. */
    private final transient List<Diagnostic> diagnostics;
    /** The source the curriculum was read from, or null. */
    private final String source;

    /**
     * Creates the exception for a curriculum that comes from no file (built in code, read from text).
     *
     * @param diagnostics all diagnostics found; at least one is an error
     */
    public CurriculumException(List<Diagnostic> diagnostics) {
        this(null, diagnostics);
    }

    /**
     * Creates the exception for a curriculum read from a source such as a file.
     *
     * @param source      the source as the caller named it (a file path), or null for none
     * @param diagnostics all diagnostics found; at least one is an error
     */
    public CurriculumException(String source, List<Diagnostic> diagnostics) {
        super(summary(source, diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
        this.source = source;
    }

    /** {@return the source the curriculum was read from (a file path), or empty when it came from none} */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** {@return every diagnostic found, in document order} */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** {@return only the errors} */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).collect(Collectors.toUnmodifiableList());
    }

    private static String summary(String source, List<Diagnostic> diagnostics) {
        Objects.requireNonNull(diagnostics, "diagnostics");
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder sb = new StringBuilder("The curriculum").append(source == null ? "" : " " + source)
                .append(" has ").append(errors).append(errors == 1 ? " error" : " errors");
        diagnostics.stream().filter(Diagnostic::isError).limit(10).forEach(d -> {
            sb.append("\n  ");
            if (source != null) {
                sb.append(source).append(':');
            }
            if (d.hasPosition()) {
                sb.append(d.line()).append(':').append(d.column()).append(':');
            }
            String path = d.path().isRoot() ? "/" : d.path().toString();
            if (source == null && !d.hasPosition()) {
                sb.append(path).append(':');
            }
            sb.append(' ').append(d.message()).append(" [").append(d.code().id()).append(']');
            if (source != null || d.hasPosition()) {
                sb.append(" (at ").append(path).append(')');
            }
        });
        if (errors > 10) {
            sb.append("\n  ...");
        }
        return sb.toString();
    }
}
