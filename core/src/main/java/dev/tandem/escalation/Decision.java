package dev.tandem.escalation;

import java.util.List;
import java.util.Objects;

/**
 * What a policy decided for an observation.
 *
 * @param tier    the decided tier: the highest tier of any fired rule, else the policy's default
 * @param rules   every rule that fired, in declaration order
 * @param actions the actions of the fired rules at the decided tier, in declaration order, without repeats
 */
public record Decision(TierId tier, List<RuleId> rules, List<String> actions) {

    /**
     * Checks and copies the components.
     *
     * @param tier    the decided tier: the highest tier of any fired rule, else the policy's default
     * @param rules   every rule that fired, in declaration order
     * @param actions the actions of the fired rules at the decided tier, in declaration order, without repeats
     */
    public Decision {
        Objects.requireNonNull(tier, "tier");
        rules = List.copyOf(rules);
        actions = List.copyOf(actions);
    }
}
