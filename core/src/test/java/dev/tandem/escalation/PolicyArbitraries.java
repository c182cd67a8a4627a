package dev.tandem.escalation;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of small policies over three flags ({@code a}, {@code b}, {@code c}) and two scales
 * ({@code d} in [0, 10], {@code e} in [0, 4]), three tiers ({@code low}, {@code mid}, {@code high}), one to four
 * rules with conditions up to three levels deep. They shrink: a failing property reports fewer rules, flatter
 * conditions, flag tests before comparisons and smaller thresholds.
 */
final class PolicyArbitraries {

    /** The flag signals. */
    static final String[] FLAGS = {"a", "b", "c"};
    /** The tiers, low to high. */
    static final String[] TIERS = {"low", "mid", "high"};

    private PolicyArbitraries() {
    }

    /** {@return random policies} */
    static Arbitrary<Policy> policies() {
        Arbitrary<String> defaults = Arbitraries.of("mid", "high").injectNull(0.75);
        Arbitrary<RuleSpec> rule = Combinators.combine(Arbitraries.of(TIERS), conditions(3)).as(RuleSpec::new);
        return Combinators.combine(defaults, rule.list().ofMinSize(1).ofMaxSize(4)).as(PolicyArbitraries::policy);
    }

    /** {@return random conditions over the signals, at most {@code depth} combinators deep} @param depth depth */
    static Arbitrary<Condition> conditions(int depth) {
        Arbitrary<Condition> flag = Arbitraries.of(FLAGS).map(Condition::flag);
        Arbitrary<Condition> atLeast = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 11).map(n -> Condition.atLeast("d", n)),
                Arbitraries.integers().between(0, 4).map(n -> Condition.atLeast("e", n)));
        Arbitrary<Condition> atMost = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 10).map(n -> Condition.atMost("d", n)),
                Arbitraries.integers().between(0, 4).map(n -> Condition.atMost("e", n)));
        if (depth <= 0) {
            return Arbitraries.oneOf(flag, atLeast, atMost);
        }
        Arbitrary<List<Condition>> parts = Arbitraries.lazy(() -> conditions(depth - 1)).list().ofMinSize(1)
                .ofMaxSize(3);
        Arbitrary<Condition> not = Arbitraries.lazy(() -> conditions(depth - 1)).map(Condition::not);
        Arbitrary<Condition> all = parts.map(Condition.All::new);
        Arbitrary<Condition> any = parts.map(Condition.Any::new);
        Arbitrary<Condition> count = parts.flatMap(p -> Arbitraries.integers().between(0, p.size() + 1)
                .map(k -> new Condition.Count(k, p)));
        return Arbitraries.oneOf(flag, atLeast, atMost, not, all, any, count);
    }

    private static Policy policy(String defaultTier, List<RuleSpec> rules) {
        PolicyBuilder b = PolicyBuilder.withTiers(TIERS).flags(FLAGS).scale("d", 0, 10).scale("e", 0, 4);
        if (defaultTier != null) {
            b.defaultTier(defaultTier);
        }
        List<RuleSpec> copy = new ArrayList<>(rules);
        for (int i = 0; i < copy.size(); i++) {
            b.rule("r" + i, copy.get(i).tier(), copy.get(i).when(), "action " + i);
        }
        return b.build();
    }

    /** One rule before it has an id. */
    private record RuleSpec(String tier, Condition when) {
    }
}
