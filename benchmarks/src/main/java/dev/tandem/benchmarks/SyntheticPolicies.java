package dev.tandem.benchmarks;

import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Escalation policies of a chosen size, shaped like real ones: a third of the signals are 0-10 scales, the rest
 * flags; four tiers; a rule per signal, threshold pairs on scales, conjunctions, k-of-n counts and one guarded
 * negation. Deterministic: the same size always gives the same policy.
 */
public final class SyntheticPolicies {

    /** The tiers, low to high. */
    public static final List<String> TIERS = List.of("continue", "consult", "refer", "emergency");

    private SyntheticPolicies() {
    }

    /** {@return a policy with {@code n} signals (at least 3)} @param n the number of signals */
    public static Policy withSignals(int n) {
        if (n < 3) {
            throw new IllegalArgumentException("Invalid number of signals (must be at least 3): " + n);
        }
        int scales = n / 3;
        List<Signal> signals = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<String> scaleIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i < scales) {
                String id = "scale-" + i;
                scaleIds.add(id);
                signals.add(Signal.scale(id, 0, 10));
            } else {
                String id = "flag-" + i;
                flags.add(id);
                signals.add(Signal.flag(id));
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (String s : scaleIds) {
            rules.add(Rule.of(s + "-high", Condition.atLeast(s, 7), "consult", "Talk it through with a supervisor"));
            rules.add(Rule.of(s + "-severe", Condition.atLeast(s, 9), "refer", "Arrange a warm hand-off"));
        }
        for (int i = 0; i < flags.size(); i++) {
            String tier = TIERS.get(1 + i % 3);
            rules.add(Rule.of(flags.get(i) + "-set", Condition.flag(flags.get(i)), tier, "Respond to " + flags.get(i)));
        }
        for (int i = 0; i + 1 < flags.size(); i += 2) {
            rules.add(Rule.of("pair-" + i, Condition.all(Condition.flag(flags.get(i)), Condition.flag(flags.get(i + 1))),
                    "emergency", "Do not leave the person alone"));
        }
        List<Condition> risk = new ArrayList<>();
        for (int i = 0; i < Math.min(4, flags.size()); i++) {
            risk.add(Condition.flag(flags.get(flags.size() - 1 - i)));
        }
        risk.add(Condition.atLeast(scaleIds.get(0), 8));
        rules.add(Rule.of("several-risk-factors", new Condition.Count(2, risk), "emergency",
                "Call a crisis line or emergency services"));
        rules.add(Rule.of("distress-without-support", Condition.all(Condition.atLeast(scaleIds.get(0), 5),
                Condition.not(Condition.flag(flags.get(0)))), "consult", "Check in again tomorrow"));
        rules.add(Rule.of("calm", Condition.atMost(scaleIds.get(scaleIds.size() - 1), 2), "continue",
                "Continue peer support"));
        List<Tier> tiers = TIERS.stream().map(t -> Tier.of(t, "Tier " + t)).toList();
        return new Policy(tiers, null, signals, rules);
    }

    /**
     * {@return random observations that fit the policy: each flag given in four cases out of five (true one time
     * in four), each scale in seven out of ten, values on a half-point grid}
     *
     * @param policy a policy from {@link #withSignals(int)}
     * @param count  how many
     * @param seed   the seed
     */
    public static Observation[] observations(Policy policy, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Observation[] observations = new Observation[count];
        for (int i = 0; i < count; i++) {
            Observation.Builder b = Observation.builder();
            for (Signal s : policy.signals()) {
                if (s instanceof Signal.Flag f && random.nextInt(5) > 0) {
                    b.flag(f.id().value(), random.nextInt(4) == 0);
                } else if (s instanceof Signal.Scale sc && random.nextInt(10) < 7) {
                    b.scale(sc.id().value(), random.nextInt(21) / 2.0);
                }
            }
            observations[i] = b.build();
        }
        return observations;
    }
}
