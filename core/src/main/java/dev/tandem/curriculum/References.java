package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;

import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Scale;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.SignalId;
import dev.tandem.internal.Findings;
import dev.tandem.training.ModuleId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looking up what a document refers to, for the checks of every section: the "did you mean?" of an unknown
 * competency, module or signal, and whether a level is on a competency's scale. Package-private; one per
 * validation.
 */
final class References {

    private final Curriculum c;
    private final Findings f;
    /** The module and competency ids in document order, the candidates of suggestions, built once. */
    private List<String> moduleIds;
    private List<String> competencyIds;

    References(Curriculum curriculum, Findings findings) {
        this.c = curriculum;
        this.f = findings;
    }

    List<Competency> children(CompetencyId id) {
        return c.children(id);
    }

    /** Checks that a competency exists and that the level is on its scale; true when both hold. */
    boolean levelOf(JsonPointer at, CompetencyId competency, String level) {
        Competency comp = c.competency(competency).orElse(null);
        if (comp == null) {
            f.error(UNKNOWN_REFERENCE, at.append("competency"), "'" + competency + "' is not a competency"
                    + competencySuggestion(competency));
            return false;
        }
        Scale s = c.resolveScale(comp);
        if (s == null) {
            return false;
        }
        if (!s.hasLevel(level)) {
            f.error(INVALID_VALUE, at.append("level"), "'" + level + "' is not a level of scale '" + s.id()
                    + "' used by '" + competency + "' (levels: " + String.join(", ", s.levels()) + ")");
            return false;
        }
        return true;
    }

    <T, K> Map<K, Integer> indexOf(List<T> items, Function<T, K> id) {
        Map<K, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.putIfAbsent(id.apply(items.get(i)), i);
        }
        return index;
    }

    String scaleIds() {
        return c.scales().stream().map(s -> s.id().value()).collect(Collectors.joining(", "));
    }

    String moduleSuggestion(ModuleId id) {
        if (moduleIds == null) {
            moduleIds = c.modules().stream().map(x -> x.id().value()).toList();
        }
        return f.suggestion(id.value(), moduleIds);
    }

    String competencySuggestion(CompetencyId id) {
        if (competencyIds == null) {
            competencyIds = c.competencies().stream().map(x -> x.id().value()).toList();
        }
        return f.suggestion(id.value(), competencyIds);
    }

    /** {@return a close signal's name as "did you mean?", else the list of the policy's signals} */
    String signalSuggestion(Policy p, SignalId signal) {
        List<String> ids = p.signals().stream().map(s -> s.id().value()).toList();
        String close = f.suggestion(signal.value(), ids);
        if (ids.isEmpty()) {
            return " (the policy defines no signals)";
        }
        return close.isEmpty() ? " (signals: " + String.join(", ", ids) + ")" : close;
    }
}
