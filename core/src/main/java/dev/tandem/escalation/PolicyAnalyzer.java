package dev.tandem.escalation;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.JsonPointer;
import java.util.List;

/**
 * Static analysis of an escalation policy whose references are sound: rules that can never fire and
 * observations where raising a signal lowers the tier.
 */
public final class PolicyAnalyzer {

    private PolicyAnalyzer() {
    }

    /**
     * Analyses a policy.
     *
     * @param policy a policy without reference errors
     * @param at     where the policy stands in its document (for example {@code /escalation})
     * @return warnings ({@code unreachable-rule}, {@code non-monotonic-policy}), in rule order
     */
    public static List<Diagnostic> analyze(Policy policy, JsonPointer at) {
        return List.of();
    }
}
