package dev.tandem.io.casepackage;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.CurriculumException;
import dev.tandem.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What importing a CASE package gave: a curriculum skeleton, or null when the package has errors, and
 * every problem found in the package.
 *
 * <p>The diagnostics' paths are JSON Pointers into the CASE package. Warnings count what the import left
 * out (associations to nodes outside the package, association types Tandem has no counterpart for). The
 * skeleton's own warnings (for example {@code unmeasured-competency}: nothing measures the imported
 * competencies yet) are in {@link Curriculum#warnings()}. Immutable and thread-safe.
 *
 * @param curriculum  the skeleton, or null when {@code diagnostics} holds an error
 * @param diagnostics every problem in the package, errors and warnings, in package order
 */
public record CaseImport(Curriculum curriculum, List<Diagnostic> diagnostics) {

    /**
     * Copies the diagnostics; a curriculum is present exactly when there is no error.
     *
     * @param curriculum  the skeleton, or null when {@code diagnostics} holds an error
     * @param diagnostics every problem in the package, errors and warnings, in package order
     */
    public CaseImport {
        diagnostics = List.copyOf(diagnostics);
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        if (errors == (curriculum != null)) {
            throw new IllegalArgumentException("A CASE import has a curriculum exactly when it has no error");
        }
    }

    /** {@return true when the package has errors (and there is no skeleton)} */
    public boolean hasErrors() {
        return curriculum == null;
    }

    /** {@return the skeleton, or empty when the package has errors} */
    public Optional<Curriculum> skeleton() {
        return Optional.ofNullable(curriculum);
    }

    /** {@return the warnings only} */
    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /**
     * {@return the skeleton}
     *
     * @throws CurriculumException carrying every diagnostic, when the package has errors
     */
    public Curriculum orElseThrow() {
        if (curriculum == null) {
            throw new CurriculumException(diagnostics);
        }
        return curriculum;
    }
}
