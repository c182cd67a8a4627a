package dev.tandem.benchmarks;

import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.Decision;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.SignalValue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3: escalation decisions per second on a compiled 12-signal policy, one thread, against a baseline
 * that only reads every value of the same observations. Target: above 5 M decisions/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class EscalationBenchmark {

    private static final int OBSERVATIONS = 1024;

    private CompiledPolicy policy;
    private Observation[] observations;
    private int next;

    /** Compiles the policy and draws the observations. */
    @Setup
    public void setUp() {
        var p = SyntheticPolicies.withSignals(12);
        policy = CompiledPolicy.of(p);
        observations = SyntheticPolicies.observations(p, OBSERVATIONS, 12);
    }

    /** {@return the decision for the next observation} */
    @Benchmark
    public Decision decide() {
        Observation o = observations[next];
        next = (next + 1) & (OBSERVATIONS - 1);
        return policy.decide(o);
    }

    /** {@return a sum over every value of the next observation: the cost of merely reading it} */
    @Benchmark
    public double readObservationBaseline() {
        Observation o = observations[next];
        next = (next + 1) & (OBSERVATIONS - 1);
        double sum = 0;
        for (SignalValue v : o.values().values()) {
            if (v instanceof SignalValue.Number n) {
                sum += n.value();
            } else if (v instanceof SignalValue.Bool b && b.value()) {
                sum += 1;
            }
        }
        return sum;
    }
}
