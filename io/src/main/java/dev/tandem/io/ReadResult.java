package dev.tandem.io;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.CurriculumException;
import dev.tandem.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a curriculum from one document: the curriculum (when there are no errors) and every
 * problem found, each with its JSON Pointer, line and column in the document. {@link CurriculumReader} gives
 * one for a curriculum document; {@code CasePackage.read} gives one for a CASE package, whose curriculum is a
 * skeleton and whose diagnostics point into the package (its warnings say what the import left out).
 *
 * @param curriculum  the curriculum, or null when any diagnostic is an error
 * @param diagnostics every problem (errors and warnings), sorted by line, then column
 */
public record ReadResult(Curriculum curriculum, List<Diagnostic> diagnostics) {

    /** Copies the diagnostics; checks that a curriculum is present exactly when there are no errors. */
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        if (errors == (curriculum != null)) {
            throw new IllegalArgumentException(errors ? "A result with errors has no curriculum"
                    : "A result without errors needs a curriculum");
        }
    }

    /** {@return whether any diagnostic is an error} */
    public boolean hasErrors() {
        return curriculum == null;
    }

    /** {@return the curriculum, or empty when the document has errors} */
    public Optional<Curriculum> toOptional() {
        return Optional.ofNullable(curriculum);
    }

    /** {@return the error diagnostics, in order} */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** {@return the warning diagnostics, in order} */
    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /**
     * {@return the curriculum}
     *
     * @throws CurriculumException carrying every diagnostic when the document has errors
     */
    public Curriculum orElseThrow() {
        if (curriculum == null) {
            throw new CurriculumException(diagnostics);
        }
        return curriculum;
    }

    /** {@return a result holding only the given diagnostics, which include an error} @param diagnostics them */
    static ReadResult failed(List<Diagnostic> diagnostics) {
        Objects.requireNonNull(diagnostics, "diagnostics");
        return new ReadResult(null, diagnostics);
    }
}
