package dev.tandem.io;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.CurriculumException;
import dev.tandem.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one curriculum document: the curriculum (when it has no errors) and every problem
 * found, each with its line and column in the document.
 *
 * @param curriculum  the curriculum, or null when any diagnostic is an error
 * @param diagnostics every problem (errors and warnings), sorted by line, then column
 * @param draft       when the only errors are violated policy requirements ({@code requirement-violated}), the
 *                    curriculum as a draft for review ({@code tandem diff}, FORMAT section 14.2); else null
 */
public record ReadResult(Curriculum curriculum, List<Diagnostic> diagnostics, Curriculum draft) {

    /** Copies the diagnostics; checks that a curriculum is present exactly when there are no errors. */
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        if (errors == (curriculum != null)) {
            throw new IllegalArgumentException(errors ? "A result with errors has no curriculum"
                    : "A result without errors needs a curriculum");
        }
        if (draft != null && curriculum != null) {
            throw new IllegalArgumentException("A result without errors has no separate draft");
        }
    }

    /**
     * A result without a draft.
     *
     * @param curriculum  the curriculum, or null when any diagnostic is an error
     * @param diagnostics every problem, sorted by line, then column
     */
    public ReadResult(Curriculum curriculum, List<Diagnostic> diagnostics) {
        this(curriculum, diagnostics, null);
    }

    /**
     * {@return the curriculum to review: the curriculum when there are no errors, else the draft whose only
     * errors are violated requirements, else empty}
     */
    public Optional<Curriculum> forReview() {
        return Optional.ofNullable(curriculum != null ? curriculum : draft);
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

    /** {@return a result whose only errors are violated requirements, with its draft} */
    static ReadResult draft(List<Diagnostic> diagnostics, Curriculum draft) {
        return new ReadResult(null, diagnostics, Objects.requireNonNull(draft, "draft"));
    }
}
