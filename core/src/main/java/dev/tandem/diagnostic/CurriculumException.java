package dev.tandem.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a curriculum cannot be built because it has errors; carries every diagnostic found, errors
 * and warnings, so that none is lost.
 */
public final class CurriculumException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The diagnostics; a list copy, so serialization is not supported in practice. */
    private final transient List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param diagnostics all diagnostics found; at least one is an error
     */
    public CurriculumException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** {@return every diagnostic found, in document order} */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** {@return only the errors} */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).collect(Collectors.toUnmodifiableList());
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder sb = new StringBuilder("The curriculum has ").append(errors)
                .append(errors == 1 ? " error" : " errors");
        diagnostics.stream().filter(Diagnostic::isError).limit(10)
                .forEach(d -> sb.append("\n  ").append(d.path().isRoot() ? "/" : d.path()).append(": ")
                        .append(d.message()).append(" [").append(d.code().id()).append(']'));
        if (errors > 10) {
            sb.append("\n  ...");
        }
        return sb.toString();
    }
}
