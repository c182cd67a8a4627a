package dev.tandem.escalation;

import java.util.List;
import java.util.Objects;

/**
 * An escalation rule: when its condition holds, it raises the decision to its tier and contributes its
 * actions.
 *
 * @param id      the rule's id
 * @param when    the condition under which it fires
 * @param tier    the tier it decides
 * @param actions what the peer supporter does, in order
 */
public record Rule(RuleId id, Condition when, TierId tier, List<String> actions) {

    /**
     * Checks and copies the components.
     *
     * @param id      the rule's id
     * @param when    the condition under which it fires
     * @param tier    the tier it decides
     * @param actions what the peer supporter does, in order
     */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(tier, "tier");
        actions = List.copyOf(actions);
    }

    /**
     * {@return a rule}
     *
     * @param id      the id
     * @param when    the condition
     * @param tier    the tier id
     * @param actions the actions
     */
    public static Rule of(String id, Condition when, String tier, String... actions) {
        return new Rule(RuleId.of(id), when, TierId.of(tier), List.of(actions));
    }
}
