package dev.tandem.escalation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A policy compiled for deciding: immutable and thread-safe, so one instance serves every caller.
 */
public final class CompiledPolicy {

    private final Policy policy;

    private CompiledPolicy(Policy policy) {
        this.policy = policy;
    }

    /**
     * Compiles a policy.
     *
     * @param policy a valid policy
     * @return the compiled form
     * @throws IllegalArgumentException when the policy refers to unknown tiers or signals
     */
    public static CompiledPolicy of(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        if (policy.rank(policy.defaultTier()) < 0) {
            throw new IllegalArgumentException("Unknown default tier: " + policy.defaultTier());
        }
        for (Rule rule : policy.rules()) {
            if (policy.rank(rule.tier()) < 0) {
                throw new IllegalArgumentException("Rule " + rule.id() + " names an unknown tier: " + rule.tier());
            }
        }
        return new CompiledPolicy(policy);
    }

    /** {@return the policy this was compiled from} */
    public Policy policy() {
        return policy;
    }

    /**
     * Decides the tier for an observation.
     *
     * @param observation the observed signal values
     * @return the decision
     * @throws InvalidObservationException when the observation does not fit the policy's signals
     */
    public Decision decide(Observation observation) {
        check(observation);
        int best = policy.rank(policy.defaultTier());
        boolean fired = false;
        List<Rule> firedRules = new ArrayList<>();
        for (Rule rule : policy.rules()) {
            if (holds(rule.when(), observation)) {
                firedRules.add(rule);
                int rank = policy.rank(rule.tier());
                best = fired ? Math.max(best, rank) : rank;
                fired = true;
            }
        }
        TierId tier = policy.tiers().get(best).id();
        List<RuleId> ids = new ArrayList<>();
        Set<String> actions = new LinkedHashSet<>();
        for (Rule rule : firedRules) {
            ids.add(rule.id());
            if (rule.tier().equals(tier)) {
                actions.addAll(rule.actions());
            }
        }
        return new Decision(tier, ids, new ArrayList<>(actions));
    }

    private void check(Observation observation) {
        Map<SignalId, String> problems = policy.problems(observation);
        if (!problems.isEmpty()) {
            throw new InvalidObservationException(new ArrayList<>(problems.values()));
        }
    }

    private static boolean holds(Condition c, Observation o) {
        if (c instanceof Condition.Flag f) {
            return o.get(f.signal()) instanceof SignalValue.Bool b && b.value();
        } else if (c instanceof Condition.All all) {
            return all.conditions().stream().allMatch(x -> holds(x, o));
        } else if (c instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(x -> holds(x, o));
        } else if (c instanceof Condition.Not not) {
            return !holds(not.condition(), o);
        } else if (c instanceof Condition.AtLeast at) {
            return o.get(at.signal()) instanceof SignalValue.Number n && n.value() >= at.threshold();
        } else if (c instanceof Condition.AtMost at) {
            return o.get(at.signal()) instanceof SignalValue.Number n && n.value() <= at.threshold();
        } else {
            Condition.Count count = (Condition.Count) c;
            return count.conditions().stream().filter(x -> holds(x, o)).count() >= count.min();
        }
    }
}
