package dev.tandem.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The policy comparison against brute force, on random pairs of small policies whose signals and tiers differ
 * as versions do: a flag only one knows, a scale whose range narrows, a signal whose type changes, a tier
 * added or removed. Brute force decides every observation valid for both on a grid that hits each threshold
 * from both sides and absence; the comparison must report exactly the pairs it finds, each with a witness
 * that decides as claimed under both.
 */
class PolicyDiffProperties {

    private static final SmallPolicies.Vocabulary OLD_SIGNALS = new SmallPolicies.Vocabulary(List.of("a", "b"),
            ordered("d", 0, 6, "e", 0, 3));
    private static final List<List<String>> NEW_TIERS = List.of(List.of("low", "mid", "high"),
            List.of("low", "high"), List.of("low", "mid", "new", "high"), List.of("mid", "low", "high"));
    private static final List<SmallPolicies.Vocabulary> NEW_SIGNALS = List.of(OLD_SIGNALS,
            new SmallPolicies.Vocabulary(List.of("a", "c"), ordered("d", 2, 5, "e", 0, 3)),
            new SmallPolicies.Vocabulary(List.of("a", "b", "e"), ordered("d", 1, 6)));

    private static Map<String, int[]> ordered(Object... parts) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i += 3) {
            m.put((String) parts[i], new int[] {(Integer) parts[i + 1], (Integer) parts[i + 2]});
        }
        return m;
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Policy, Policy>> pairs() {
        Arbitrary<Policy> older = SmallPolicies.policy(OLD_SIGNALS, List.of("low", "mid", "high"));
        Arbitrary<Policy> newer = Combinators.combine(Arbitraries.of(NEW_SIGNALS), Arbitraries.of(NEW_TIERS))
                .flatAs(SmallPolicies::policy);
        return Combinators.combine(older, newer).as(Tuple::of);
    }

    @Property(tries = 300)
    void theComparisonReportsExactlyThePairsBruteForceFinds(@ForAll("pairs") Tuple.Tuple2<Policy, Policy> pair) {
        Policy older = pair.get1();
        Policy newer = pair.get2();

        PolicyDiff diff = PolicyDiff.between(older, newer);

        Set<List<TierId>> expected = new HashSet<>();
        for (Observation o : SmallPolicies.grid(PolicyDiff.commonSignals(older, newer))) {
            TierId from = SmallPolicies.decide(older, o);
            TierId to = SmallPolicies.decide(newer, o);
            if (!from.equals(to)) {
                expected.add(List.of(from, to));
            }
        }
        Set<List<TierId>> reported = new HashSet<>();
        for (PolicyDiff.Change c : concat(diff)) {
            reported.add(List.of(c.from(), c.to()));
        }
        assertThat(diff.complete()).isTrue();
        assertThat(reported).isEqualTo(expected);
        assertThat(concat(diff)).hasSize(expected.size());
    }

    @Property(tries = 300)
    void everyWitnessIsValidForBothAndDecidesAsClaimed(@ForAll("pairs") Tuple.Tuple2<Policy, Policy> pair) {
        Policy older = pair.get1();
        Policy newer = pair.get2();

        PolicyDiff diff = PolicyDiff.between(older, newer);

        for (PolicyDiff.Change c : concat(diff)) {
            assertThat(older.problems(c.witness())).isEmpty();
            assertThat(newer.problems(c.witness())).isEmpty();
            assertThat(SmallPolicies.decide(older, c.witness())).isEqualTo(c.from());
            assertThat(SmallPolicies.decide(newer, c.witness())).isEqualTo(c.to());
        }
    }

    @Property(tries = 200)
    void loweredAndRaisedFollowTheMergedOrderAndAreSortedByOldThenNewTier(
            @ForAll("pairs") Tuple.Tuple2<Policy, Policy> pair) {
        PolicyDiff diff = PolicyDiff.between(pair.get1(), pair.get2());
        List<TierId> order = diff.tierOrder();

        diff.lowered().forEach(c -> assertThat(order.indexOf(c.to())).isLessThan(order.indexOf(c.from())));
        diff.raised().forEach(c -> assertThat(order.indexOf(c.to())).isGreaterThan(order.indexOf(c.from())));
        for (List<PolicyDiff.Change> list : List.of(diff.lowered(), diff.raised())) {
            List<List<Integer>> keys = list.stream().map(c -> List.of(order.indexOf(c.from()),
                    order.indexOf(c.to()))).toList();
            List<List<Integer>> sorted = new ArrayList<>(keys);
            sorted.sort((x, y) -> x.get(0).equals(y.get(0)) ? x.get(1) - y.get(1) : x.get(0) - y.get(0));
            assertThat(keys).isEqualTo(sorted);
        }
    }

    @Property(tries = 200)
    void swappingTheVersionsSwapsLoweredAndRaised(@ForAll("pairs") Tuple.Tuple2<Policy, Policy> pair) {
        Policy older = pair.get1();
        Policy newer = pair.get2();
        if (!older.tiers().stream().map(Tier::id).toList().equals(newer.tiers().stream().map(Tier::id).toList())) {
            return; // with different tier lists the merged order itself depends on which is new
        }
        PolicyDiff forward = PolicyDiff.between(older, newer);
        PolicyDiff backward = PolicyDiff.between(newer, older);

        assertThat(swapped(backward.raised())).isEqualTo(pairs(forward.lowered()));
        assertThat(swapped(backward.lowered())).isEqualTo(pairs(forward.raised()));
    }

    @Property(tries = 100)
    void aPolicyComparedWithItselfHasNoDifference(@ForAll("pairs") Tuple.Tuple2<Policy, Policy> pair) {
        assertThat(PolicyDiff.between(pair.get2(), pair.get2()).isEmpty()).isTrue();
    }

    private static Set<List<TierId>> pairs(List<PolicyDiff.Change> changes) {
        Set<List<TierId>> out = new HashSet<>();
        changes.forEach(c -> out.add(List.of(c.from(), c.to())));
        return out;
    }

    private static Set<List<TierId>> swapped(List<PolicyDiff.Change> changes) {
        Set<List<TierId>> out = new HashSet<>();
        changes.forEach(c -> out.add(List.of(c.to(), c.from())));
        return out;
    }

    private static List<PolicyDiff.Change> concat(PolicyDiff diff) {
        List<PolicyDiff.Change> all = new ArrayList<>(diff.lowered());
        all.addAll(diff.raised());
        return all;
    }
}
