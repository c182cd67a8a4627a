package dev.tandem.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The requirement check against brute force: a requirement is reported violated exactly when some observation
 * of a grid that hits every threshold from both sides (and absence) breaks it, vacuous exactly when no grid
 * observation satisfies its condition, and every witness really breaks it.
 */
class RequirementProperties {

    private static final SmallPolicies.Vocabulary SIGNALS = new SmallPolicies.Vocabulary(List.of("a", "b"),
            Map.of("d", new int[] {0, 6}, "e", new int[] {0, 3}));
    private static final List<String> TIERS = List.of("low", "mid", "high");

    @Provide
    Arbitrary<Policy> policies() {
        Arbitrary<Requirement> requirement = Combinators.combine(SmallPolicies.condition(SIGNALS, 2),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2)).as((when, kind, x, y) -> {
                    int lo = Math.min(x, y);
                    int hi = Math.max(x, y);
                    TierId low = kind == 1 ? null : TierId.of(TIERS.get(lo));
                    TierId high = kind == 0 ? null : TierId.of(TIERS.get(hi));
                    return new Requirement(RequirementId.of("q"), when, low, high);
                });
        return Combinators.combine(SmallPolicies.policy(SIGNALS, TIERS), requirement.list().ofMinSize(1)
                .ofMaxSize(2)).as((p, rs) -> p.withRequirements(rs));
    }

    @Property(tries = 300)
    void aRequirementIsViolatedExactlyWhenBruteForceFindsAnObservationThatBreaksIt(
            @ForAll("policies") Policy policy) {
        List<RequirementCheck.Outcome> outcomes = RequirementCheck.check(policy);

        List<Observation> grid = SmallPolicies.grid(policy.signals());
        for (int i = 0; i < policy.requirements().size(); i++) {
            Requirement r = policy.requirements().get(i);
            RequirementCheck.Outcome outcome = outcomes.get(i);
            boolean satisfiable = grid.stream().anyMatch(o -> SmallPolicies.holds(r.when(), o));
            boolean broken = grid.stream().anyMatch(o -> SmallPolicies.holds(r.when(), o)
                    && !within(policy, r, SmallPolicies.decide(policy, o)));
            assertThat(outcome.status()).as(r.toString()).isEqualTo(!satisfiable ? RequirementCheck.Status.VACUOUS
                    : broken ? RequirementCheck.Status.VIOLATED : RequirementCheck.Status.HOLDS);
        }
    }

    @Property(tries = 300)
    void everyWitnessSatisfiesTheConditionIsValidAndIsDecidedOutOfBounds(@ForAll("policies") Policy policy) {
        for (RequirementCheck.Outcome outcome : RequirementCheck.check(policy)) {
            if (outcome.status() != RequirementCheck.Status.VIOLATED) {
                continue;
            }
            Requirement r = outcome.requirement();
            Observation witness = outcome.witness();
            assertThat(policy.problems(witness)).isEmpty();
            assertThat(SmallPolicies.holds(r.when(), witness)).isTrue();
            assertThat(SmallPolicies.decide(policy, witness)).isEqualTo(outcome.decided());
            assertThat(within(policy, r, outcome.decided())).isFalse();
            assertThat(RequirementCheck.diagnostic(outcome, dev.tandem.diagnostic.JsonPointer.of("x")).message())
                    .endsWith(witness.display());
        }
    }

    private static boolean within(Policy p, Requirement r, TierId tier) {
        int rank = p.rank(tier);
        return (r.atLeast() == null || rank >= p.rank(r.atLeast())) && (r.atMost() == null
                || rank <= p.rank(r.atMost()));
    }
}
