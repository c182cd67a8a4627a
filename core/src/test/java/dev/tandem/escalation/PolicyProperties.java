package dev.tandem.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.JsonPointer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties of decisions and of the analysis, on random policies over three flags and two scales
 * ({@link PolicyArbitraries}, which shrink a failure to a small policy). The
 * analysis is compared with a brute-force search over a grid fine enough to hit every threshold and every gap
 * between thresholds, so "exact" is checked, not assumed.
 */
class PolicyProperties {

    private static final JsonPointer AT = JsonPointer.of("escalation");

    @Provide
    Arbitrary<Policy> policies() {
        return PolicyArbitraries.policies();
    }

    /** A random observation as a level per signal (an index into {@link #grid(String)}). */
    @Provide
    Arbitrary<int[]> levels() {
        List<Arbitrary<Integer>> perSignal = new ArrayList<>();
        for (String signal : SIGNALS) {
            perSignal.add(Arbitraries.integers().between(0, grid(signal).size() - 1));
        }
        return Combinators.combine(perSignal).as(l -> l.stream().mapToInt(Integer::intValue).toArray());
    }

    @Provide
    Arbitrary<List<int[]>> levelLists() {
        return levels().list().ofSize(25);
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

    @Property(tries = 200)
    void theAnalysisFindsADropExactlyWhenBruteForceDoes(@ForAll("policies") Policy policy) {
        CompiledPolicy compiled = policy.compile();

        PolicyAnalysis analysis = PolicyAnalyzer.analysis(policy, AT, PolicyAnalyzer.DEFAULT_BUDGET);

        assertThat(analysis.complete()).isTrue();
        assertThat(analysis.isMonotone()).as(policy.toString()).isEqualTo(!bruteForceDrop(compiled));
    }

    @Property(tries = 300)
    void aRuleIsUnreachableExactlyWhenNoObservationFiresIt(@ForAll("policies") Policy policy) {
        CompiledPolicy compiled = policy.compile();

        PolicyAnalysis analysis = PolicyAnalyzer.analysis(policy, AT, PolicyAnalyzer.DEFAULT_BUDGET);

        for (Rule rule : policy.rules()) {
            assertThat(analysis.unreachableRules().contains(rule.id())).as(rule.toString())
                    .isEqualTo(!bruteForceFires(compiled, rule.id()));
        }
    }

    @Property(tries = 500)
    void onAPolicyCalledMonotoneRaisingNeverLowersTheTier(@ForAll("policies") Policy policy,
            @ForAll("levelLists") List<int[]> lows, @ForAll("levelLists") List<int[]> highs) {
        PolicyAnalysis analysis = PolicyAnalyzer.analysis(policy, AT, PolicyAnalyzer.DEFAULT_BUDGET);
        Assume.that(analysis.isMonotone());
        CompiledPolicy compiled = policy.compile();
        for (int pair = 0; pair < lows.size(); pair++) {
            int[] x = lows.get(pair);
            int[] y = x.clone();
            for (int i = 0; i < y.length; i++) {
                y[i] = Math.max(x[i], highs.get(pair)[i]);
            }
            Observation lower = point(x);
            Observation raised = point(y);
            assertThat(policy.rank(compiled.decide(raised).tier()))
                    .as("%s -> %s", lower.display(), raised.display())
                    .isGreaterThanOrEqualTo(policy.rank(compiled.decide(lower).tier()));
        }
    }

    @Property(tries = 500)
    void everyReportedWitnessReallyShowsADrop(@ForAll("policies") Policy policy) {
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
    void theDecisionDoesNotDependOnTheOrderSignalsAreGivenIn(@ForAll("policies") Policy policy,
            @ForAll("levels") int[] levels, @ForAll Random random) {
        CompiledPolicy compiled = policy.compile();
        Observation observation = point(levels);
        List<Map.Entry<SignalId, SignalValue>> entries = new ArrayList<>(observation.values().entrySet());
        Collections.shuffle(entries, random);
        Map<SignalId, SignalValue> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));

        assertThat(compiled.decide(new Observation(shuffled))).isEqualTo(compiled.decide(observation));
    }

    @Property(tries = 300)
    void theExplanationsRuleTracesGiveTheDecision(@ForAll("policies") Policy policy, @ForAll("levels") int[] levels) {
        CompiledPolicy compiled = policy.compile();
        Observation observation = point(levels);

        Explanation explanation = compiled.explain(observation);

        // the decision rebuilt from the traces alone (FORMAT section 7), independently of decide()
        List<RuleId> fired = new ArrayList<>();
        int tier = policy.rank(policy.defaultTier());
        boolean any = false;
        for (Explanation.RuleTrace trace : explanation.rules()) {
            assertThat(trace.fired()).isEqualTo(trace.condition().held());
            if (trace.fired()) {
                fired.add(trace.rule());
                tier = any ? Math.max(tier, policy.rank(trace.tier())) : policy.rank(trace.tier());
                any = true;
            }
        }
        Decision decision = compiled.decide(observation);
        assertThat(decision.rules()).containsExactlyElementsOf(fired);
        assertThat(decision.tier()).isEqualTo(policy.tiers().get(tier).id());
    }
}
