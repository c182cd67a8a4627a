package dev.tandem.io;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.CurriculumException;
import dev.tandem.diagnostic.Diagnostic;
import java.nio.file.Path;
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
 * @param source      the file the document was read from, as the caller named it, or null when it was read
 *                    from a stream or text
 * @param draft       when the only errors are violated policy requirements ({@code requirement-violated}), the
 *                    curriculum as a draft for review ({@code tandem diff}, FORMAT section 14.2); else null
 */
public record ReadResult(Curriculum curriculum, List<Diagnostic> diagnostics, String source, Curriculum draft) {

    /**
     * Copies the diagnostics; checks that a curriculum is present exactly when there are no errors.
     *
     * @param curriculum  the curriculum, or null when any diagnostic is an error
     * @param diagnostics every problem (errors and warnings), sorted by line, then column
     * @param source      the file the document was read from, or null
     * @param draft       the draft for review when the only errors are violated requirements, else null
     */
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
     * Creates a result of a document read from a stream or text (no source).
     *
     * @param curriculum  the curriculum, or null when any diagnostic is an error
     * @param diagnostics every problem (errors and warnings), sorted by line, then column
     */
    public ReadResult(Curriculum curriculum, List<Diagnostic> diagnostics) {
        this(curriculum, diagnostics, null, null);
    }

    /**
     * {@return the curriculum to review: the curriculum when there are no errors, else the draft whose only
     * errors are violated requirements, else empty}
     */
    public Optional<Curriculum> forReview() {
        return Optional.ofNullable(curriculum != null ? curriculum : draft);
    }

    /**
     * {@return this result, naming the file it was read from}
     *
     * @param file the file
     */
    ReadResult from(Path file) {
        return new ReadResult(curriculum, diagnostics, file.toString(), draft);
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
     * @throws CurriculumException carrying every diagnostic when the document has errors; its message names
     *                             the file, line and column of each error
     */
    public Curriculum orElseThrow() {
        if (curriculum == null) {
            throw new CurriculumException(source, diagnostics);
        }
        return curriculum;
    }

    /**
     * {@return a result holding only the given diagnostics, which include an error}
     *
     * @param diagnostics them
     */
    static ReadResult failed(List<Diagnostic> diagnostics) {
        Objects.requireNonNull(diagnostics, "diagnostics");
        return new ReadResult(null, diagnostics);
    }

    /** {@return a result whose only errors are violated requirements, with its draft} */
    static ReadResult draft(List<Diagnostic> diagnostics, Curriculum draft) {
        return new ReadResult(null, diagnostics, null, Objects.requireNonNull(draft, "draft"));
    }
}
