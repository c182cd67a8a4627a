package dev.tandem.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.JsonPointer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties of decisions and of the analysis, on random policies over three flags and two scales. The
 * analysis is compared with a brute-force search over a grid fine enough to hit every threshold and every gap
 * between thresholds, so "exact" is checked, not assumed.
 */
class PolicyProperties {

    private static final String[] FLAGS = {"a", "b", "c"};
    private static final JsonPointer AT = JsonPointer.of("escalation");

    /** A random policy: three tiers, one to four rules, conditions up to three levels deep. */
    static Policy randomPolicy(Random random) {
        PolicyBuilder b = PolicyBuilder.withTiers("low", "mid", "high").flags(FLAGS).scale("d", 0, 10)
                .scale("e", 0, 4);
        if (random.nextInt(4) == 0) {
            b.defaultTier(random.nextBoolean() ? "mid" : "high");
        }
        int rules = 1 + random.nextInt(4);
        String[] tiers = {"low", "mid", "high"};
        for (int i = 0; i < rules; i++) {
            b.rule("r" + i, tiers[random.nextInt(3)], condition(random, 3), "action " + i);
        }
        return b.build();
    }

    private static Condition condition(Random random, int depth) {
        int kind = random.nextInt(depth <= 0 ? 3 : 7);
        switch (kind) {
            case 0:
                return Condition.flag(FLAGS[random.nextInt(FLAGS.length)]);
            case 1:
                return random.nextBoolean() ? Condition.atLeast("d", random.nextInt(12) - 0.0)
                        : Condition.atLeast("e", random.nextInt(5));
            case 2:
                return random.nextBoolean() ? Condition.atMost("d", random.nextInt(11))
                        : Condition.atMost("e", random.nextInt(5));
            case 3:
                return Condition.not(condition(random, depth - 1));
            case 4:
                return new Condition.All(parts(random, depth));
            case 5:
                return new Condition.Any(parts(random, depth));
            default:
                List<Condition> parts = parts(random, depth);
                return new Condition.Count(random.nextInt(parts.size() + 2), parts);
        }
    }

