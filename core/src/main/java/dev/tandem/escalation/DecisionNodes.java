package dev.tandem.escalation;

import java.util.ArrayList;
import java.util.List;

/**
 * The decision of one policy (FORMAT section 7: the highest tier of any rule that fires, else the default) as
 * conditions over the levels of a {@link Lattice}: "the decided tier is t", "is below t", "is above t". Tiers
 * are the policy's ranks (0 is the lowest).
 *
 * <p>Immutable once built.
 */
final class DecisionNodes {

    private final List<Lattice.Formula> rules;
    private final int[] ranks;
    private final int defaultRank;
    private final Lattice.Formula noRuleFires;

    /**
     * @param rules       each rule's condition over the lattice
     * @param ranks       each rule's tier rank
     * @param defaultRank the default tier's rank
     */
    DecisionNodes(List<Lattice.Formula> rules, int[] ranks, int defaultRank) {
        this.rules = List.copyOf(rules);
        this.ranks = ranks.clone();
        this.defaultRank = defaultRank;
        this.noRuleFires = Lattice.not(Lattice.any(this.rules));
    }

    /** {@return the decision of the policy a lattice was built from} */
    static DecisionNodes of(Lattice lattice) {
        List<Lattice.Formula> rules = new ArrayList<>();
        int[] ranks = new int[lattice.ruleCount()];
        for (int i = 0; i < ranks.length; i++) {
            rules.add(lattice.rule(i));
            ranks[i] = lattice.rank(i);
        }
        return new DecisionNodes(rules, ranks, lattice.defaultRank());
    }

    /** {@return the decision of a policy over a lattice that knows every signal its rules compare} */
    static DecisionNodes of(Lattice lattice, Policy policy) {
        List<Lattice.Formula> rules = new ArrayList<>();
        int[] ranks = new int[policy.rules().size()];
        for (int i = 0; i < ranks.length; i++) {
            Rule rule = policy.rules().get(i);
            rules.add(lattice.formula(rule.when()));
            ranks[i] = policy.rank(rule.tier());
        }
        return new DecisionNodes(rules, ranks, policy.rank(policy.defaultTier()));
    }

    /** {@return some rule whose rank satisfies the test fires} */
    private Lattice.Formula anyRule(java.util.function.IntPredicate rank) {
        List<Lattice.Formula> out = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            if (rank.test(ranks[i])) {
                out.add(rules.get(i));
            }
        }
        return Lattice.any(out);
    }

    /** {@return the decided tier is exactly {@code t}} */
    Lattice.Formula decides(int t) {
        Lattice.Formula fires = anyRule(r -> r == t);
        Lattice.Formula byDefault = t == defaultRank ? noRuleFires : Lattice.constant(false);
        return Lattice.all(List.of(Lattice.not(anyRule(r -> r > t)), Lattice.any(List.of(fires, byDefault))));
    }

    /** {@return the decided tier is below {@code t}} */
    Lattice.Formula below(int t) {
        Lattice.Formula noneAtOrAbove = Lattice.not(anyRule(r -> r >= t));
        return defaultRank < t ? noneAtOrAbove
                : Lattice.all(List.of(noneAtOrAbove, Lattice.not(noRuleFires)));
    }

    /** {@return the decided tier is above {@code t}} */
    Lattice.Formula above(int t) {
        Lattice.Formula higher = anyRule(r -> r > t);
        return defaultRank > t ? Lattice.any(List.of(higher, noRuleFires)) : higher;
    }
}
