package dev.tandem.io.internal;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Requirement;
import dev.tandem.escalation.RequirementId;
import dev.tandem.escalation.TierId;
import java.util.List;
import java.util.Map;

/**
 * Binds the items of a policy's {@code requirements} (FORMAT section 14.1): an id, a {@code when} condition
 * and at least one of {@code at-least} and {@code at-most}. Conditions are bound by the escalation binder that
 * creates it. Not thread-safe: one instance per document.
 */
final class RequirementBinder extends FieldReader {

    static final List<String> REQUIREMENT_KEYS = List.of("id", "when", "at-least", "at-most");

    private final ItemBinder<Condition> conditions;

    /**
     * Creates the binder.
     *
     * @param out        the diagnostics of the document being bound
     * @param paths      the path mapping of the document being bound
     * @param conditions binds a condition
     */
    RequirementBinder(List<Diagnostic> out, PathMapping paths, ItemBinder<Condition> conditions) {
        super(out, paths);
        this.conditions = conditions;
    }

    /** Binds one requirement; returns null when it cannot be built (its problems are reported). */
    Requirement requirement(DocumentNode n, JsonPointer at, JsonPointer built) {
        Map<String, DocumentNode> m = mapping(n, at, REQUIREMENT_KEYS);
        if (m == null || !checkId(m, at, "requirement")) {
            return null;
        }
        String id = str(m.get("id"));
        Condition when = null;
        DocumentNode wn = present(m, "when");
        if (wn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("when"), "requirement '" + id
                    + "' needs a 'when' condition: the observations it is about");
        } else {
            when = conditions.bind(wn, at.append("when"), built.append("when"));
        }
        String atLeast = idText(m, at, "at-least", false, "tier");
        String atMost = idText(m, at, "at-most", false, "tier");
        boolean bounded = present(m, "at-least") != null || present(m, "at-most") != null;
        if (!bounded) {
            error(DiagnosticCode.MISSING_FIELD, at.append("at-least"), "requirement '" + id
                    + "' needs 'at-least' or 'at-most' (or both): the tiers it allows");
        }
        boolean unusable = present(m, "at-least") != null && atLeast == null
                || present(m, "at-most") != null && atMost == null;
        if (when == null || !bounded || unusable) {
            return null;
        }
        return new Requirement(RequirementId.of(id), when, atLeast == null ? null : TierId.of(atLeast),
                atMost == null ? null : TierId.of(atMost));
    }
}
