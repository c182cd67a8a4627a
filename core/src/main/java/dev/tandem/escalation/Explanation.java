package dev.tandem.escalation;

import java.util.List;
import java.util.Objects;

/**
 * A decision with the reasons for it: for every rule of the policy, in declaration order, whether it fired
 * and which parts of its condition held. Like an assertion library's failure message, it reads without a
 * debugger: {@link #describe()} prints the whole tree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decision the decision
 * @param rules    one trace per rule of the policy, in declaration order
 */
public record Explanation(Decision decision, List<RuleTrace> rules) {

    /** Checks and copies the components. */
    public Explanation {
        Objects.requireNonNull(decision, "decision");
        rules = List.copyOf(rules);
    }

    /**
     * {@return the explanation as indented text, one line per rule and condition}, for example:
     * <pre>
     * tier: emergency
     * rule imminent-risk (emergency): fired
     *   [held] all
     *     [held] suicidal-ideation (given true)
     *     [held] distress at-least 7 (given 8)
     * </pre>
     */
    public String describe() {
        StringBuilder sb = new StringBuilder("tier: ").append(decision.tier()).append('\n');
        for (RuleTrace rule : rules) {
            sb.append("rule ").append(rule.rule()).append(" (").append(rule.tier()).append("): ")
                    .append(rule.fired() ? "fired" : "did not fire").append('\n');
            rule.condition().describe(sb, 1);
        }
        return sb.toString();
    }

    /**
     * Whether one rule fired, and why.
     *
     * @param rule      the rule's id
     * @param tier      the tier the rule decides
     * @param fired     true when its condition held
     * @param condition the trace of its condition
     */
    public record RuleTrace(RuleId rule, TierId tier, boolean fired, ConditionTrace condition) {
        /** Checks the components. */
        public RuleTrace {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * One condition of a rule, evaluated: whether it held, the value it looked at (for flag tests and
     * comparisons) and the traces of its parts (for all, any, not and count).
     *
     * @param condition the condition
     * @param held      true when it held
     * @param given     the value the observation gave the tested signal, or null when absent or when the
     *                  condition combines others
     * @param parts     the traces of the combined conditions; empty for flag tests and comparisons
     */
    public record ConditionTrace(Condition condition, boolean held, SignalValue given, List<ConditionTrace> parts) {

        /** Checks and copies the components. */
        public ConditionTrace {
            Objects.requireNonNull(condition, "condition");
            parts = List.copyOf(parts);
        }

        static ConditionTrace leaf(Condition condition, boolean held, SignalValue given) {
            return new ConditionTrace(condition, held, given, List.of());
        }

        static ConditionTrace of(Condition condition, boolean held, List<ConditionTrace> parts) {
            return new ConditionTrace(condition, held, null, parts);
        }

        /**
         * {@return a short label of the condition itself}, such as {@code all}, {@code count min 2},
         * {@code suicidal-ideation} or {@code distress at-least 7}
         */
        public String label() {
            return condition.accept(new Condition.Visitor<String>() {
                @Override
                public String flag(Condition.Flag c) {
                    return c.signal().value();
                }

                @Override
                public String atLeast(Condition.AtLeast c) {
                    return c.signal() + " at-least " + SignalValue.of(c.threshold()).display();
                }

                @Override
                public String atMost(Condition.AtMost c) {
                    return c.signal() + " at-most " + SignalValue.of(c.threshold()).display();
                }

                @Override
                public String not(Condition.Not c) {
                    return "not";
                }

                @Override
                public String all(Condition.All c) {
                    return "all";
                }

                @Override
                public String any(Condition.Any c) {
                    return "any";
                }

                @Override
                public String count(Condition.Count c) {
                    return "count min " + c.min();
                }
            });
        }

        /** {@return true for flag tests and comparisons, which look at one signal} */
        public boolean isLeaf() {
            return Conditions.tested(condition) != null;
        }

        void describe(StringBuilder sb, int depth) {
            sb.append("  ".repeat(depth)).append(held ? "[held] " : "[not held] ").append(label());
            if (isLeaf()) {
                sb.append(given == null ? " (absent)" : " (given " + given.display() + ")");
            }
            sb.append('\n');
            for (ConditionTrace part : parts) {
                part.describe(sb, depth + 1);
            }
        }
    }
}
