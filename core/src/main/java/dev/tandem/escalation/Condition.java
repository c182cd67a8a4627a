package dev.tandem.escalation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * When an escalation rule fires: a tree of flag tests, scale comparisons and combinators (FORMAT section 7).
 *
 * <p>Immutable and thread-safe. The static factories build the tree in code:
 * {@code Condition.all(Condition.flag("intent"), Condition.atLeast("distress", 7))}.
 */
public sealed interface Condition
        permits Condition.Flag, Condition.All, Condition.Any, Condition.Not, Condition.AtLeast, Condition.AtMost,
        Condition.Count {

    /**
     * Holds when the flag signal is set.
     *
     * @param signal a flag signal
     */
    record Flag(SignalId signal) implements Condition {
        /**
         * Checks the signal.
         *
         * @param signal a flag signal
         */
        public Flag {
            Objects.requireNonNull(signal, "signal");
        }
    }

    /**
     * Holds when every listed condition holds (the validator requires at least one).
     *
     * @param conditions the conditions
     */
    record All(List<Condition> conditions) implements Condition {
        /**
         * Copies the list.
         *
         * @param conditions the conditions
         */
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * Holds when any listed condition holds (the validator requires at least one).
     *
     * @param conditions the conditions
     */
    record Any(List<Condition> conditions) implements Condition {
        /**
         * Copies the list.
         *
         * @param conditions the conditions
         */
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * Holds when the inner condition does not.
     *
     * @param condition the negated condition
     */
    record Not(Condition condition) implements Condition {
        /**
         * Checks the condition.
         *
         * @param condition the negated condition
         */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * Holds when the scale signal is present and at least the threshold.
     *
     * @param signal    a scale signal
     * @param threshold the threshold, within the signal's range
     */
    record AtLeast(SignalId signal, double threshold) implements Condition {
        /**
         * Checks the components.
         *
         * @param signal    a scale signal
         * @param threshold the threshold, within the signal's range
         */
        public AtLeast {
            Objects.requireNonNull(signal, "signal");
            requireNumber(threshold);
        }
    }

    /**
     * Holds when the scale signal is present and at most the threshold.
     *
     * @param signal    a scale signal
     * @param threshold the threshold, within the signal's range
     */
    record AtMost(SignalId signal, double threshold) implements Condition {
        /**
         * Checks the components.
         *
         * @param signal    a scale signal
         * @param threshold the threshold, within the signal's range
         */
        public AtMost {
            Objects.requireNonNull(signal, "signal");
            requireNumber(threshold);
        }
    }

    /**
     * Holds when at least {@code min} of the listed conditions hold.
     *
     * @param min        how many must hold
     * @param conditions the conditions counted
     */
    record Count(int min, List<Condition> conditions) implements Condition {
        /**
         * Copies the list.
         *
         * @param min        how many must hold
         * @param conditions the conditions counted
         */
        public Count {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * {@return a flag test}
     *
     * @param signal the flag signal id
     */
    static Condition flag(String signal) {
        return new Flag(SignalId.of(signal));
    }

    /**
     * {@return a conjunction}
     *
     * @param conditions the conditions
     */
    static Condition all(Condition... conditions) {
        return new All(Arrays.asList(conditions));
    }

    /**
     * {@return a disjunction}
     *
     * @param conditions the conditions
     */
    static Condition any(Condition... conditions) {
        return new Any(Arrays.asList(conditions));
    }

    /**
     * {@return a negation}
     *
     * @param condition the negated condition
     */
    static Condition not(Condition condition) {
        return new Not(condition);
    }

    /**
     * {@return a lower-bound comparison}
     *
     * @param signal a scale signal id
     * @param threshold the bound
     */
    static Condition atLeast(String signal, double threshold) {
        return new AtLeast(SignalId.of(signal), threshold);
    }

    /**
     * {@return an upper-bound comparison}
     *
     * @param signal a scale signal id
     * @param threshold the bound
     */
    static Condition atMost(String signal, double threshold) {
        return new AtMost(SignalId.of(signal), threshold);
    }

    /**
     * {@return a k-of-n condition}
     *
     * @param min how many must hold
     * @param conditions the conditions
     */
    static Condition count(int min, Condition... conditions) {
        return new Count(min, Arrays.asList(conditions));
    }

    private static void requireNumber(double threshold) {
        if (Double.isNaN(threshold) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("Invalid threshold (must be a finite number): " + threshold);
        }
    }
}
