package dev.tandem.escalation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A policy compiled for deciding: immutable and thread-safe, so one instance serves every caller.
 *
 * <p>Compiling gives every flag signal a bit position and every scale signal a slot in a value array; each
 * rule's condition becomes a small tree of primitive tests. Deciding reads the observation once into those
 * bits and slots (checking it strictly on the way), runs the tests, and looks the decision up by the set of
 * rules that fired: decisions are immutable values shared between calls with the same fired rules.
 * {@link #decide(Observation)} does no more than that; {@link #explain(Observation)} additionally traces every
 * condition for a reader who asks why.
 */
public final class CompiledPolicy {

    /** Fired-rule sets are cached in an array up to this many rules, in a bounded map above it. */
    private static final int ARRAY_CACHE_RULES = 10;
    private static final int MAP_CACHE_LIMIT = 4096;

    private final Policy policy;
    private final Map<SignalId, Slot> slots;
    private final int flagWords;
    private final int scaleCount;
    private final Test[] tests;
    private final int[] ranks;
    private final int defaultRank;
    private final Decision[] arrayCache;
    private final Map<Long, Decision> mapCache;

    private CompiledPolicy(Policy policy) {
        this.policy = policy;
        Map<SignalId, Slot> byId = new HashMap<>();
        int flags = 0;
        int scales = 0;
        for (Signal s : policy.signals()) {
            Slot slot = s instanceof Signal.Scale sc ? new Slot(false, scales++, sc.min(), sc.max())
                    : new Slot(true, flags++, 0, 0);
            if (byId.put(s.id(), slot) != null) {
                throw new IllegalArgumentException("Duplicate signal: " + s.id());
            }
        }
        this.slots = Map.copyOf(byId);
        this.flagWords = (flags + 63) >>> 6;
        this.scaleCount = scales;
        this.defaultRank = policy.rank(policy.defaultTier());
        if (defaultRank < 0) {
            throw new IllegalArgumentException("Unknown default tier: " + policy.defaultTier());
        }
        List<Rule> rules = policy.rules();
        this.tests = new Test[rules.size()];
        this.ranks = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            ranks[i] = policy.rank(rule.tier());
            if (ranks[i] < 0) {
                throw new IllegalArgumentException("Rule " + rule.id() + " names an unknown tier: " + rule.tier());
            }
            tests[i] = compile(rule.when());
        }
        this.arrayCache = rules.size() <= ARRAY_CACHE_RULES ? new Decision[1 << rules.size()] : null;
        this.mapCache = rules.size() <= 64 && arrayCache == null ? new ConcurrentHashMap<>() : null;
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
        long[] flags = new long[flagWords];
        double[] scales = new double[scaleCount];
        load(observation, flags, scales);
        if (tests.length > 64) {
            return decision(firedRules(flags, scales));
        }
        long fired = 0;
        for (int i = 0; i < tests.length; i++) {
            if (tests[i].test(flags, scales)) {
                fired |= 1L << i;
            }
        }
        return cached(fired);
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
            Explanation.Node node = trace(rule.when(), observation);
            traces.add(new Explanation.RuleTrace(rule.id(), rule.tier(), node.held(), node));
        }
        return new Explanation(decision, traces);
    }

    // ---------------------------------------------------------------- observations

    private void load(Observation observation, long[] flags, double[] scales) {
        Arrays.fill(scales, Double.NaN);
        for (Map.Entry<SignalId, SignalValue> e : observation.values().entrySet()) {
            Slot slot = slots.get(e.getKey());
            SignalValue value = e.getValue();
            if (slot == null) {
                throw invalid(observation);
            } else if (slot.flag) {
                if (!(value instanceof SignalValue.Bool b)) {
                    throw invalid(observation);
                }
                if (b.value()) {
                    flags[slot.index >>> 6] |= 1L << slot.index;
                }
            } else {
                // NaN fails both comparisons, so it is rejected here too
                if (!(value instanceof SignalValue.Number n && n.value() >= slot.min && n.value() <= slot.max)) {
                    throw invalid(observation);
                }
                scales[slot.index] = n.value();
            }
        }
    }

    private InvalidObservationException invalid(Observation observation) {
        return new InvalidObservationException(new ArrayList<>(policy.problems(observation).values()));
    }

    // ---------------------------------------------------------------- decisions

    private Decision cached(long fired) {
        if (arrayCache != null) {
            int key = (int) fired;
            Decision d = arrayCache[key];
            if (d == null) {
                // a benign race: Decision is immutable with final fields, so any thread may fill the slot
                d = decision(fired);
                arrayCache[key] = d;
            }
            return d;
        }
        Decision d = mapCache.get(fired);
        if (d == null) {
            d = decision(fired);
            if (mapCache.size() < MAP_CACHE_LIMIT) {
                mapCache.putIfAbsent(fired, d);
            }
        }
        return d;
    }

    private Decision decision(long fired) {
        boolean[] mask = new boolean[tests.length];
        for (int i = 0; i < tests.length; i++) {
            mask[i] = (fired >>> i & 1) != 0;
        }
        return decision(mask);
    }

    private boolean[] firedRules(long[] flags, double[] scales) {
        boolean[] mask = new boolean[tests.length];
        for (int i = 0; i < tests.length; i++) {
            mask[i] = tests[i].test(flags, scales);
        }
        return mask;
    }

    private Decision decision(boolean[] fired) {
        int best = -1;
        for (int i = 0; i < fired.length; i++) {
            if (fired[i]) {
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

    private Test compile(Condition c) {
        if (c instanceof Condition.Flag f) {
            Slot slot = slot(f.signal(), true);
            int word = slot.index >>> 6;
            long bit = 1L << slot.index;
            return (flags, scales) -> (flags[word] & bit) != 0;
        } else if (c instanceof Condition.AtLeast al) {
            int i = slot(al.signal(), false).index;
            double t = al.threshold();
            return (flags, scales) -> scales[i] >= t;
        } else if (c instanceof Condition.AtMost am) {
            int i = slot(am.signal(), false).index;
            double t = am.threshold();
            return (flags, scales) -> scales[i] <= t;
        } else if (c instanceof Condition.Not not) {
            Test inner = compile(not.condition());
            return (flags, scales) -> !inner.test(flags, scales);
        } else if (c instanceof Condition.All all) {
            Test[] parts = compileAll(all.conditions());
            return (flags, scales) -> {
                for (Test t : parts) {
                    if (!t.test(flags, scales)) {
                        return false;
                    }
                }
                return true;
            };
        } else if (c instanceof Condition.Any any) {
            Test[] parts = compileAll(any.conditions());
            return (flags, scales) -> {
                for (Test t : parts) {
                    if (t.test(flags, scales)) {
                        return true;
                    }
                }
                return false;
            };
        }
        Condition.Count count = (Condition.Count) c;
        Test[] parts = compileAll(count.conditions());
        int min = count.min();
        return (flags, scales) -> {
            int held = 0;
            for (int k = 0; k < parts.length && held < min; k++) {
                if (parts[k].test(flags, scales)) {
                    held++;
                }
            }
            return held >= min;
        };
    }

    private Test[] compileAll(List<Condition> conditions) {
        Test[] parts = new Test[conditions.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = compile(conditions.get(i));
        }
        return parts;
    }

    private Slot slot(SignalId id, boolean flag) {
        Slot slot = slots.get(id);
        if (slot == null) {
            throw new IllegalArgumentException("Unknown signal in a condition: " + id);
        }
        if (slot.flag != flag) {
            throw new IllegalArgumentException(flag ? "Scale signal " + id + " tested as a flag"
                    : "Flag signal " + id + " compared with at-least or at-most");
        }
        return slot;
    }

    // ---------------------------------------------------------------- explanations

    private static Explanation.Node trace(Condition c, Observation o) {
        if (c instanceof Condition.Flag f) {
            SignalValue v = o.get(f.signal());
            return Explanation.Node.leaf(c, v instanceof SignalValue.Bool b && b.value(), v);
        } else if (c instanceof Condition.AtLeast al) {
            SignalValue v = o.get(al.signal());
            return Explanation.Node.leaf(c, v instanceof SignalValue.Number n && n.value() >= al.threshold(), v);
        } else if (c instanceof Condition.AtMost am) {
            SignalValue v = o.get(am.signal());
            return Explanation.Node.leaf(c, v instanceof SignalValue.Number n && n.value() <= am.threshold(), v);
        } else if (c instanceof Condition.Not not) {
            Explanation.Node inner = trace(not.condition(), o);
            return Explanation.Node.of(c, !inner.held(), List.of(inner));
        }
        List<Condition> parts = c instanceof Condition.All all ? all.conditions()
                : c instanceof Condition.Any any ? any.conditions() : ((Condition.Count) c).conditions();
        List<Explanation.Node> children = new ArrayList<>(parts.size());
        int held = 0;
        for (Condition part : parts) {
            Explanation.Node child = trace(part, o);
            children.add(child);
            held += child.held() ? 1 : 0;
        }
        boolean result = c instanceof Condition.All ? held == parts.size()
                : c instanceof Condition.Any ? held > 0 : held >= ((Condition.Count) c).min();
        return Explanation.Node.of(c, result, children);
    }

    /** A compiled condition over flag bits and scale values (NaN when absent). */
    @FunctionalInterface
    private interface Test {
        boolean test(long[] flags, double[] scales);
    }

    /** Where a signal's value goes: a flag bit or a scale slot with its range. */
    private record Slot(boolean flag, int index, double min, double max) {
    }
}
