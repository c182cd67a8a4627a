package dev.tandem.escalation;

/**
 * Questions about one node of a {@link Condition} tree that the analysers ask of flag tests and comparisons
 * (the atoms). Package-private.
 */
final class Conditions {

    private Conditions() {
    }

    /**
     * {@return the signal a flag test or a comparison looks at, or null for a combinator}
     *
     * @param c a condition
     */
    static SignalId tested(Condition c) {
        if (c instanceof Condition.Flag f) {
            return f.signal();
        }
        if (c instanceof Condition.AtLeast a) {
            return a.signal();
        }
        if (c instanceof Condition.AtMost a) {
            return a.signal();
        }
        return null;
    }

    /**
     * {@return the threshold of a comparison, or null for any other condition}
     *
     * @param c a condition
     */
    static Double threshold(Condition c) {
        if (c instanceof Condition.AtLeast a) {
            return a.threshold();
        }
        if (c instanceof Condition.AtMost a) {
            return a.threshold();
        }
        return null;
    }

    /**
     * {@return whether a comparison holds for a present value}
     *
     * @param comparison an at-least or at-most condition
     * @param value      the signal's value
     * @throws IllegalArgumentException when the condition is not a comparison
     */
    static boolean holds(Condition comparison, double value) {
        if (comparison instanceof Condition.AtLeast a) {
            return value >= a.threshold();
        }
        if (comparison instanceof Condition.AtMost a) {
            return value <= a.threshold();
        }
        throw new IllegalArgumentException("Not a comparison: " + comparison);
    }
}