    private static List<Condition> parts(Random random, int depth) {
        List<Condition> parts = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            parts.add(condition(random, depth - 1));
        }
        return parts;
    }

    /** Values of one signal, low to high; null is absent. */
    private static List<SignalValue> grid(String signal) {
        List<SignalValue> values = new ArrayList<>();
        values.add(null);
        if (signal.equals("d") || signal.equals("e")) {
            double max = signal.equals("d") ? 10 : 4;
            for (double v = 0; v <= max; v += 0.5) {
                values.add(SignalValue.of(v));
            }
        } else {
            values.add(SignalValue.of(true));
        }
        return values;
    }

    private static final String[] SIGNALS = {"a", "b", "c", "d", "e"};

    private static Observation point(int[] levels) {
        Observation.Builder b = Observation.builder();
        for (int i = 0; i < SIGNALS.length; i++) {
            SignalValue v = grid(SIGNALS[i]).get(levels[i]);
            if (v != null) {
                b.value(SignalId.of(SIGNALS[i]), v);
            }
        }
        return b.build();
    }

    /** {@return true when some covering pair of the grid lowers the tier} */
    private static boolean bruteForceDrop(CompiledPolicy compiled) {
        int[] sizes = new int[SIGNALS.length];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = grid(SIGNALS[i]).size();
        }
        Policy policy = compiled.policy();
        int[] levels = new int[sizes.length];
        while (true) {
            int tier = policy.rank(compiled.decide(point(levels)).tier());
            for (int s = 0; s < sizes.length; s++) {
                if (levels[s] + 1 < sizes[s]) {
                    levels[s]++;
                    int raised = policy.rank(compiled.decide(point(levels)).tier());
                    levels[s]--;
                    if (raised < tier) {
                        return true;
                    }
                }
            }
            int k = 0;
            while (k < sizes.length && ++levels[k] == sizes[k]) {
                levels[k++] = 0;
            }
            if (k == sizes.length) {
                return false;
            }
        }
    }

    private static boolean bruteForceFires(CompiledPolicy compiled, RuleId rule) {
        int[] levels = new int[SIGNALS.length];
        int[] sizes = {2, 2, 2, grid("d").size(), grid("e").size()};
        while (true) {
            if (compiled.decide(point(levels)).rules().contains(rule)) {
                return true;
            }
            int k = 0;
            while (k < sizes.length && ++levels[k] == sizes[k]) {
                levels[k++] = 0;
            }
            if (k == sizes.length) {
                return false;
            }
        }
    }

    /** A random observation as a level per signal. */
    private static int[] randomLevels(Random random) {
        int[] levels = new int[SIGNALS.length];
        for (int i = 0; i < SIGNALS.length; i++) {
            levels[i] = random.nextInt(grid(SIGNALS[i]).size());
        }
        return levels;
    }

    @Property(tries = 200)
    void theAnalysisFindsADropExactlyWhenBruteForceDoes(@ForAll long seed) {
        Policy policy = randomPolicy(new Random(seed));
        CompiledPolicy compiled = policy.compile();

        PolicyAnalysis analysis = PolicyAnalyzer.analysis(policy, AT, PolicyAnalyzer.DEFAULT_BUDGET);

        assertThat(analysis.complete()).isTrue();
        assertThat(analysis.isMonotone()).as(policy.toString()).isEqualTo(!bruteForceDrop(compiled));
    }

    @Property(tries = 300)
    void aRuleIsUnreachableExactlyWhenNoObservationFiresIt(@ForAll long seed) {
        Policy policy = randomPolicy(new Random(seed));
        CompiledPolicy compiled = policy.compile();

        PolicyAnalysis analysis = PolicyAnalyzer.analysis(policy, AT, PolicyAnalyzer.DEFAULT_BUDGET);

        for (Rule rule : policy.rules()) {
            assertThat(analysis.unreachableRules().contains(rule.id())).as(rule.toString())
                    .isEqualTo(!bruteForceFires(compiled, rule.id()));
        }
    }

    @Property(tries = 500)
    void onAPolicyCalledMonotoneRaisingNeverLowersTheTier(@ForAll long seed) {
        Random random = new Random(seed);
        Policy policy = randomPolicy(random);
        PolicyAnalysis analysis = PolicyAnalyzer.analysis(policy, AT, PolicyAnalyzer.DEFAULT_BUDGET);
        if (!analysis.isMonotone()) {
            return;
        }
        CompiledPolicy compiled = policy.compile();
        for (int pair = 0; pair < 50; pair++) {
            int[] x = randomLevels(random);
            int[] y = x.clone();
            for (int i = 0; i < y.length; i++) {
                y[i] += random.nextInt(grid(SIGNALS[i]).size() - y[i]);
            }
            Observation lower = point(x);
            Observation raised = point(y);
            assertThat(policy.rank(compiled.decide(raised).tier()))
                    .as("%s -> %s", lower.display(), raised.display())
                    .isGreaterThanOrEqualTo(policy.rank(compiled.decide(lower).tier()));
        }
    }

    @Property(tries = 500)
    void everyReportedWitnessReallyShowsADrop(@ForAll long seed) {
        Policy policy = randomPolicy(new Random(seed));
        CompiledPolicy compiled = policy.compile();

        PolicyAnalysis analysis = PolicyAnalyzer.analysis(policy, AT, PolicyAnalyzer.DEFAULT_BUDGET);

        for (PolicyAnalysis.Violation v : analysis.violations()) {
            assertThat(raises(policy, v.observation(), v.raised())).isTrue();
            assertThat(compiled.decide(v.observation()).tier()).isEqualTo(v.tier());
            assertThat(compiled.decide(v.raised()).tier()).isEqualTo(v.raisedTier());
            assertThat(policy.rank(v.raisedTier())).isLessThan(policy.rank(v.tier()));
        }
        assertThat(analysis.diagnostics()).hasSize(analysis.violations().size()
                + analysis.unreachableRules().size());
    }

    /** FORMAT section 8: y sets every flag x sets, and each scale value of y is at least x's (absent lowest). */
    private static boolean raises(Policy policy, Observation x, Observation y) {
        for (Signal s : policy.signals()) {
            SignalValue vx = x.get(s.id());
            SignalValue vy = y.get(s.id());
            if (s instanceof Signal.Flag) {
                boolean fx = vx instanceof SignalValue.Bool b && b.value();
                boolean fy = vy instanceof SignalValue.Bool b && b.value();
                if (fx && !fy) {
                    return false;
                }
            } else if (vx != null && (vy == null
                    || ((SignalValue.Number) vy).value() < ((SignalValue.Number) vx).value())) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 300)
    void theDecisionDoesNotDependOnTheOrderSignalsAreGivenIn(@ForAll long seed) {
        Random random = new Random(seed);
        Policy policy = randomPolicy(random);
        CompiledPolicy compiled = policy.compile();
        Observation observation = point(randomLevels(random));
        List<Map.Entry<SignalId, SignalValue>> entries = new ArrayList<>(observation.values().entrySet());
        Collections.shuffle(entries, random);
        Map<SignalId, SignalValue> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));

        Decision decision = compiled.decide(new Observation(shuffled));

        assertThat(decision).isEqualTo(compiled.decide(observation));
        assertThat(compiled.explain(new Observation(shuffled)).decision()).isEqualTo(decision);
    }
}
