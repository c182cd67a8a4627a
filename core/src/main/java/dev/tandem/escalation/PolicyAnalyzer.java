package dev.tandem.escalation;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Static analysis of an escalation policy whose references are sound: rules that can never fire
 * ({@code unreachable-rule}) and observations where raising a signal lowers the tier
 * ({@code non-monotonic-policy}).
 *
 * <p>The analysis is exact, not sampled. Scale signals only matter at the thresholds the conditions mention,
 * so the policy reduces to a finite lattice (see {@code docs/escalation.md}); a policy is monotone exactly when
 * no covering pair (one signal raised one step) lowers the tier. The search only looks where a drop can come
 * from: a rule of tier t that fires on x and stops firing when a signal its condition uses negatively (under
 * {@code not}, or in {@code at-most}) rises, while no rule of tier t or above fires on the raised observation;
 * or, when the default tier is not the lowest, a raise that makes only lower rules fire. Each such question
 * is answered by a backtracking search with three-valued pruning. The search has a step budget; when it runs
 * out the analysis says so with a warning instead of passing silently.
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyAnalyzer {

    /** The default step budget: enough for any hand-written policy; see {@code docs/escalation.md}. */
    public static final long DEFAULT_BUDGET = 2_000_000;

    private PolicyAnalyzer() {
    }

    /**
     * Analyses a policy with the default budget and returns the warnings.
     *
     * @param policy a policy without reference errors (thresholds outside a scale's range are allowed)
     * @param at     where the policy stands in its document (for example {@code /escalation})
     * @return warnings ({@code unreachable-rule}, {@code non-monotonic-policy}), in rule order
     * @throws IllegalArgumentException when the policy refers to unknown signals or tiers
     */
    public static List<Diagnostic> analyze(Policy policy, JsonPointer at) {
        return analysis(policy, at, DEFAULT_BUDGET).diagnostics();
    }

    /**
     * Analyses a policy.
     *
     * @param policy a policy without reference errors (thresholds outside a scale's range are allowed)
     * @param at     where the policy stands in its document, for the diagnostics' paths
     * @param budget the most search steps to spend, at least 1
     * @return the analysis, with the witnesses and the diagnostics
     * @throws IllegalArgumentException when the policy refers to unknown signals or tiers, or the budget is
     *                                  not positive
     */
    public static PolicyAnalysis analysis(Policy policy, JsonPointer at, long budget) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(at, "at");
        if (budget < 1) {
            throw new IllegalArgumentException("Invalid budget (must be >= 1): " + budget);
        }
        return new Run(policy, at, budget).run();
    }

    /** One analysis. */
    private static final class Run {
        private final Policy policy;
        private final JsonPointer at;
        private final Lattice lattice;
        private final WitnessSearch search;
        private final CompiledPolicy compiled;
        private final List<RuleId> unreachable = new ArrayList<>();
        private final List<PolicyAnalysis.Violation> violations = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private boolean[] reachable;

        Run(Policy policy, JsonPointer at, long budget) {
            this.policy = policy;
            this.at = at;
            this.lattice = Lattice.of(policy);
            this.search = new WitnessSearch(lattice, budget);
            this.compiled = CompiledPolicy.of(policy);
        }

        PolicyAnalysis run() {
            boolean complete = true;
            reachable = new boolean[lattice.ruleCount()];
            java.util.Arrays.fill(reachable, true);
            try {
                unreachableRules();
                ruleDrops();
                defaultDrops();
            } catch (WitnessSearch.Exhausted e) {
                complete = false;
                diagnostics.add(Diagnostic.warning(DiagnosticCode.NON_MONOTONIC_POLICY, at, "the analysis of this "
                        + "policy stopped after " + search.steps() + " search steps, its budget, before it could "
                        + "prove that raising a signal never lowers the tier (or that every rule can fire); "
                        + "simplify the conditions or raise the analysis budget"));
            }
            return new PolicyAnalysis(unreachable, violations, complete, search.steps(), diagnostics);
        }

        private void unreachableRules() {
            for (int i = 0; i < lattice.ruleCount(); i++) {
                if (search.find(-1, List.of(new WitnessSearch.Constraint(lattice.rule(i), false, true))) == null) {
                    reachable[i] = false;
                    Rule rule = policy.rules().get(i);
                    unreachable.add(rule.id());
                    diagnostics.add(Diagnostic.warning(DiagnosticCode.UNREACHABLE_RULE, ruleAt(i), "rule '"
                            + rule.id() + "' can never fire: no observation satisfies its condition"));
                }
            }
        }

        /** A rule of tier t fires on x; raising one signal it uses negatively leaves no rule of tier >= t. */
        private void ruleDrops() {
            int n = lattice.signalCount();
            for (int r = 0; r < lattice.ruleCount(); r++) {
                if (!reachable[r]) {
                    continue;
                }
                boolean[] antitone = new boolean[n];
                lattice.rule(r).antitone(false, antitone);
                int t = lattice.rank(r);
                List<WitnessSearch.Constraint> constraints = new ArrayList<>();
                constraints.add(new WitnessSearch.Constraint(lattice.rule(r), false, true));
                List<Lattice.Formula> lower = new ArrayList<>();
                for (int q = 0; q < lattice.ruleCount(); q++) {
                    if (!reachable[q]) {
                        continue;
                    }
                    if (lattice.rank(q) >= t) {
                        constraints.add(new WitnessSearch.Constraint(lattice.rule(q), true, false));
                    } else {
                        lower.add(lattice.rule(q));
                    }
                }
                if (lattice.defaultRank() >= t) {
                    if (lower.isEmpty()) {
                        continue; // nothing fires on y, so y decides the default, which is not lower
                    }
                    constraints.add(new WitnessSearch.Constraint(Lattice.any(lower), true, true));
                }
                for (int s = 0; s < n; s++) {
                    if (antitone[s] && witness(s, constraints, r)) {
                        break;
                    }
                }
            }
        }

        /** No rule fires on x, which decides the default; raising one signal makes only lower rules fire. */
        private void defaultDrops() {
            int d = lattice.defaultRank();
            List<WitnessSearch.Constraint> constraints = new ArrayList<>();
            List<Lattice.Formula> lower = new ArrayList<>();
            for (int q = 0; q < lattice.ruleCount(); q++) {
                if (!reachable[q]) {
                    continue;
                }
                constraints.add(new WitnessSearch.Constraint(lattice.rule(q), false, false));
                if (lattice.rank(q) >= d) {
                    constraints.add(new WitnessSearch.Constraint(lattice.rule(q), true, false));
                } else {
                    lower.add(lattice.rule(q));
                }
            }
            if (lower.isEmpty()) {
                return;
            }
            constraints.add(new WitnessSearch.Constraint(Lattice.any(lower), true, true));
            for (int s = 0; s < lattice.signalCount(); s++) {
                if (witness(s, constraints, -1)) {
                    return;
                }
            }
        }

        private boolean witness(int signal, List<WitnessSearch.Constraint> constraints, int rule) {
            int[] x = search.find(signal, constraints);
            if (x == null) {
                return false;
            }
            int[] y = x.clone();
            y[signal]++;
            Observation lower = lattice.observation(x);
            Observation raised = lattice.observation(y);
            Decision before = compiled.decide(lower);
            Decision after = compiled.decide(raised);
            if (policy.rank(after.tier()) >= policy.rank(before.tier())) {
                throw new IllegalStateException("Internal error: the analysis found a false witness " + lower.display()
                        + " -> " + raised.display());
            }
            RuleId ruleId = rule < 0 ? null : policy.rules().get(rule).id();
            violations.add(new PolicyAnalysis.Violation(lower, before.tier(), raised, after.tier(),
                    lattice.signalId(signal), ruleId));
            diagnostics.add(Diagnostic.warning(DiagnosticCode.NON_MONOTONIC_POLICY,
                    rule < 0 ? at.append("default") : ruleAt(rule), message(lower, before, raised, after, signal,
                            ruleId)));
            return true;
        }

        private String message(Observation lower, Decision before, Observation raised, Decision after, int signal,
                RuleId rule) {
            String why = rule == null ? "no rule fires, so the default applies"
                    : "rule '" + rule + "' fires";
            String whyAfter = after.rules().isEmpty() ? "no rule fires"
                    : "only " + quoted(after.rules()) + (after.rules().size() == 1 ? " fires" : " fire");
            return "raising '" + lattice.signalId(signal) + "' lowers the tier: " + lower.display() + " decides '"
                    + before.tier() + "' (" + why + "), but " + raised.display() + " decides '" + after.tier()
                    + "' (" + whyAfter + "); more risk must never lower the tier";
        }

        private static String quoted(List<RuleId> rules) {
            return rules.stream().map(r -> "'" + r + "'").collect(java.util.stream.Collectors.joining(", "));
        }

        private JsonPointer ruleAt(int i) {
            return at.append("rules").append(i);
        }
    }
}
