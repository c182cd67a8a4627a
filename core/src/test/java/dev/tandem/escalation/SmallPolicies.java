package dev.tandem.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Shrinking generators of small policies and conditions over named flags and integer-bounded scales, with a
 * brute-force evaluation grid: every scale value from its min to its max in steps of 0.5 plus absent, so each
 * whole-number threshold is hit from below, exactly and from above.
 */
final class SmallPolicies {

    private SmallPolicies() {
    }

    /** The signals a generated condition may use: flag ids and scales with whole-number bounds. */
    record Vocabulary(List<String> flags, Map<String, int[]> scales) {
        List<Signal> signals() {
            List<Signal> out = new ArrayList<>();
            flags.forEach(f -> out.add(Signal.flag(f)));
            scales.forEach((id, range) -> out.add(Signal.scale(id, range[0], range[1])));
            return out;
        }
    }

    static Arbitrary<Condition> condition(Vocabulary v, int depth) {
        List<Arbitrary<Condition>> leaves = new ArrayList<>();
        if (!v.flags().isEmpty()) {
            leaves.add(Arbitraries.of(v.flags()).map(Condition::flag));
        }
        v.scales().forEach((id, range) -> {
            leaves.add(Arbitraries.integers().between(range[0], range[1]).map(t -> Condition.atLeast(id, t)));
            leaves.add(Arbitraries.integers().between(range[0], range[1]).map(t -> Condition.atMost(id, t)));
        });
        Arbitrary<Condition> leaf = Arbitraries.oneOf(leaves);
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<Condition> inner = Arbitraries.lazy(() -> condition(v, depth - 1));
        Arbitrary<List<Condition>> parts = inner.list().ofMinSize(1).ofMaxSize(3);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf),
                net.jqwik.api.Tuple.of(1, inner.map(Condition::not)),
                net.jqwik.api.Tuple.of(1, parts.map(Condition.All::new)),
                net.jqwik.api.Tuple.of(1, parts.map(Condition.Any::new)),
                net.jqwik.api.Tuple.of(1, parts.flatMap(ps -> Arbitraries.integers().between(0, ps.size() + 1)
                        .map(k -> new Condition.Count(k, ps)))));
    }

    /** A policy over the vocabulary with the given tiers: one to four rules, maybe a default above the first. */
    static Arbitrary<Policy> policy(Vocabulary v, List<String> tiers) {
        Arbitrary<Rule> rule = Combinators.combine(condition(v, 2), Arbitraries.of(tiers))
                .as((when, tier) -> Rule.of("r", when, tier));
        Arbitrary<List<Rule>> rules = rule.list().ofMinSize(1).ofMaxSize(4).map(SmallPolicies::numbered);
        Arbitrary<String> defaultTier = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3,
                Arbitraries.just(tiers.get(0))), net.jqwik.api.Tuple.of(1, Arbitraries.of(tiers)));
        return Combinators.combine(rules, defaultTier).as((rs, d) -> new Policy(
                tiers.stream().map(t -> Tier.of(t, t)).toList(), TierId.of(d), v.signals(), rs));
    }

    private static List<Rule> numbered(List<Rule> rules) {
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            out.add(new Rule(RuleId.of("r" + i), r.when(), r.tier(), List.of("action " + i)));
        }
        return out;
    }

    /** {@return every observation of the grid over the given signals (flags false or true, scales absent or on the grid)} */
    static List<Observation> grid(List<Signal> signals) {
        List<Observation> out = new ArrayList<>();
        grid(signals, 0, Observation.builder().build().values(), out);
        return out;
    }

    private static void grid(List<Signal> signals, int k, Map<SignalId, SignalValue> given, List<Observation> out) {
        if (k == signals.size()) {
            out.add(new Observation(given));
            return;
        }
        Signal s = signals.get(k);
        grid(signals, k + 1, given, out);
        List<SignalValue> values = new ArrayList<>();
        if (s instanceof Signal.Scale sc) {
            for (double x = sc.min(); x <= sc.max(); x += 0.5) {
                values.add(SignalValue.of(x));
            }
        } else {
            values.add(SignalValue.of(true));
        }
        for (SignalValue value : values) {
            Map<SignalId, SignalValue> next = new java.util.LinkedHashMap<>(given);
            next.put(s.id(), value);
            grid(signals, k + 1, next, out);
        }
    }

    /** Evaluates a condition directly by FORMAT section 7, independently of the code under test. */
    static boolean holds(Condition c, Observation o) {
        if (c instanceof Condition.Flag f) {
            return o.get(f.signal()) instanceof SignalValue.Bool b && b.value();
        } else if (c instanceof Condition.AtLeast al) {
            return o.get(al.signal()) instanceof SignalValue.Number n && n.value() >= al.threshold();
        } else if (c instanceof Condition.AtMost am) {
            return o.get(am.signal()) instanceof SignalValue.Number n && n.value() <= am.threshold();
        } else if (c instanceof Condition.Not not) {
            return !holds(not.condition(), o);
        } else if (c instanceof Condition.All all) {
            return all.conditions().stream().allMatch(p -> holds(p, o));
        } else if (c instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(p -> holds(p, o));
        }
        Condition.Count count = (Condition.Count) c;
        return count.conditions().stream().filter(p -> holds(p, o)).count() >= count.min();
    }

    /** Decides by FORMAT section 7 directly: the highest tier of any rule that fires, else the default. */
    static TierId decide(Policy p, Observation o) {
        int best = -1;
        for (Rule r : p.rules()) {
            if (holds(r.when(), o)) {
                best = Math.max(best, p.rank(r.tier()));
            }
        }
        return best < 0 ? p.defaultTier() : p.tiers().get(best).id();
    }
}
