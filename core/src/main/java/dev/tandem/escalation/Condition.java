package dev.tandem.escalation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * When an escalation rule fires: a tree of flag tests, scale comparisons and combinators (FORMAT section 7).
 *
 * <p>Immutable and thread-safe. The static factories build the tree in code:
 * {@code Condition.all(Condition.flag("intent"), Condition.atLeast("distress", 7))}.
 *
 * <p>A tree is taken apart in one way: {@link #accept(Visitor)} calls the visitor's method for the condition's
 * kind, and {@link #parts()} gives the direct sub-conditions of any kind.
 */
public sealed interface Condition
        permits Condition.Flag, Condition.All, Condition.Any, Condition.Not, Condition.AtLeast, Condition.AtMost,
        Condition.Count {

    /**
     * Calls the visitor's method for this condition's kind.
     *
     * @param visitor the visitor
     * @param <R>     what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * {@return the direct sub-conditions: the listed ones of {@code all}, {@code any} and {@code count}, the
     * inner one of {@code not}, none for a flag test or a comparison}
     */
    default List<Condition> parts() {
        return List.of();
    }

    /**
     * One method per kind of condition, so that code taking a condition apart handles every kind (the compiler
     * checks it) without casts.
     *
     * @param <R> what the methods return
     */
    interface Visitor<R> {
        /** {@return the result for a flag test} @param c the condition */
        R flag(Flag c);

        /** {@return the result for a lower-bound comparison} @param c the condition */
        R atLeast(AtLeast c);

        /** {@return the result for an upper-bound comparison} @param c the condition */
        R atMost(AtMost c);

        /** {@return the result for a negation} @param c the condition */
        R not(Not c);

        /** {@return the result for a conjunction} @param c the condition */
        R all(All c);

        /** {@return the result for a disjunction} @param c the condition */
        R any(Any c);

        /** {@return the result for a k-of-n condition} @param c the condition */
        R count(Count c);
    }

    /**
     * Holds when the flag signal is set.
     *
     * @param signal a flag signal
     */
    record Flag(SignalId signal) implements Condition {
        /** Checks the signal. */
        public Flag {
            Objects.requireNonNull(signal, "signal");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.flag(this);
        }
    }

    /**
     * Holds when every listed condition holds (the validator requires at least one).
     *
     * @param conditions the conditions
     */
    record All(List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.all(this);
        }

        @Override
        public List<Condition> parts() {
            return conditions;
        }
    }

    /**
     * Holds when any listed condition holds (the validator requires at least one).
     *
     * @param conditions the conditions
     */
    record Any(List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.any(this);
        }

        @Override
        public List<Condition> parts() {
            return conditions;
        }
    }

    /**
     * Holds when the inner condition does not.
     *
     * @param condition the negated condition
     */
    record Not(Condition condition) implements Condition {
        /** Checks the condition. */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.not(this);
        }

        @Override
        public List<Condition> parts() {
            return List.of(condition);
        }
    }

    /**
     * Holds when the scale signal is present and at least the threshold.
     *
     * @param signal    a scale signal
     * @param threshold the threshold, within the signal's range
     */
    record AtLeast(SignalId signal, double threshold) implements Condition {
        /** Checks the components. */
        public AtLeast {
            Objects.requireNonNull(signal, "signal");
            requireNumber(threshold);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.atLeast(this);
        }
    }

    /**
     * Holds when the scale signal is present and at most the threshold.
     *
     * @param signal    a scale signal
     * @param threshold the threshold, within the signal's range
     */
    record AtMost(SignalId signal, double threshold) implements Condition {
        /** Checks the components. */
        public AtMost {
            Objects.requireNonNull(signal, "signal");
            requireNumber(threshold);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.atMost(this);
        }
    }

    /**
     * Holds when at least {@code min} of the listed conditions hold.
     *
     * @param min        how many must hold
     * @param conditions the conditions counted
     */
    record Count(int min, List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public Count {
            conditions = List.copyOf(conditions);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.count(this);
        }

        @Override
        public List<Condition> parts() {
            return conditions;
        }
    }

    /** {@return a flag test} @param signal the flag signal id */
    static Condition flag(String signal) {
        return new Flag(SignalId.of(signal));
    }

    /** {@return a conjunction} @param conditions the conditions */
    static Condition all(Condition... conditions) {
        return new All(Arrays.asList(conditions));
    }

    /** {@return a disjunction} @param conditions the conditions */
    static Condition any(Condition... conditions) {
        return new Any(Arrays.asList(conditions));
    }

    /** {@return a negation} @param condition the negated condition */
    static Condition not(Condition condition) {
        return new Not(condition);
    }

    /** {@return a lower-bound comparison} @param signal a scale signal id @param threshold the bound */
    static Condition atLeast(String signal, double threshold) {
        return new AtLeast(SignalId.of(signal), threshold);
    }

    /** {@return an upper-bound comparison} @param signal a scale signal id @param threshold the bound */
    static Condition atMost(String signal, double threshold) {
        return new AtMost(SignalId.of(signal), threshold);
    }

    /** {@return a k-of-n condition} @param min how many must hold @param conditions the conditions */
    static Condition count(int min, Condition... conditions) {
        return new Count(min, Arrays.asList(conditions));
    }

    private static void requireNumber(double threshold) {
        if (Double.isNaN(threshold) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("Invalid threshold (must be a finite number): " + threshold);
        }
    }
}
