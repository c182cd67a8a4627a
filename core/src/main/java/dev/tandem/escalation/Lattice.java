package dev.tandem.escalation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A policy reduced to a finite lattice, the form the analyser searches. Every signal becomes a chain of levels
 * (level 0 is "absent" for a scale and "false" for a flag): a scale's values split at the thresholds its
 * comparisons mention into points and open intervals, and adjacent levels on which every comparison agrees
 * are merged. A decision depends only on the levels, and levels are ordered like the values they stand for
 * (absent below every value), so "y raises x" on observations is exactly "level by level at least" here.
 *
 * <p>Immutable once built.
 */
final class Lattice {

    private final List<Signal> signals;
    /** The values standing for each level, per signal; element 0 is null (absent or false). */
    private final SignalValue[][] values;
    private final int[] sizes;
    private final Formula[] rules;
    private final int[] ranks;
    private final int defaultRank;

    private final Map<SignalId, Integer> index = new HashMap<>();
    /** Whether a condition may name a signal outside the lattice, which is then always absent. */
    private final boolean lenient;

    /**
     * Builds the lattice.
     *
     * @param signals    the signals, each a chain of levels
     * @param conditions the conditions whose comparisons cut the scales into levels
     * @param policy     the policy whose rules to compile, or null for a lattice without rules
     * @param lenient    whether a condition may name a signal outside {@code signals}
     */
    private Lattice(List<Signal> signals, List<Condition> conditions, Policy policy, boolean lenient) {
        this.signals = List.copyOf(signals);
        this.lenient = lenient;
        for (int i = 0; i < this.signals.size(); i++) {
            if (index.put(this.signals.get(i).id(), i) != null) {
                throw new IllegalArgumentException("Duplicate signal: " + this.signals.get(i).id());
            }
        }
        Map<Integer, List<Condition>> atoms = new LinkedHashMap<>();
        for (Condition condition : conditions) {
            collectAtoms(condition, atoms);
        }
        this.values = new SignalValue[this.signals.size()][];
        this.sizes = new int[this.signals.size()];
        for (int i = 0; i < this.signals.size(); i++) {
            values[i] = levels(this.signals.get(i), atoms.getOrDefault(i, List.of()));
            sizes[i] = values[i].length;
        }
        List<Rule> policyRules = policy == null ? List.of() : policy.rules();
        this.rules = new Formula[policyRules.size()];
        this.ranks = new int[rules.length];
        for (int i = 0; i < rules.length; i++) {
            Rule rule = policyRules.get(i);
            rules[i] = compile(rule.when());
            ranks[i] = policy.rank(rule.tier());
            if (ranks[i] < 0) {
                throw new IllegalArgumentException("Rule " + rule.id() + " names an unknown tier: " + rule.tier());
            }
        }
        this.defaultRank = policy == null ? -1 : policy.rank(policy.defaultTier());
        if (policy != null && defaultRank < 0) {
            throw new IllegalArgumentException("Unknown default tier: " + policy.defaultTier());
        }
    }

    private static List<Condition> whens(Policy policy, List<Condition> extra) {
        List<Condition> all = new ArrayList<>();
        for (Rule rule : policy.rules()) {
            all.add(rule.when());
        }
        all.addAll(extra);
        return all;
    }

    static Lattice of(Policy policy) {
        return of(policy, List.of());
    }

    /**
     * {@return the lattice of a policy whose levels also separate the values the extra conditions tell apart}
     * (requirements' conditions, so that they too are functions of the levels)
     */
    static Lattice of(Policy policy, List<Condition> extra) {
        return new Lattice(policy.signals(), whens(policy, extra), policy, false);
    }

    /**
     * {@return a lattice over the given signals, without rules, fine enough for every given condition}; a
     * condition may name a signal that is not among them: such a signal is always absent (false, and every
     * comparison on it false)
     */
    static Lattice over(List<Signal> signals, List<Condition> conditions) {
        return new Lattice(signals, conditions, null, true);
    }

    /** {@return a condition as a formula over this lattice's levels} */
    Formula formula(Condition condition) {
        return compile(condition);
    }

    int signalCount() {
        return sizes.length;
    }

    int size(int signal) {
        return sizes[signal];
    }

    Formula rule(int i) {
        return rules[i];
    }

    int ruleCount() {
        return rules.length;
    }

    int rank(int rule) {
        return ranks[rule];
    }

    int defaultRank() {
        return defaultRank;
    }

