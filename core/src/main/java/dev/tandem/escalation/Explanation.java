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

    /**
     * Checks and copies the components.
     *
     * @param decision the decision
     * @param rules    one trace per rule of the policy, in declaration order
     */
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
    public record RuleTrace(RuleId rule, TierId tier, boolean fired, Node condition) {
        /**
         * Checks the components.
         *
         * @param rule      the rule's id
         * @param tier      the tier the rule decides
         * @param fired     true when its condition held
         * @param condition the trace of its condition
         */
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
    public record Node(Condition condition, boolean held, SignalValue given, List<Node> parts) {

        /**
         * Checks and copies the components.
         *
         * @param condition the condition
         * @param held      true when it held
         * @param given     the value the observation gave the tested signal, or null when absent or when the
         *        condition combines others
         * @param parts     the traces of the combined conditions; empty for flag tests and comparisons
         */
        public Node {
            Objects.requireNonNull(condition, "condition");
            parts = List.copyOf(parts);
        }

        static Node leaf(Condition condition, boolean held, SignalValue given) {
            return new Node(condition, held, given, List.of());
        }

        static Node of(Condition condition, boolean held, List<Node> parts) {
            return new Node(condition, held, null, parts);
        }

        /**
         * {@return a short label of the condition itself}, such as {@code all}, {@code count min 2},
         * {@code suicidal-ideation} or {@code distress at-least 7}
         */
        public String label() {
            Condition c = condition;
            if (c instanceof Condition.Flag f) {
                return f.signal().value();
            } else if (c instanceof Condition.AtLeast al) {
                return al.signal() + " at-least " + SignalValue.of(al.threshold()).display();
            } else if (c instanceof Condition.AtMost am) {
                return am.signal() + " at-most " + SignalValue.of(am.threshold()).display();
            } else if (c instanceof Condition.Not) {
                return "not";
            } else if (c instanceof Condition.All) {
                return "all";
            } else if (c instanceof Condition.Any) {
                return "any";
            }
            return "count min " + ((Condition.Count) c).min();
        }

        /** {@return true for flag tests and comparisons, which look at one signal} */
        public boolean isLeaf() {
            return condition instanceof Condition.Flag || condition instanceof Condition.AtLeast
                    || condition instanceof Condition.AtMost;
        }

        void describe(StringBuilder sb, int depth) {
            sb.append("  ".repeat(depth)).append(held ? "[held] " : "[not held] ").append(label());
            if (isLeaf()) {
                sb.append(given == null ? " (absent)" : " (given " + given.display() + ")");
            }
            sb.append('\n');
            for (Node part : parts) {
                part.describe(sb, depth + 1);
            }
        }
    }
}
