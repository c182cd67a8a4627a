package dev.tandem.escalation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a peer supporter observed: a value per signal. Flags left out are false; scale values left out make
 * every comparison on them false. Whether the values fit a policy is checked when deciding.
 *
 * <p>Immutable and thread-safe; equality ignores the order the values were given in.
 *
 * @param values the values by signal
 */
public record Observation(Map<SignalId, SignalValue> values) {

    private static final Observation EMPTY = new Observation(Map.of());

    /**
     * Copies the map, keeping its iteration order for display.
     *
     * @param values the values by signal
     */
    public Observation {
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        values.forEach((k, v) -> {
            Objects.requireNonNull(k, "signal");
            Objects.requireNonNull(v, "value");
        });
    }

    /** {@return the observation with no values} */
    public static Observation empty() {
        return EMPTY;
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the value given for a signal, or null when absent}
     *
     * @param signal the signal id
     */
    public SignalValue get(SignalId signal) {
        return values.get(signal);
    }

    /** {@return the values as a JSON-like text such as {@code {"distress":7,"plan":true}}} */
    public String display() {
        return values.entrySet().stream().map(e -> '"' + e.getKey().value() + "\":" + e.getValue().display())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A builder of {@link Observation}; not thread-safe. */
    public static final class Builder {
        private final Map<SignalId, SignalValue> values = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param signal the flag id
         * @param value set or not
         */
        public Builder flag(String signal, boolean value) {
            values.put(SignalId.of(signal), SignalValue.of(value));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param signal the scale id
         * @param value the value
         */
        public Builder scale(String signal, double value) {
            values.put(SignalId.of(signal), SignalValue.of(value));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param signal the signal id
         * @param value the value as given
         */
        public Builder value(SignalId signal, SignalValue value) {
            values.put(Objects.requireNonNull(signal, "signal"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** {@return the observation} */
        public Observation build() {
            return new Observation(values);
        }
    }
}
