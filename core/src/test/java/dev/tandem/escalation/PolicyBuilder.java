package dev.tandem.escalation;

import java.util.ArrayList;
import java.util.List;

/** Builds policies for tests: tiers by id, flags and scales, rules in order. */
final class PolicyBuilder {

    private final List<Tier> tiers = new ArrayList<>();
    private final List<Signal> signals = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private TierId defaultTier;

    private PolicyBuilder() {
    }

    /** {@return a builder with the tiers continue, consult, refer, emergency} */
    static PolicyBuilder policy() {
        return withTiers("continue", "consult", "refer", "emergency");
    }

    static PolicyBuilder withTiers(String... ids) {
        PolicyBuilder b = new PolicyBuilder();
        for (String id : ids) {
            b.tiers.add(Tier.of(id, "Tier " + id));
        }
        return b;
    }

    PolicyBuilder flags(String... ids) {
        for (String id : ids) {
            signals.add(Signal.flag(id));
        }
        return this;
    }

    PolicyBuilder scale(String id, double min, double max) {
        signals.add(Signal.scale(id, min, max));
        return this;
    }

    PolicyBuilder defaultTier(String id) {
        defaultTier = TierId.of(id);
        return this;
    }

    PolicyBuilder rule(String id, String tier, Condition when, String... actions) {
        rules.add(Rule.of(id, when, tier, actions));
        return this;
    }

    Policy build() {
        return new Policy(tiers, defaultTier, signals, rules);
    }

    CompiledPolicy compile() {
        return build().compile();
    }
}
