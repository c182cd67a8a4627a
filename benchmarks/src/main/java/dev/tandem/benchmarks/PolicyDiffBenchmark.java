package dev.tandem.benchmarks;

import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.PolicyDiff;
import dev.tandem.escalation.Requirement;
import dev.tandem.escalation.RequirementCheck;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.Signal;
import java.util.ArrayList;
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
 * Benchmark 7: the exact difference of two versions of a policy (every (old tier, new tier) pair with a
 * witness) and the exact check of policy requirements, for policies of 8 and 16 signals. The new version is a
 * realistic revision of the old one: a threshold moved, a rule narrowed with a negation, a tier lowered and a
 * new flag. Target: under 1 s at 16 signals.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PolicyDiffBenchmark {

    /** The number of signals of the compared policies. */
    @Param({"8", "16"})
    public int signals;

    private Policy older;
    private Policy newer;
    private Policy required;

    /** Builds the two versions and a policy with requirements. */
    @Setup
    public void setUp() {
        older = SyntheticPolicies.withSignals(signals);
        newer = revised(older);
        List<Requirement> requirements = new ArrayList<>();
        for (Signal s : older.signals()) {
            if (s instanceof Signal.Flag f) {
                requirements.add(Requirement.atLeast(f.id() + "-is-heard", Condition.flag(f.id().value()),
                        "consult"));
            } else {
                requirements.add(Requirement.atLeast(s.id() + "-severe-is-referred",
                        Condition.atLeast(s.id().value(), 9), "refer"));
            }
        }
        requirements.add(Requirement.atMost("calm-stays", Condition.not(new Condition.Any(older.signals().stream()
                .filter(s -> s instanceof Signal.Flag).map(s -> Condition.flag(s.id().value())).toList())),
                "refer"));
        required = older.withRequirements(requirements);
    }

    /** {@return the revision: a threshold moved, a rule narrowed, a tier lowered, a new flag and its rule} */
    static Policy revised(Policy p) {
        List<Rule> rules = new ArrayList<>();
        for (Rule r : p.rules()) {
            String id = r.id().value();
            if (id.equals("scale-0-high")) {
                rules.add(Rule.of(id, Condition.atLeast("scale-0", 6), "consult", "Talk it through"));
            } else if (id.equals("scale-1-severe")) {
                rules.add(Rule.of(id, Condition.all(Condition.atLeast("scale-1", 9),
                        Condition.not(Condition.atMost("scale-0", 1))), "refer", "Arrange a warm hand-off"));
            } else if (id.startsWith("pair-0")) {
                rules.add(new Rule(r.id(), r.when(), dev.tandem.escalation.TierId.of("refer"), r.actions()));
            } else {
                rules.add(r);
            }
        }
        List<Signal> signals = new ArrayList<>(p.signals());
        signals.add(Signal.flag("new-flag"));
        rules.add(Rule.of("new-flag-set", Condition.flag("new-flag"), "refer", "Respond to the new flag"));
        return new Policy(p.tiers(), p.defaultTier(), signals, rules);
    }

    /** {@return the exact difference of the two versions} */
    @Benchmark
    public PolicyDiff diff() {
        return PolicyDiff.between(older, newer);
    }

    /** {@return the outcome of every requirement} */
    @Benchmark
    public List<RequirementCheck.Outcome> requirements() {
        return RequirementCheck.check(required);
    }
}
