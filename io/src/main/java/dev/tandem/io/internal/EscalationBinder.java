package dev.tandem.io.internal;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.Requirement;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.RuleId;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.Tier;
import dev.tandem.escalation.TierId;
import dev.tandem.internal.Ids;
import dev.tandem.internal.Suggestions;
import java.util.List;
import java.util.Map;

/**
 * Binds a document's {@code escalation} section (FORMAT section 7) to a {@link Policy}: tiers, the default
 * tier, signals, rules and their conditions. Shares the diagnostics and path mapping of the {@link Binder}
 * that created it. Not thread-safe: one instance per document.
 */
final class EscalationBinder extends FieldReader {

    static final List<String> ESCALATION_KEYS = List.of("tiers", "default", "signals", "rules", "requirements");
    static final List<String> TIER_KEYS = List.of("id", "title");
    static final List<String> SIGNAL_KEYS = List.of("id", "type", "min", "max");
    static final List<String> RULE_KEYS = List.of("id", "when", "tier", "actions");
    static final List<String> CONDITION_KEYS = List.of("all", "any", "not", "at-least", "at-most", "count");
    static final List<String> COUNT_KEYS = List.of("min", "of");

    /**
     * Creates the binder of a document's escalation section.
     *
     * @param out   the diagnostics of the document being bound
     * @param paths the path mapping of the document being bound
     */
    EscalationBinder(List<Diagnostic> out, PathMapping paths) {
        super(out, paths);
    }

    /**
     * Binds the escalation section.
     *
     * @param n  the section's node
     * @param at the section's path
     * @return the policy holding what could be bound (placeholders where the section is unusable)
     */
    Policy bind(DocumentNode n, JsonPointer at) {
        Map<String, DocumentNode> m = mapping(n, at, ESCALATION_KEYS);
        if (m == null) {
            paths.suppress(at);
            return new Policy(List.of(), TierId.of("none"), List.of(), List.of());
        }
        List<Tier> tiers = items(m, at, "tiers", true, (item, iat, ib) -> {
            Map<String, DocumentNode> t = mapping(item, iat, TIER_KEYS);
            if (t == null || !checkItem(t, iat, "tier", true)) {
                return null;
            }
            return new Tier(TierId.of(str(t.get("id"))), orEmpty(text(t, iat, "title", true)));
        });
        String def = idText(m, at, "default", false, "tier");
        if (def == null && tiers.isEmpty()) {
            def = "none";
            paths.suppress(at.append("default"));
        }
        List<Signal> signals = items(m, at, "signals", true, this::signal);
        List<Rule> rules = items(m, at, "rules", true, this::rule);
        List<Requirement> requirements = items(m, at, "requirements", false,
                new RequirementBinder(out, paths, this::condition)::requirement);
        return new Policy(tiers, def == null ? null : TierId.of(def), signals, rules, requirements);
    }

    private Signal signal(DocumentNode n, JsonPointer at, JsonPointer built) {
        Map<String, DocumentNode> m = mapping(n, at, SIGNAL_KEYS);
        if (m == null || !checkId(m, at, "signal")) {
            return null;
        }
        String type = enumValue(m, at, "type", true, id -> id.equals("flag") || id.equals("scale") ? id : null,
                "flag, scale");
        String id = str(m.get("id"));
        if ("scale".equals(type)) {
            Double min = number(m, at, "min", true);
            Double max = number(m, at, "max", true);
            if (min == null || max == null) {
                return null;
            }
            return Signal.scale(id, min, max);
        }
        for (String key : List.of("min", "max")) {
            if ("flag".equals(type) && present(m, key) != null) {
                error(DiagnosticCode.INVALID_VALUE, at.append(key), "signal '" + id + "' is a flag, which takes no '"
                        + key + "'");
            }
        }
        return type == null ? null : Signal.flag(id);
    }

