package dev.tandem.escalation;

import dev.tandem.internal.MergedOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How two versions of an escalation policy decide differently (FORMAT section 14.2): every pair (old tier,
 * new tier) that some observation valid for both policies is decided, one entry per pair with one witness.
 *
 * <p>An observation is valid for both when it gives only signals both policies know with the same type, and
 * each scale value lies in both ranges; a signal only one of them knows (or whose type differs) is absent.
 * Tiers are compared in the merged order ({@link #tierOrder()}): the new policy's tiers in its order, each tier
 * only the old one has right after the tier it follows there. A pair whose new tier comes earlier in that order
 * is {@code lowered} (the entry a reviewer must not miss), else {@code raised}; both lists are ordered by old
 * tier, then new tier.
 *
 * <p>Exact: both decisions are functions of the levels of one lattice over the common signals, cut at every
 * threshold either policy mentions, and each pair is looked for by a complete search on it; every witness is
 * confirmed by deciding it with both compiled policies. Immutable and thread-safe.
 *
 * @param tierOrder the merged tier order, low to high
 * @param lowered   the pairs whose new tier is lower, by old tier then new tier
 * @param raised    the pairs whose new tier is higher, by old tier then new tier
 * @param complete  false when a search ran out of its step budget, so that some pair may be missing
 */
public record PolicyDiff(List<TierId> tierOrder, List<Change> lowered, List<Change> raised, boolean complete) {

    /** The default step budget per pair of tiers. */
    public static final long DEFAULT_BUDGET = 50_000_000;

    /** Copies the lists. */
    public PolicyDiff {
        tierOrder = List.copyOf(tierOrder);
        lowered = List.copyOf(lowered);
        raised = List.copyOf(raised);
    }

    /**
     * One pair of tiers that the two versions decide differently for some observation.
     *
     * @param from    the tier the old policy decides
     * @param to      the tier the new policy decides
     * @param witness an observation valid for both that the old policy decides {@code from} and the new one
     *                {@code to} (false flags and absent scales left out)
     */
    public record Change(TierId from, TierId to, Observation witness) {
        /** Checks the components. */
        public Change {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(witness, "witness");
        }
    }

    /** {@return true when both policies decide the same tier for every observation valid for both} */
    public boolean isEmpty() {
        return lowered.isEmpty() && raised.isEmpty();
    }

    /**
     * Compares two policies with the default budget.
     *
     * @param older a valid policy (the old version)
     * @param newer a valid policy (the new version)
     * @return the difference
     * @throws IllegalArgumentException when a policy refers to unknown signals or tiers
     */
    public static PolicyDiff between(Policy older, Policy newer) {
        return between(older, newer, DEFAULT_BUDGET);
    }

    /**
     * Compares two policies.
     *
     * @param older  a valid policy (the old version)
     * @param newer  a valid policy (the new version)
     * @param budget the most search steps per pair of tiers, at least 1
     * @return the difference
     * @throws IllegalArgumentException when a policy refers to unknown signals or tiers, or the budget is not
     *                                  positive
     */
    public static PolicyDiff between(Policy older, Policy newer, long budget) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        if (budget < 1) {
            throw new IllegalArgumentException("Invalid budget (must be >= 1): " + budget);
        }
        List<TierId> order = MergedOrder.of(ids(newer), ids(older));
        List<Condition> whens = new ArrayList<>();
        older.rules().forEach(r -> whens.add(r.when()));
        newer.rules().forEach(r -> whens.add(r.when()));
        Lattice lattice = Lattice.over(commonSignals(older, newer), whens);
        DecisionNodes before = DecisionNodes.of(lattice, older);
        DecisionNodes after = DecisionNodes.of(lattice, newer);
        CompiledPolicy oldCompiled = older.compile();
        CompiledPolicy newCompiled = newer.compile();
        List<Change> lowered = new ArrayList<>();
        List<Change> raised = new ArrayList<>();
        boolean complete = true;
        for (TierId from : order) {
            int a = older.rank(from);
            if (a < 0) {
                continue;
            }
            for (TierId to : order) {
                int b = newer.rank(to);
                if (b < 0 || from.equals(to)) {
                    continue;
                }
                WitnessSearch search = new WitnessSearch(lattice, budget);
                int[] point;
                try {
                    point = search.find(-1, List.of(new WitnessSearch.Constraint(before.decides(a), false, true),
                            new WitnessSearch.Constraint(after.decides(b), false, true)));
                } catch (WitnessSearch.Exhausted e) {
                    complete = false;
                    continue;
                }
                if (point == null) {
                    continue;
                }
                Observation witness = lattice.observation(point);
                if (!oldCompiled.decide(witness).tier().equals(from) || !newCompiled.decide(witness).tier().equals(to)) {
                    throw new IllegalStateException("Internal error: the policy comparison found a false witness "
                            + witness.display());
                }
                (order.indexOf(to) < order.indexOf(from) ? lowered : raised).add(new Change(from, to, witness));
            }
        }
        return new PolicyDiff(order, lowered, raised, complete);
    }

    private static List<TierId> ids(Policy policy) {
        return policy.tiers().stream().map(Tier::id).toList();
    }

    /** {@return the signals both know with the same type, a scale's range being the overlap of both} */
    static List<Signal> commonSignals(Policy older, Policy newer) {
        List<Signal> out = new ArrayList<>();
        for (Signal s : older.signals()) {
            Signal other = newer.signal(s.id()).orElse(null);
            if (s instanceof Signal.Flag && other instanceof Signal.Flag) {
                out.add(s);
            } else if (s instanceof Signal.Scale a && other instanceof Signal.Scale b) {
                double min = Math.max(a.min(), b.min());
                double max = Math.min(a.max(), b.max());
                if (min <= max) {
                    out.add(new Signal.Scale(s.id(), min, max));
                }
            }
        }
        return out;
    }
}
