package dev.tandem.io.xapi;

import dev.tandem.diagnostic.Diagnostic;
import java.io.Serial;
import java.util.List;

/** Thrown when an xAPI map has problems; it carries every one of them, with line and column for files. */
public final class XapiMapException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The problems; an immutable list (serialisable as {@code List.copyOf} gives). */
    private final transient List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param diagnostics every problem, at least one
     */
    public XapiMapException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    private static String summary(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("An xAPI map exception needs at least one diagnostic");
        }
        return diagnostics.size() == 1 ? "xAPI map: " + diagnostics.get(0)
                : "xAPI map: " + diagnostics.size() + " problems, first: " + diagnostics.get(0);
    }

    /** {@return every problem of the map, in file order} */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
