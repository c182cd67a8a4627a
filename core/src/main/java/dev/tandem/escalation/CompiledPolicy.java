package dev.tandem.escalation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A policy compiled for deciding: immutable and thread-safe, so one instance serves every caller.
 *
 * <p>Compiling numbers the distinct atoms of the conditions (flag tests and comparisons) as bit positions;
 * each scale signal keeps its thresholds sorted with their atoms, and each rule's condition becomes a small
 * tree of tests over those bits. Deciding reads the observation once into the set of atoms that hold
 * (checking it strictly on the way) and looks the decision up by that set: decisions are immutable values,
 * shared between calls on which the same atoms hold, and the trees run only the first time a set is seen
 * (the cache is bounded; past its bound the trees simply run every time).
 * {@link #decide(Observation)} does no more than that; {@link #explain(Observation)} additionally traces every
 * condition for a reader who asks why.
 */
public final class CompiledPolicy {

    /** Decisions are cached by the set of atoms that held, up to this many distinct sets. */
    private static final int CACHE_LIMIT = 1 << 16;

    private final Policy policy;
    private final SlotTable slots;
    private final int atomWords;
    private final Test[] tests;
    private final int[] ranks;
    private final int defaultRank;
    /** Null when the atoms take more than one word: such sets are not cached. */
    private final DecisionCache cache;

    private CompiledPolicy(Policy policy) {
        this.policy = policy;
        this.defaultRank = policy.rank(policy.defaultTier());
        if (defaultRank < 0) {
            throw new IllegalArgumentException("Unknown default tier: " + policy.defaultTier());
        }
        Map<SignalId, Signal> signals = new HashMap<>();
        for (Signal s : policy.signals()) {
            if (signals.put(s.id(), s) != null) {
                throw new IllegalArgumentException("Duplicate signal: " + s.id());
            }
        }
        Atoms atoms = new Atoms(signals);
        List<Rule> rules = policy.rules();
        this.tests = new Test[rules.size()];
        this.ranks = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            ranks[i] = policy.rank(rule.tier());
            if (ranks[i] < 0) {
                throw new IllegalArgumentException("Rule " + rule.id() + " names an unknown tier: " + rule.tier());
            }
            tests[i] = compile(rule.when(), atoms);
        }
        this.slots = new SlotTable(atoms.slots());
        this.atomWords = Math.max(1, (atoms.count + 63) >>> 6);
        this.cache = atomWords == 1 ? new DecisionCache(CACHE_LIMIT) : null;
    }

    /**
     * Compiles a policy.
     *
     * @param policy a valid policy
     * @return the compiled form
     * @throws IllegalArgumentException when the policy refers to unknown tiers or signals, compares a flag or
     *                                  tests a scale as a flag
     */
    public static CompiledPolicy of(Policy policy) {
        return new CompiledPolicy(Objects.requireNonNull(policy, "policy"));
    }

    /** {@return the policy this was compiled from} */
    public Policy policy() {
        return policy;
    }

    /**
     * Decides the tier for an observation (FORMAT section 7).
     *
     * @param observation the observed signal values
     * @return the decision
     * @throws InvalidObservationException when the observation does not fit the policy's signals: an unknown
     *                                     signal, a flag given anything but a boolean, a scale value that is
     *                                     not a number, NaN, or outside the scale's range
     */
    public Decision decide(Observation observation) {
        if (cache == null) {
            long[] words = new long[atomWords];
            load(observation, words);
            return decision(words);
        }
        long key = load(observation, null);
        Decision d = cache.get(key);
        if (d == null) {
            d = decision(new long[] {key});
            cache.put(key, d);
        }
        return d;
    }

    /**
     * Decides the tier for an observation and explains it: for every rule, whether it fired and which parts
     * of its condition held. Slower than {@link #decide(Observation)}; meant for people asking why.
     *
     * @param observation the observed signal values
     * @return the decision with its explanation
     * @throws InvalidObservationException when the observation does not fit the policy's signals
     */
    public Explanation explain(Observation observation) {
        Decision decision = decide(observation);
        List<Explanation.RuleTrace> traces = new ArrayList<>(tests.length);
        for (Rule rule : policy.rules()) {
            Explanation.ConditionTrace node = trace(rule.when(), observation);
            traces.add(new Explanation.RuleTrace(rule.id(), rule.tier(), node.held(), node));
        }
        return new Explanation(decision, traces);
    }

    // ---------------------------------------------------------------- observations

    /**
     * Reads an observation into the set of atoms (flag tests and comparisons) that hold, checking it. Iterates
     * the observation's entries (measured faster than looking each of the policy's signals up in the
     * observation's map, and proportional to what was observed) and finds each signal's slot by its raw id.
     *
     * @param words where to set the atoms when they take more than one word, else null
     * @return the atoms that hold when they fit one word (else 0)
     */
    private long load(Observation observation, long[] words) {
        long bits = 0;
        for (Map.Entry<SignalId, SignalValue> e : observation.values().entrySet()) {
            Slot slot = slots.get(e.getKey().value());
            if (slot == null) {
                throw invalid(observation); // a signal the policy does not have
            }
            SignalValue value = e.getValue();
            if (slot.flag) {
                if (!(value instanceof SignalValue.Bool b)) {
                    throw invalid(observation);
                }
                if (b.value() && slot.flagAtom >= 0) {
                    bits = set(bits, words, slot.flagAtom);
                }
            } else if (value instanceof SignalValue.Number n && n.value() >= slot.min && n.value() <= slot.max) {
                double v = n.value();
                for (int k = 0; k < slot.atLeast.length; k++) {
                    if (v >= slot.atLeast[k]) {
                        bits = set(bits, words, slot.atLeastAtoms[k]);
                    }
                }
                for (int k = 0; k < slot.atMost.length; k++) {
                    if (v <= slot.atMost[k]) {
                        bits = set(bits, words, slot.atMostAtoms[k]);
                    }
                }
            } else {
                // not a number, NaN (which fails both comparisons) or outside the range
                throw invalid(observation);
            }
        }
        return bits;
    }

    private static long set(long bits, long[] words, int atom) {
        if (words == null) {
            return bits | 1L << atom;
        }
        words[atom >>> 6] |= 1L << atom;
        return bits;
    }

    private InvalidObservationException invalid(Observation observation) {
        return new InvalidObservationException(new ArrayList<>(policy.problems(observation).values()));
    }

    // ---------------------------------------------------------------- decisions

    private Decision decision(long[] atoms) {
        int best = -1;
        boolean[] fired = new boolean[tests.length];
        for (int i = 0; i < tests.length; i++) {
            if (tests[i].test(atoms)) {
                fired[i] = true;
                best = Math.max(best, ranks[i]);
            }
        }
        int tier = best < 0 ? defaultRank : best;
        List<RuleId> ids = new ArrayList<>();
        Set<String> actions = new LinkedHashSet<>();
        for (int i = 0; i < fired.length; i++) {
            if (fired[i]) {
                Rule rule = policy.rules().get(i);
                ids.add(rule.id());
                if (ranks[i] == tier) {
                    actions.addAll(rule.actions());
                }
            }
        }
        return new Decision(policy.tiers().get(tier).id(), ids, new ArrayList<>(actions));
    }

    // ---------------------------------------------------------------- compiling conditions

    private static Test compile(Condition condition, Atoms atoms) {
        return condition.accept(new Condition.Visitor<Test>() {
            @Override
            public Test flag(Condition.Flag c) {
                return bit(atoms.flag(c.signal()));
            }

            @Override
            public Test atLeast(Condition.AtLeast c) {
                return bit(atoms.comparison(c.signal(), true, c.threshold()));
            }

            @Override
            public Test atMost(Condition.AtMost c) {
                return bit(atoms.comparison(c.signal(), false, c.threshold()));
            }

            @Override
            public Test not(Condition.Not c) {
                Test inner = compile(c.condition(), atoms);
                return a -> !inner.test(a);
            }

            @Override
            public Test all(Condition.All c) {
                Test[] parts = compileAll(c.conditions(), atoms);
                return a -> {
                    for (Test t : parts) {
                        if (!t.test(a)) {
                            return false;
                        }
                    }
                    return true;
                };
            }

            @Override
            public Test any(Condition.Any c) {
                Test[] parts = compileAll(c.conditions(), atoms);
                return a -> {
                    for (Test t : parts) {
                        if (t.test(a)) {
                            return true;
                        }
                    }
                    return false;
                };
            }

            @Override
            public Test count(Condition.Count c) {
                Test[] parts = compileAll(c.conditions(), atoms);
                int min = c.min();
                return a -> {
                    int held = 0;
                    for (int k = 0; k < parts.length && held < min; k++) {
                        if (parts[k].test(a)) {
                            held++;
                        }
                    }
                    return held >= min;
                };
            }
        });
    }

    private static Test bit(int atom) {
        int word = atom >>> 6;
        long bit = 1L << atom;
        return a -> (a[word] & bit) != 0;
    }

    private static Test[] compileAll(List<Condition> conditions, Atoms atoms) {
        Test[] parts = new Test[conditions.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = compile(conditions.get(i), atoms);
        }
        return parts;
    }

    /**
     * Numbers the distinct atoms (flag tests and comparisons) of a policy and records, per signal, which atoms
     * a value sets.
     */
    private static final class Atoms {
        private final Map<SignalId, Signal> signals;
        private final Map<SignalId, Integer> flagAtoms = new HashMap<>();
        private final Map<SignalId, Map<Double, Integer>> atLeast = new HashMap<>();
        private final Map<SignalId, Map<Double, Integer>> atMost = new HashMap<>();
        private int count;

        Atoms(Map<SignalId, Signal> signals) {
            this.signals = signals;
        }

        int flag(SignalId id) {
            if (!(signal(id) instanceof Signal.Flag)) {
                throw new IllegalArgumentException("Scale signal " + id + " tested as a flag");
            }
            return flagAtoms.computeIfAbsent(id, k -> count++);
        }

        int comparison(SignalId id, boolean lower, double threshold) {
            if (!(signal(id) instanceof Signal.Scale)) {
                throw new IllegalArgumentException("Flag signal " + id + " compared with at-least or at-most");
            }
            return (lower ? atLeast : atMost).computeIfAbsent(id, k -> new java.util.TreeMap<>())
                    .computeIfAbsent(threshold, k -> count++);
        }

        private Signal signal(SignalId id) {
            Signal s = signals.get(id);
            if (s == null) {
                throw new IllegalArgumentException("Unknown signal in a condition: " + id);
            }
            return s;
        }

        Map<String, Slot> slots() {
            Map<String, Slot> slots = new HashMap<>();
            signals.forEach((id, s) -> {
                if (s instanceof Signal.Scale sc) {
                    Map<Double, Integer> lo = atLeast.getOrDefault(id, Map.of());
                    Map<Double, Integer> hi = atMost.getOrDefault(id, Map.of());
                    slots.put(id.value(), new Slot(false, -1, sc.min(), sc.max(), keys(lo), values(lo), keys(hi), values(hi)));
                } else {
                    slots.put(id.value(), new Slot(true, flagAtoms.getOrDefault(id, -1), 0, 0, new double[0], new int[0],
                            new double[0], new int[0]));
                }
            });
            return slots;
        }

        private static double[] keys(Map<Double, Integer> m) {
            return m.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        }

        private static int[] values(Map<Double, Integer> m) {
            return m.values().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    // ---------------------------------------------------------------- explanations

    private static Explanation.ConditionTrace trace(Condition condition, Observation o) {
        return condition.accept(new Condition.Visitor<Explanation.ConditionTrace>() {
            @Override
            public Explanation.ConditionTrace flag(Condition.Flag c) {
                SignalValue v = o.get(c.signal());
                return Explanation.ConditionTrace.leaf(c, v instanceof SignalValue.Bool b && b.value(), v);
            }

            @Override
            public Explanation.ConditionTrace atLeast(Condition.AtLeast c) {
                SignalValue v = o.get(c.signal());
                return Explanation.ConditionTrace.leaf(c, v instanceof SignalValue.Number n && n.value() >= c.threshold(), v);
            }

            @Override
            public Explanation.ConditionTrace atMost(Condition.AtMost c) {
                SignalValue v = o.get(c.signal());
                return Explanation.ConditionTrace.leaf(c, v instanceof SignalValue.Number n && n.value() <= c.threshold(), v);
            }

            @Override
            public Explanation.ConditionTrace not(Condition.Not c) {
                Explanation.ConditionTrace inner = trace(c.condition(), o);
                return Explanation.ConditionTrace.of(c, !inner.held(), List.of(inner));
            }

            @Override
            public Explanation.ConditionTrace all(Condition.All c) {
                List<Explanation.ConditionTrace> children = traceAll(c, o);
                return Explanation.ConditionTrace.of(c, held(children) == children.size(), children);
            }

            @Override
            public Explanation.ConditionTrace any(Condition.Any c) {
                List<Explanation.ConditionTrace> children = traceAll(c, o);
                return Explanation.ConditionTrace.of(c, held(children) > 0, children);
            }

            @Override
            public Explanation.ConditionTrace count(Condition.Count c) {
                List<Explanation.ConditionTrace> children = traceAll(c, o);
                return Explanation.ConditionTrace.of(c, held(children) >= c.min(), children);
            }
        });
    }

    private static List<Explanation.ConditionTrace> traceAll(Condition c, Observation o) {
        List<Explanation.ConditionTrace> children = new ArrayList<>(c.parts().size());
        for (Condition part : c.parts()) {
            children.add(trace(part, o));
        }
        return children;
    }

    private static int held(List<Explanation.ConditionTrace> children) {
        int held = 0;
        for (Explanation.ConditionTrace child : children) {
            held += child.held() ? 1 : 0;
        }
        return held;
    }

    /**
     * The slots by raw signal id: open addressing with linear probing over the ids' own (cached) hash codes,
     * comparing identity first, so an observation built from the policy's own ids never compares characters.
     */
    private static final class SlotTable {
        private final String[] keys;
        private final Slot[] values;
        private final int mask;

        SlotTable(Map<String, Slot> slots) {
            int capacity = Integer.highestOneBit(Math.max(2, slots.size()) * 2 - 1) << 1;
            keys = new String[capacity];
            values = new Slot[capacity];
            mask = capacity - 1;
            slots.forEach((id, slot) -> {
                int i = index(id);
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = id;
                values[i] = slot;
            });
        }

        Slot get(String id) {
            int i = index(id);
            for (String k = keys[i]; k != null; k = keys[i]) {
                if (k == id || k.equals(id)) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return null;
        }

        private int index(String id) {
            int h = id.hashCode();
            return (h ^ (h >>> 16)) & mask;
        }
    }

    /** A compiled condition over the set of atoms that hold. */
    @FunctionalInterface
    private interface Test {
        boolean test(long[] atoms);
    }

    /**
     * What a signal's value sets: a flag's atom (or -1 when no condition tests it), or the atoms of a scale's
     * comparisons with their thresholds, and the scale's range.
     */
    private record Slot(boolean flag, int flagAtom, double min, double max, double[] atLeast, int[] atLeastAtoms,
            double[] atMost, int[] atMostAtoms) {
    }
}
