package dev.tandem.testing;

import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.Requirement;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.Tier;
import dev.tandem.escalation.TierId;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-data builder of escalation policies. {@link #standard()} is a small, valid, monotone policy; the
 * knobs replace or add parts so that a test shows only what it is about.
 *
 * <p>The standard policy: tiers {@code continue < consult < refer < emergency}; signals {@code ideation}
 * and {@code plan} (flags) and {@code distress} (scale 0 to 10); rules {@code imminent} (ideation and plan:
 * emergency), {@code ideation} (refer) and {@code high-distress} (distress at least 7: consult).
 */
public final class Policies {

    private final List<Tier> tiers = new ArrayList<>();
    private final List<Signal> signals = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private TierId defaultTier;

    private Policies() {
    }

    /** {@return a builder holding the standard policy} */
    public static Policies standard() {
        Policies p = new Policies();
        p.tiers.add(Tier.of("continue", "Continue peer support"));
        p.tiers.add(Tier.of("consult", "Consult your supervisor today"));
        p.tiers.add(Tier.of("refer", "Warm hand-off to a professional"));
        p.tiers.add(Tier.of("emergency", "Call emergency services now"));
        p.signals.add(Signal.flag("ideation"));
        p.signals.add(Signal.flag("plan"));
        p.signals.add(Signal.scale("distress", 0, 10));
        p.rules.add(Rule.of("imminent", Condition.all(Condition.flag("ideation"), Condition.flag("plan")), "emergency",
                "Stay with the person"));
        p.rules.add(Rule.of("ideation", Condition.flag("ideation"), "refer", "Arrange a warm hand-off"));
        p.rules.add(Rule.of("high-distress", Condition.atLeast("distress", 7), "consult", "Call your supervisor"));
        return p;
    }

    /** {@return this builder, its tiers replaced} @param replacement the new tiers, low to high */
    public Policies tiers(Tier... replacement) {
        tiers.clear();
        tiers.addAll(List.of(replacement));
        return this;
    }

    /** {@return this builder with one more tier on top} @param tier the tier */
    public Policies tier(Tier tier) {
        tiers.add(tier);
        return this;
    }

    /** {@return this builder with an explicit default tier} @param tier the tier id */
    public Policies defaultTier(String tier) {
        defaultTier = TierId.of(tier);
        return this;
    }

    /** {@return this builder with one more signal} @param signal the signal */
    public Policies signal(Signal signal) {
        signals.add(signal);
        return this;
    }

    /** {@return this builder, its rules replaced} @param replacement the new rules */
    public Policies rules(Rule... replacement) {
        rules.clear();
        rules.addAll(List.of(replacement));
        return this;
    }

    /** {@return this builder with one more rule} @param rule the rule */
    public Policies rule(Rule rule) {
        rules.add(rule);
        return this;
    }

    /** {@return this builder with one more requirement} @param requirement the requirement */
    public Policies requirement(Requirement requirement) {
        requirements.add(requirement);
        return this;
    }

    /** {@return the policy} */
    public Policy build() {
        return new Policy(tiers, defaultTier, signals, rules, requirements);
    }
}
