package dev.tandem.escalation;

import java.util.List;

/** Evaluates a condition on one observation, by the same code that decides (used to confirm witnesses). */
final class ConditionProbe {

    private static final Tier NO = Tier.of("no", "the condition does not hold");
    private static final Tier YES = Tier.of("yes", "the condition holds");

    private ConditionProbe() {
    }

    /** {@return whether the condition holds for the observation, under the policy's signals} */
    static boolean holds(Policy policy, Condition condition, Observation observation) {
        Policy probe = new Policy(List.of(NO, YES), NO.id(), policy.signals(),
                List.of(new Rule(RuleId.of("probe"), condition, YES.id(), List.of())));
        return probe.compile().decide(observation).tier().equals(YES.id());
    }
}
