package dev.tandem.escalation;

import java.util.Objects;

/** A signal an observation can carry: a yes/no flag or a number on a bounded scale. */
public sealed interface Signal permits Signal.Flag, Signal.Scale {

    /** {@return the signal's id} */
    SignalId id();

    /**
     * A yes/no signal (for example {@code suicidal-ideation}); absent means false.
     *
     * @param id the signal's id
     */
    record Flag(SignalId id) implements Signal {
        /**
         * Checks the id.
         *
         * @param id the signal's id
         */
        public Flag {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A numeric signal with values in [min, max] (for example {@code distress} from 0 to 10); any number in
     * range is allowed, not only integers.
     *
     * @param id  the signal's id
     * @param min the lowest allowed value
     * @param max the highest allowed value (the validator requires {@code min < max})
     */
    record Scale(SignalId id, double min, double max) implements Signal {
        /**
         * Checks the id and that the bounds are numbers.
         *
         * @param id  the signal's id
         * @param min the lowest allowed value
         * @param max the highest allowed value (the validator requires {@code min < max})
         */
        public Scale {
            Objects.requireNonNull(id, "id");
            if (Double.isNaN(min) || Double.isNaN(max)) {
                throw new IllegalArgumentException("Invalid scale bounds for signal " + id + " (must be numbers)");
            }
        }
    }

    /**
     * {@return a flag signal}
     *
     * @param id the id
     */
    static Signal flag(String id) {
        return new Flag(SignalId.of(id));
    }

    /**
     * {@return a scale signal}
     *
     * @param id the id
     * @param min lowest value
     * @param max highest value
     */
    static Signal scale(String id, double min, double max) {
        return new Scale(SignalId.of(id), min, max);
    }
}
