package dev.tandem.escalation;

import dev.tandem.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What {@link PolicyAnalyzer} found out about a policy: the rules that can never fire, the observations that
 * show it is not monotone, whether the analysis finished within its budget, and the resulting diagnostics.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unreachableRules the rules whose condition no observation satisfies, in declaration order
 * @param violations       witnesses that raising a signal lowers the tier: at most one per rule, then at most
 *                         one for the default tier; empty when the policy is monotone
 * @param complete         true when the analysis finished; false when it ran out of budget, in which case
 *                         the absence of violations proves nothing
 * @param steps            how many search steps the analysis took
 * @param diagnostics      the warnings to show an author ({@code unreachable-rule}, {@code non-monotonic-policy})
 */
public record PolicyAnalysis(List<RuleId> unreachableRules, List<Violation> violations, boolean complete,
        long steps, List<Diagnostic> diagnostics) {

    /**
     * Checks and copies the components.
     *
     * @param unreachableRules the rules whose condition no observation satisfies, in declaration order
     * @param violations       witnesses that raising a signal lowers the tier: at most one per rule, then at most
     *        one for the default tier; empty when the policy is monotone
     * @param complete         true when the analysis finished; false when it ran out of budget, in which case
     *        the absence of violations proves nothing
     * @param steps            how many search steps the analysis took
     * @param diagnostics      the warnings to show an author ({@code unreachable-rule}, {@code non-monotonic-policy})
     */
    public PolicyAnalysis {
        unreachableRules = List.copyOf(unreachableRules);
        violations = List.copyOf(violations);
        diagnostics = List.copyOf(diagnostics);
    }

    /** {@return true when the analysis finished and proved that raising any signal never lowers the tier} */
    public boolean isMonotone() {
        return complete && violations.isEmpty();
    }

    /**
     * Two observations showing that a policy is not monotone: {@code raised} raises {@code observation} by
     * one signal (FORMAT section 8) yet decides a lower tier.
     *
     * @param observation the lower observation, x
     * @param tier        the tier x decides
     * @param raised      x with {@code signal} set or increased, y
     * @param raisedTier  the tier y decides, lower than {@code tier}
     * @param signal      the signal raised
     * @param rule        the rule that decides {@code tier} on x and no longer fires on y, or null when x
     *                    decides the default tier because no rule fires on it
     */
    public record Violation(Observation observation, TierId tier, Observation raised, TierId raisedTier,
            SignalId signal, RuleId rule) {

        /**
         * Checks the components; {@code rule} may be null.
         *
         * @param observation the lower observation, x
         * @param tier        the tier x decides
         * @param raised      x with {@code signal} set or increased, y
         * @param raisedTier  the tier y decides, lower than {@code tier}
         * @param signal      the signal raised
         * @param rule        the rule that decides {@code tier} on x and no longer fires on y, or null when x
         *        decides the default tier because no rule fires on it
         */
        public Violation {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(raised, "raised");
            Objects.requireNonNull(raisedTier, "raisedTier");
            Objects.requireNonNull(signal, "signal");
        }
    }
}