    /** {@return the observation standing for a point of the lattice; level-0 signals are left out} */
    Observation observation(int[] levels) {
        Observation.Builder b = Observation.builder();
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] > 0) {
                b.value(signals.get(i).id(), values[i][levels[i]]);
            }
        }
        return b.build();
    }

    SignalId signalId(int i) {
        return signals.get(i).id();
    }

    // ---------------------------------------------------------------- levels

    private void collectAtoms(Condition c, Map<Integer, List<Condition>> out) {
        SignalId tested = Conditions.tested(c);
        if (tested != null) {
            int s = signal(tested);
            if (s >= 0) {
                out.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
            }
            return;
        }
        for (Condition part : c.parts()) {
            collectAtoms(part, out);
        }
    }

    /** {@return the signal's index, or -1 for a signal outside a lenient lattice} */
    private int signal(SignalId id) {
        Integer i = index.get(id);
        if (i == null) {
            if (lenient) {
                return -1;
            }
            throw new IllegalArgumentException("Unknown signal in a condition: " + id);
        }
        return i;
    }

    /** {@return the values standing for the distinct levels of a signal, level 0 (null) first} */
    private static SignalValue[] levels(Signal signal, List<Condition> atoms) {
        if (atoms.isEmpty()) {
            return new SignalValue[] {null};
        }
        if (signal instanceof Signal.Flag) {
            for (Condition atom : atoms) {
                if (Conditions.threshold(atom) != null) {
                    throw new IllegalArgumentException("Flag signal " + signal.id() + " compared with a number");
                }
            }
            return new SignalValue[] {null, SignalValue.of(true)};
        }
        Signal.Scale scale = (Signal.Scale) signal;
        TreeSet<Double> thresholds = new TreeSet<>();
        for (Condition atom : atoms) {
            Double threshold = Conditions.threshold(atom);
            if (threshold == null) {
                throw new IllegalArgumentException("Scale signal " + signal.id() + " tested as a flag");
            }
            thresholds.add(threshold);
        }
        List<Double> raw = representatives(scale, thresholds);
        // merge adjacent levels on which every comparison agrees, keeping the lowest value
        List<SignalValue> merged = new ArrayList<>();
        merged.add(null);
        BitSet previous = signature(null, atoms);
        for (double v : raw) {
            BitSet sig = signature(v, atoms);
            if (!sig.equals(previous)) {
                merged.add(SignalValue.of(v));
                previous = sig;
            }
        }
        return merged.toArray(SignalValue[]::new);
    }

    /**
     * {@return one value inside each non-empty piece of [min, max] cut at the thresholds}, low to high: the
     * pieces are the open intervals between thresholds and the thresholds themselves.
     */
    private static List<Double> representatives(Signal.Scale scale, TreeSet<Double> thresholds) {
        List<Double> out = new ArrayList<>();
        double lo = Double.NEGATIVE_INFINITY;
        for (double t : thresholds) {
            piece(scale, lo, true, t, true, out);
            piece(scale, t, false, t, false, out);
            lo = t;
        }
        piece(scale, lo, true, Double.POSITIVE_INFINITY, true, out);
        return out;
    }

    private static void piece(Signal.Scale scale, double lo, boolean loOpen, double hi, boolean hiOpen,
            List<Double> out) {
        if (lo < scale.min()) {
            lo = scale.min();
            loOpen = false;
        }
        if (hi > scale.max()) {
            hi = scale.max();
            hiOpen = false;
        }
        boolean empty = lo > hi || (lo == hi && (loOpen || hiOpen));
        if (empty) {
            return;
        }
        if (!loOpen) {
            out.add(lo);
            return;
        }
        // prefer a whole number for readable witnesses; observations are doubles, so a piece without a double
        // strictly inside (two adjacent thresholds) cannot be observed and is left out
        for (double candidate : new double[] {Math.floor(lo) + 1, lo + (hi - lo) / 2, Math.nextUp(lo)}) {
            if (candidate > lo && (candidate < hi || (candidate == hi && !hiOpen))) {
                out.add(candidate);
                return;
            }
        }
    }

    private static BitSet signature(Double value, List<Condition> atoms) {
        BitSet sig = new BitSet(atoms.size());
        for (int k = 0; k < atoms.size(); k++) {
            sig.set(k, value != null && Conditions.holds(atoms.get(k), value));
        }
        return sig;
    }

    // ---------------------------------------------------------------- conditions

    private Formula compile(Condition condition) {
        return condition.accept(new Condition.Visitor<Formula>() {
            @Override
            public Formula flag(Condition.Flag c) {
                int s = signal(c.signal());
                return s < 0 ? new Const(false) : atom(s, 1, sizes[s] - 1);
            }

            @Override
            public Formula atLeast(Condition.AtLeast c) {
                return comparison(c, c.signal());
            }

            @Override
            public Formula atMost(Condition.AtMost c) {
                return comparison(c, c.signal());
            }

            private Formula comparison(Condition c, SignalId id) {
                int s = signal(id);
                if (s < 0) {
                    return new Const(false);
                }
                int first = -1;
                int last = -1;
                for (int level = 1; level < sizes[s]; level++) {
                    if (Conditions.holds(c, ((SignalValue.Number) values[s][level]).value())) {
                        first = first < 0 ? level : first;
                        last = level;
                    }
                }
                return first < 0 ? new Const(false) : atom(s, first, last);
            }

            @Override
            public Formula not(Condition.Not c) {
                return new Not(compile(c.condition()));
            }

            @Override
            public Formula all(Condition.All c) {
                Formula[] nodes = compileParts(c);
                return new Count(nodes.length, nodes);
            }

            @Override
            public Formula any(Condition.Any c) {
                Formula[] nodes = compileParts(c);
                return new Count(Math.min(1, nodes.length), nodes);
            }

            @Override
            public Formula count(Condition.Count c) {
                return new Count(c.min(), compileParts(c));
            }
        });
    }

    private Formula[] compileParts(Condition c) {
        List<Condition> parts = c.parts();
        Formula[] nodes = new Formula[parts.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = compile(parts.get(i));
        }
        return nodes;
    }

    private Atom atom(int signal, int first, int last) {
        return new Atom(signal, first, last, last == sizes[signal] - 1);
    }

    // ---------------------------------------------------------------- three-valued nodes

    static final int FALSE = 0;
    static final int TRUE = 1;
    static final int UNKNOWN = 2;

    /**
     * A condition over levels, evaluated three-valued on boxes of the lattice (a range of levels per signal):
     * TRUE or FALSE when the condition has that value on every point of the box, UNKNOWN otherwise.
     */
    abstract static class Formula {
        abstract int eval(int[] lo, int[] hi);

        /** Marks the signals on which this node (negated or not) may turn false when the signal rises. */
        abstract void antitone(boolean negated, boolean[] out);

        /** Marks the signals this node looks at. */
        abstract void signals(boolean[] out);
    }

    /** Holds when a signal's level lies in [first, last]. */
    static final class Atom extends Formula {
        private final int signal;
        private final int first;
        private final int last;
        private final boolean upward;

        Atom(int signal, int first, int last, boolean upward) {
            this.signal = signal;
            this.first = first;
            this.last = last;
            this.upward = upward;
        }

        @Override
        int eval(int[] lo, int[] hi) {
            int a = lo[signal];
            int b = hi[signal];
            if (a >= first && b <= last) {
                return TRUE;
            }
            return b < first || a > last ? FALSE : UNKNOWN;
        }

        @Override
        void antitone(boolean negated, boolean[] out) {
            if (negated || !upward) {
                out[signal] = true;
            }
        }

        @Override
        void signals(boolean[] out) {
            out[signal] = true;
        }
    }

    /** A condition with a fixed value (a comparison no value in range satisfies). */
    static final class Const extends Formula {
        private final int value;

        Const(boolean value) {
            this.value = value ? TRUE : FALSE;
        }

        @Override
        int eval(int[] lo, int[] hi) {
            return value;
        }

        @Override
        void antitone(boolean negated, boolean[] out) {
        }

        @Override
        void signals(boolean[] out) {
        }
    }

    /** Negation. */
    static final class Not extends Formula {
        private final Formula inner;

        Not(Formula inner) {
            this.inner = inner;
        }

        @Override
        int eval(int[] lo, int[] hi) {
            int r = inner.eval(lo, hi);
            return r == UNKNOWN ? UNKNOWN : 1 - r;
        }

        @Override
        void antitone(boolean negated, boolean[] out) {
            inner.antitone(!negated, out);
        }

        @Override
        void signals(boolean[] out) {
            inner.signals(out);
        }
    }

    /** At least {@code min} of the parts hold: all is n of n, any is 1 of n. */
    static final class Count extends Formula {
        private final int min;
        private final Formula[] parts;

        Count(int min, Formula[] parts) {
            this.min = min;
            this.parts = parts;
        }

        @Override
        int eval(int[] lo, int[] hi) {
            if (min <= 0) {
                return TRUE;
            }
            int yes = 0;
            int unknown = 0;
            for (Formula part : parts) {
                int r = part.eval(lo, hi);
                if (r == TRUE) {
                    if (++yes >= min) {
                        return TRUE;
                    }
                } else if (r == UNKNOWN) {
                    unknown++;
                }
            }
            return yes + unknown < min ? FALSE : UNKNOWN;
        }

        @Override
        void antitone(boolean negated, boolean[] out) {
            for (Formula part : parts) {
                part.antitone(negated, out);
            }
        }

        @Override
        void signals(boolean[] out) {
            for (Formula part : parts) {
                part.signals(out);
            }
        }
    }

    /** A disjunction of nodes (built by the analyser, not by a policy). */
    static Formula any(List<Formula> nodes) {
        return new Count(1, nodes.toArray(Formula[]::new));
    }

    /** A conjunction of formulas (built by the analysers, not by a policy). */
    static Formula all(List<Formula> nodes) {
        return new Count(nodes.size(), nodes.toArray(Formula[]::new));
    }

    /** The negation of a formula. */
    static Formula not(Formula formula) {
        return new Not(formula);
    }

    /** A formula that always has the given value. */
    static Formula constant(boolean value) {
        return new Const(value);
    }

    @Override
    public String toString() {
        return "Lattice" + Arrays.toString(sizes);
    }
}
