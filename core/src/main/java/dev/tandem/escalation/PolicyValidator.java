package dev.tandem.escalation;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Findings;
import dev.tandem.internal.Texts;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks an escalation policy on its own (FORMAT section 7): tiers, the default tier, signal ranges, rule
 * tiers, actions and conditions (known signals, flags tested as flags, thresholds inside their ranges), then,
 * when nothing but thresholds is wrong, the analysis of {@link PolicyAnalyzer} (unreachable rules,
 * non-monotonic decisions).
 *
 * <p>A curriculum's validation runs these checks on its policy; a policy built in code can be checked the
 * same way before it is used. Stateless and thread-safe.
 */
public final class PolicyValidator {

    private final Policy p;
    private final JsonPointer at;
    private final Findings f = new Findings();

    private PolicyValidator(Policy policy, JsonPointer at) {
        this.p = policy;
        this.at = at;
    }

    /**
     * Checks a policy.
     *
     * @param policy the policy, possibly invalid
     * @param at     where the policy stands in its document (for example {@code /escalation}); paths of the
     *               diagnostics start there
     * @return every problem found, errors and warnings, in the order of the policy's parts
     */
    public static List<Diagnostic> validate(Policy policy, JsonPointer at) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(at, "at");
        PolicyValidator v = new PolicyValidator(policy, at);
        v.run();
        return v.f.all();
    }

    private void run() {
        if (p.tiers().isEmpty()) {
            f.missing(at.append("tiers"), "the escalation policy needs at least one tier");
        }
        f.duplicates(p.tiers(), Tier::id, at.append("tiers"), "tier");
        for (int i = 0; i < p.tiers().size(); i++) {
            f.notBlank(at.append("tiers").append(i).append("title"), p.tiers().get(i).title(),
                    "the title of tier '" + p.tiers().get(i).id() + "'");
        }
        if (p.rank(p.defaultTier()) < 0) {
            f.error(UNKNOWN_REFERENCE, at.append("default"), "the default tier '" + p.defaultTier()
                    + "' is not a tier (tiers: " + tierIds() + ")" + tierSuggestion(p.defaultTier()));
        }
        f.duplicates(p.signals(), Signal::id, at.append("signals"), "signal");
        for (int i = 0; i < p.signals().size(); i++) {
            if (p.signals().get(i) instanceof Signal.Scale s) {
                scaleRange(s, at.append("signals").append(i));
            }
        }
        f.duplicates(p.rules(), Rule::id, at.append("rules"), "rule");
        int thresholdErrors = 0;
        for (int i = 0; i < p.rules().size(); i++) {
            Rule r = p.rules().get(i);
            JsonPointer rat = at.append("rules").append(i);
            if (p.rank(r.tier()) < 0) {
                f.error(UNKNOWN_REFERENCE, rat.append("tier"), "rule '" + r.id() + "' decides tier '" + r.tier()
                        + "', which is not a tier (tiers: " + tierIds() + ")" + tierSuggestion(r.tier()));
            }
            for (int j = 0; j < r.actions().size(); j++) {
                f.notBlank(rat.append("actions").append(j), r.actions().get(j),
                        "action " + (j + 1) + " of rule '" + r.id() + "'");
            }
            thresholdErrors += condition(r.when(), rat.append("when"));
        }
        // thresholds outside a signal's range are errors, yet the analysis can still run (and, for example,
        // report the rule they make unreachable); any other error in the policy stops it
        boolean checkable = f.errorsSince(0) == thresholdErrors;
        if (checkable) {
            f.addAll(PolicyAnalyzer.analyze(p, at));
        }
        requirements(checkable);
    }

    /** FORMAT section 14.1: the requirements' references, then, on a sound policy, whether it keeps them. */
    private void requirements(boolean checkable) {
        f.duplicates(p.requirements(), Requirement::id, at.append("requirements"), "requirement");
        List<Requirement> sound = new java.util.ArrayList<>();
        List<JsonPointer> paths = new java.util.ArrayList<>();
        for (int i = 0; i < p.requirements().size(); i++) {
            Requirement r = p.requirements().get(i);
            JsonPointer rat = at.append("requirements").append(i);
            int before = f.size();
            if (r.atLeast() == null && r.atMost() == null) {
                f.missing(rat.append("at-least"), "requirement '" + r.id()
                        + "' needs 'at-least' or 'at-most' (or both): the tiers it allows");
            }
            boundTier(r, r.atLeast(), rat.append("at-least"));
            boundTier(r, r.atMost(), rat.append("at-most"));
            if (r.atLeast() != null && r.atMost() != null && p.rank(r.atMost()) >= 0
                    && p.rank(r.atLeast()) > p.rank(r.atMost())) {
                f.error(INVALID_VALUE, rat.append("at-most"), "requirement '" + r.id() + "' asks for at least '"
                        + r.atLeast() + "' but at most '" + r.atMost() + "', a lower tier: no tier can satisfy both");
            }
            int thresholds = condition(r.when(), rat.append("when"));
            if (f.errorsSince(before) == thresholds) {
                sound.add(r);
                paths.add(rat);
            }
        }
        if (!checkable || sound.isEmpty()) {
            return;
        }
        List<RequirementCheck.Outcome> outcomes = RequirementCheck.check(p.withRequirements(sound));
        for (int i = 0; i < outcomes.size(); i++) {
            Diagnostic d = RequirementCheck.diagnostic(outcomes.get(i), paths.get(i));
            if (d != null) {
                f.addAll(List.of(d));
            }
        }
    }

    private void boundTier(Requirement r, TierId bound, JsonPointer where) {
        if (bound != null && p.rank(bound) < 0) {
            f.error(UNKNOWN_REFERENCE, where, "requirement '" + r.id() + "' names tier '" + bound
                    + "', which is not a tier (tiers: " + tierIds() + ")" + tierSuggestion(bound));
        }
    }

    private void scaleRange(Signal.Scale s, JsonPointer sat) {
        if (Double.isInfinite(s.min())) {
            f.error(INVALID_VALUE, sat.append("min"), "scale signal '" + s.id() + "' needs a finite min");
        } else if (Double.isInfinite(s.max())) {
            f.error(INVALID_VALUE, sat.append("max"), "scale signal '" + s.id() + "' needs a finite max");
        } else if (!(s.min() < s.max())) {
            f.error(INVALID_VALUE, sat.append("max"), "scale signal '" + s.id() + "' has min "
                    + Texts.number(s.min()) + " and max " + Texts.number(s.max()) + "; max must be above min");
        }
    }

    /** Checks a condition tree; returns how many threshold-range errors it reported. */
    private int condition(Condition cond, JsonPointer where) {
        return cond.accept(new Condition.Visitor<Integer>() {
            @Override
            public Integer flag(Condition.Flag c) {
                Signal s = p.signal(c.signal()).orElse(null);
                if (s == null) {
                    unknownSignal(c.signal(), where);
                } else if (s instanceof Signal.Scale) {
                    f.error(INVALID_VALUE, where, "'" + c.signal() + "' is a scale signal; test it with at-least or"
                            + " at-most, not as a flag");
                }
                return 0;
            }

            @Override
            public Integer atLeast(Condition.AtLeast c) {
                return comparison(c.signal(), c.threshold(), where.append("at-least").append(c.signal().value()));
            }

            @Override
            public Integer atMost(Condition.AtMost c) {
                return comparison(c.signal(), c.threshold(), where.append("at-most").append(c.signal().value()));
            }

            @Override
            public Integer not(Condition.Not c) {
                return condition(c.condition(), where.append("not"));
            }

            @Override
            public Integer all(Condition.All c) {
                return list(c.conditions(), where.append("all"), "all");
            }

            @Override
            public Integer any(Condition.Any c) {
                return list(c.conditions(), where.append("any"), "any");
            }

            @Override
            public Integer count(Condition.Count c) {
                JsonPointer cat = where.append("count");
                if (c.min() < 0) {
                    f.error(INVALID_VALUE, cat.append("min"), "count min " + c.min() + " must be 0 or more");
                }
                return list(c.conditions(), cat.append("of"), "count");
            }
        });
    }

    private int list(List<Condition> conditions, JsonPointer where, String name) {
        if (conditions.isEmpty()) {
            f.error(INVALID_VALUE, where, "'" + name + "' needs at least one condition; it lists none");
        }
        int thresholds = 0;
        for (int i = 0; i < conditions.size(); i++) {
            thresholds += condition(conditions.get(i), where.append(i));
        }
        return thresholds;
    }

    private int comparison(SignalId signal, double threshold, JsonPointer where) {
        Signal s = p.signal(signal).orElse(null);
        if (s == null) {
            unknownSignal(signal, where);
        } else if (s instanceof Signal.Flag) {
            f.error(INVALID_VALUE, where, "'" + signal + "' is a flag; at-least and at-most compare scale signals"
                    + " only");
        } else if (s instanceof Signal.Scale sc && (threshold < sc.min() || threshold > sc.max())) {
            f.error(INVALID_VALUE, where, "threshold " + Texts.number(threshold) + " is outside the range of '"
                    + signal + "' (" + Texts.number(sc.min()) + " to " + Texts.number(sc.max()) + ")");
            return 1;
        }
        return 0;
    }

    private void unknownSignal(SignalId signal, JsonPointer where) {
        List<String> ids = p.signals().stream().map(s -> s.id().value()).toList();
        String close = f.suggestion(signal.value(), ids);
        String hint = ids.isEmpty() ? " (the policy defines no signals)"
                : close.isEmpty() ? " (signals: " + String.join(", ", ids) + ")" : close;
        f.error(UNKNOWN_REFERENCE, where, "'" + signal + "' is not a signal of the escalation policy" + hint);
    }

    private String tierIds() {
        return p.tiers().stream().map(t -> t.id().value()).collect(Collectors.joining(", "));
    }

    private String tierSuggestion(TierId id) {
        return f.suggestion(id.value(), p.tiers().stream().map(t -> t.id().value()).toList());
    }
}
