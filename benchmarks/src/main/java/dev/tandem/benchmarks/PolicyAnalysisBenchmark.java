package dev.tandem.benchmarks;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.PolicyAnalyzer;
import dev.tandem.escalation.Signal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4: the policy analysis (unreachable rules, non-monotonicity) for policies of 8, 12 and 16 signals,
 * against a baseline that decides every combination of the policy's flags once (scales absent): the cost of
 * the most naive exhaustive check over the flags alone. Target: under 1 s at 16 signals.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PolicyAnalysisBenchmark {

    /** The number of signals of the analysed policy. */
    @Param({"8", "12", "16"})
    public int signals;

    private Policy policy;
    private CompiledPolicy compiled;
    private Observation[] flagCombinations;

    /** Builds the policy and every combination of its flags. */
    @Setup
    public void setUp() {
        policy = SyntheticPolicies.withSignals(signals);
        compiled = CompiledPolicy.of(policy);
        List<Signal> flags = policy.signals().stream().filter(s -> s instanceof Signal.Flag).toList();
        flagCombinations = new Observation[1 << flags.size()];
        for (int mask = 0; mask < flagCombinations.length; mask++) {
            Observation.Builder b = Observation.builder();
            for (int i = 0; i < flags.size(); i++) {
                b.flag(flags.get(i).id().value(), (mask & (1 << i)) != 0);
            }
            flagCombinations[mask] = b.build();
        }
    }

    /** {@return the analysis warnings} */
    @Benchmark
    public List<Diagnostic> analyze() {
        return PolicyAnalyzer.analyze(policy, JsonPointer.of("escalation"));
    }

    /** {@return the number of combinations decided above the lowest tier} */
    @Benchmark
    public int decideEveryFlagCombinationBaseline() {
        int raised = 0;
        for (Observation o : flagCombinations) {
            if (!compiled.decide(o).tier().equals(policy.defaultTier())) {
                raised++;
            }
        }
        return raised;
    }
}
