package dev.tandem.escalation;


/**
 * Questions about one node of a {@link Condition} tree that the analysers ask of flag tests and comparisons
 * (the atoms), answered through {@link Condition#accept(Condition.Visitor)}. Package-private.
 */
final class Conditions {

    private Conditions() {
    }

    /** {@return the signal a flag test or a comparison looks at, or null for a combinator} @param c a condition */
    static SignalId tested(Condition c) {
        return c.accept(new Atoms<SignalId>() {
            @Override
            public SignalId flag(Condition.Flag f) {
                return f.signal();
            }

            @Override
            public SignalId atLeast(Condition.AtLeast a) {
                return a.signal();
            }

            @Override
            public SignalId atMost(Condition.AtMost a) {
                return a.signal();
            }
        });
    }

    /** {@return the threshold of a comparison, or null for any other condition} @param c a condition */
    static Double threshold(Condition c) {
        return c.accept(new Atoms<Double>() {
            @Override
            public Double atLeast(Condition.AtLeast a) {
                return a.threshold();
            }

            @Override
            public Double atMost(Condition.AtMost a) {
                return a.threshold();
            }
        });
    }

    /**
     * {@return whether a comparison holds for a present value}
     *
     * @param comparison an at-least or at-most condition
     * @param value      the signal's value
     * @throws IllegalArgumentException when the condition is not a comparison
     */
    static boolean holds(Condition comparison, double value) {
        Boolean held = comparison.accept(new Atoms<Boolean>() {
            @Override
            public Boolean atLeast(Condition.AtLeast a) {
                return value >= a.threshold();
            }

            @Override
            public Boolean atMost(Condition.AtMost a) {
                return value <= a.threshold();
            }
        });
        if (held == null) {
            throw new IllegalArgumentException("Not a comparison: " + comparison);
        }
        return held;
    }

    /** A visitor that answers null for every kind it does not override. */
    private abstract static class Atoms<R> implements Condition.Visitor<R> {
        @Override
        public R flag(Condition.Flag c) {
            return null;
        }

        @Override
        public R atLeast(Condition.AtLeast c) {
            return null;
        }

        @Override
        public R atMost(Condition.AtMost c) {
            return null;
        }

        @Override
        public R not(Condition.Not c) {
            return null;
        }

        @Override
        public R all(Condition.All c) {
            return null;
        }

        @Override
        public R any(Condition.Any c) {
            return null;
        }

        @Override
        public R count(Condition.Count c) {
            return null;
        }
    }
}
