package dev.tandem.escalation;

import dev.tandem.internal.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An escalation policy (FORMAT section 7): tiers from low to high severity, the signals an observation may
 * carry, and the rules that map observations to tiers.
 *
 * <p>This is the policy as written; {@link #compile()} turns a valid one into the fast form that decides.
 * A policy inside a built {@code Curriculum} has been validated.
 *
 * @param tiers       the tiers, low to high
 * @param defaultTier the tier decided when no rule fires; the first tier when built without one
 * @param signals     the signals
 * @param rules        the rules, in declaration order
 * @param requirements what the policy guarantees (FORMAT section 14.1), in declaration order; may be empty
 */
public record Policy(List<Tier> tiers, TierId defaultTier, List<Signal> signals, List<Rule> rules,
        List<Requirement> requirements) {

    /** Copies the lists; a null default tier becomes the first tier's id. */
    public Policy {
        tiers = List.copyOf(tiers);
        signals = List.copyOf(signals);
        rules = List.copyOf(rules);
        requirements = List.copyOf(requirements);
        if (defaultTier == null && !tiers.isEmpty()) {
            defaultTier = tiers.get(0).id();
        }
        Objects.requireNonNull(defaultTier, "defaultTier (a policy without tiers needs an explicit default)");
    }

    /**
     * A policy without requirements.
     *
     * @param tiers       the tiers, low to high
     * @param defaultTier the tier decided when no rule fires, or null for the first tier
     * @param signals     the signals
     * @param rules       the rules, in declaration order
     */
    public Policy(List<Tier> tiers, TierId defaultTier, List<Signal> signals, List<Rule> rules) {
        this(tiers, defaultTier, signals, rules, List.of());
    }

    /**
     * {@return this policy with the given requirements instead of its own}
     *
     * @param requirements the requirements
     */
    public Policy withRequirements(List<Requirement> requirements) {
        return new Policy(tiers, defaultTier, signals, rules, requirements);
    }

    /** {@return the tier with that id, or empty} @param id a tier id */
    public Optional<Tier> tier(TierId id) {
        return tiers.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** {@return the position of a tier (0 is the lowest), or -1 when absent} @param id a tier id */
    public int rank(TierId id) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** {@return the signal with that id, or empty} @param id a signal id */
    public Optional<Signal> signal(SignalId id) {
        return signals.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** {@return true when the default tier is the first (lowest) tier, so a document may leave it out} */
    public boolean hasDefaultDefault() {
        return !tiers.isEmpty() && tiers.get(0).id().equals(defaultTier);
    }

    /**
     * Checks an observation against this policy's signals, strictly: an unknown signal, a flag given anything
     * but true or false, a scale value that is not a number, NaN, or outside [min, max] is a problem.
     *
     * @param observation the observation
     * @return a message per problematic signal, in the observation's order; empty when it fits
     */
    public Map<SignalId, String> problems(Observation observation) {
        Map<SignalId, String> problems = new LinkedHashMap<>();
        observation.values().forEach((id, value) -> {
            String problem = problem(signal(id).orElse(null), id, value);
            if (problem != null) {
                problems.put(id, problem);
            }
        });
        return problems;
    }

    private String problem(Signal signal, SignalId id, SignalValue value) {
        if (signal == null) {
            List<String> names = signals.stream().map(s -> s.id().value()).toList();
            return "unknown signal '" + id + "'" + Suggestions.closest(id.value(), names)
                    .map(s -> "; did you mean '" + s + "'?").orElse("") + " (signals: " + String.join(", ", names)
                    + ")";
        }
        if (signal instanceof Signal.Flag) {
            return value instanceof SignalValue.Bool ? null
                    : "signal '" + id + "' is a flag: give true or false, not " + value.display();
        }
        Signal.Scale scale = (Signal.Scale) signal;
        String allowed = "signal '" + id + "' is a scale: give a number from " + SignalValue.of(scale.min()).display()
                + " to " + SignalValue.of(scale.max()).display() + ", not ";
        if (!(value instanceof SignalValue.Number n) || Double.isNaN(n.value())) {
            return allowed + value.display();
        }
        return n.value() < scale.min() || n.value() > scale.max() ? allowed + value.display() : null;
    }

    /**
     * Compiles this policy into its fast, immutable, thread-safe decision form.
     *
     * @return the compiled policy
     * @throws IllegalArgumentException when the policy has errors (unknown references, empty lists, ...)
     */
    public CompiledPolicy compile() {
        return CompiledPolicy.of(this);
    }
}
