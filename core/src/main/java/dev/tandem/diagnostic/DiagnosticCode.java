package dev.tandem.diagnostic;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stable codes of the format's diagnostics (FORMAT section 8). Integrations may match on
 * {@link #id()}; the ids never change meaning.
 */
public enum DiagnosticCode {
    /** The file is not well-formed YAML or JSON. */
    SYNTAX("syntax"),
    /** The {@code tandem} field is not the supported format version {@code 1}. */
    UNSUPPORTED_VERSION("unsupported-version"),
    /** A required field is absent. */
    MISSING_FIELD("missing-field"),
    /** A field that the format does not define. */
    UNKNOWN_FIELD("unknown-field"),
    /** A value of the wrong type, out of range, or not one of the allowed values. */
    INVALID_VALUE("invalid-value"),
    /** An id that repeats within its kind. */
    DUPLICATE_ID("duplicate-id"),
    /** A reference to an id that does not exist. */
    UNKNOWN_REFERENCE("unknown-reference"),
    /** Modules whose prerequisites form a cycle. */
    PREREQUISITE_CYCLE("prerequisite-cycle"),
    /** Competencies whose parents form a cycle. */
    PARENT_CYCLE("parent-cycle"),
    /** Two things that must share a scale do not. */
    SCALE_MISMATCH("scale-mismatch"),
    /** The certification asks for a level that no assessment or roll-up can award. */
    UNATTAINABLE_REQUIREMENT("unattainable-requirement"),
    /** A competency that no assessment measures (warning). */
    UNMEASURED_COMPETENCY("unmeasured-competency"),
    /** An escalation rule whose condition can never hold (warning). */
    UNREACHABLE_RULE("unreachable-rule"),
    /** Raising a signal can lower the decided escalation tier (warning). */
    NON_MONOTONIC_POLICY("non-monotonic-policy"),
    /** A policy requirement that some observation breaks (FORMAT section 14.1). */
    REQUIREMENT_VIOLATED("requirement-violated"),
    /** A policy requirement whose condition no observation satisfies (warning). */
    VACUOUS_REQUIREMENT("vacuous-requirement"),
    /** The document is too large, too deep or has too many aliases or too long a string. */
    LIMIT_EXCEEDED("limit-exceeded");

    private final String id;

    DiagnosticCode(String id) {
        this.id = id;
    }

    /** {@return the stable kebab-case code, for example {@code unknown-reference}} */
    public String id() {
        return id;
    }

    /**
     * Finds the code with the given stable id.
     *
     * @param id a kebab-case code such as {@code duplicate-id}
     * @return the code, or empty when no code has that id
     */
    public static Optional<DiagnosticCode> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