    private Rule rule(DocumentNode n, JsonPointer at, JsonPointer built) {
        Map<String, DocumentNode> m = mapping(n, at, RULE_KEYS);
        if (m == null || !checkId(m, at, "rule")) {
            return null;
        }
        Condition when = null;
        DocumentNode wn = present(m, "when");
        if (wn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("when"), "rule '" + str(m.get("id"))
                    + "' needs a 'when' condition");
        } else {
            when = condition(wn, at.append("when"), built.append("when"));
        }
        String tier = idText(m, at, "tier", true, "tier");
        List<String> actions = List.of();
        DocumentNode an = present(m, "actions");
        if (an == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("actions"), "rule '" + str(m.get("id"))
                    + "' needs its 'actions' (an empty list when there are none)");
        } else {
            actions = list(an, at.append("actions"), built.append("actions"), (item, iat, ib) -> stringItem(item, iat));
        }
        if (when == null || tier == null) {
            return null;
        }
        return new Rule(RuleId.of(str(m.get("id"))), when, TierId.of(tier), actions);
    }

    private Condition condition(DocumentNode n, JsonPointer at, JsonPointer built) {
        if (n instanceof DocumentNode.ScalarNode s && s.kind() == DocumentNode.Kind.STRING) {
            if (!Ids.isValid(s.text())) {
                error(DiagnosticCode.INVALID_VALUE, at, "flag '" + s.text() + "' " + Fields.ID_MESSAGE);
                return null;
            }
            return Condition.flag(s.text());
        }
        if (!(n instanceof DocumentNode.MapNode mn)) {
            wrongType(n, at, "a flag id or a mapping with one of " + String.join(", ", CONDITION_KEYS));
            return null;
        }
        if (mn.entries().size() != 1 || !CONDITION_KEYS.contains(mn.entries().keySet().iterator().next())) {
            String keys = String.join(", ", mn.entries().keySet());
            String hint = "";
            if (mn.entries().size() == 1) {
                hint = Suggestions.closest(keys, CONDITION_KEYS).map(s -> "; did you mean '" + s + "'?").orElse("");
            }
            error(DiagnosticCode.INVALID_VALUE, at, "a condition is a flag id or a mapping with exactly one of "
                    + String.join(", ", CONDITION_KEYS) + (mn.entries().isEmpty() ? "; this one is empty"
                    : "; this one has " + keys) + hint);
            return null;
        }
        Map.Entry<String, DocumentNode> e = mn.entries().entrySet().iterator().next();
        String key = e.getKey();
        JsonPointer kat = at.append(key);
        JsonPointer kbuilt = built.append(key);
        DocumentNode v = e.getValue();
        switch (key) {
            case "all", "any" -> {
                if (!(v instanceof DocumentNode.ListNode)) {
                    wrongType(v, kat, "a list of conditions");
                    return null;
                }
                List<Condition> cs = list(v, kat, kbuilt, this::condition);
                return key.equals("all") ? new Condition.All(cs) : new Condition.Any(cs);
            }
            case "not" -> {
                Condition c = condition(v, kat, kbuilt);
                return c == null ? null : new Condition.Not(c);
            }
            case "at-least", "at-most" -> {
                if (!(v instanceof DocumentNode.MapNode vm) || vm.entries().size() != 1) {
                    error(DiagnosticCode.INVALID_VALUE, kat, "'" + key + "' takes a mapping of one scale signal to"
                            + " a number, for example {" + key + ": {distress: 7}}");
                    return null;
                }
                String signal = vm.entries().keySet().iterator().next();
                if (!Ids.isValid(signal)) {
                    error(DiagnosticCode.INVALID_VALUE, kat.append(signal), "signal '" + signal + "' "
                            + Fields.ID_MESSAGE);
                    return null;
                }
                Double threshold = numberValue(vm.entries().get(signal), kat.append(signal));
                if (threshold == null) {
                    return null;
                }
                return key.equals("at-least") ? Condition.atLeast(signal, threshold)
                        : Condition.atMost(signal, threshold);
            }
            default -> {
                Map<String, DocumentNode> cm = mapping(v, kat, COUNT_KEYS);
                if (cm == null) {
                    return null;
                }
                Integer min = integer(cm, kat, "min", true);
                validate(new Fields.CountNumbers(min), kat);
                DocumentNode of = present(cm, "of");
                List<Condition> cs = null;
                if (of == null) {
                    error(DiagnosticCode.MISSING_FIELD, kat.append("of"), "'count' needs 'of': the list of "
                            + "conditions to count");
                } else if (!(of instanceof DocumentNode.ListNode)) {
                    wrongType(of, kat.append("of"), "a list of conditions");
                } else {
                    cs = list(of, kat.append("of"), kbuilt.append("of"), this::condition);
                }
                return min == null || cs == null ? null : new Condition.Count(min, cs);
            }
        }
    }
}
