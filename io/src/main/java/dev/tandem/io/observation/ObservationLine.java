package dev.tandem.io.observation;

import dev.tandem.escalation.Observation;
import java.util.List;
import java.util.Objects;

/**
 * One observation as read, or what is wrong with it.
 *
 * <p>Immutable and thread-safe. Exactly one of {@code observation} and {@code problems} carries something:
 * problems here are about the text (syntax, a value that is not true, false or a number, a signal given
 * twice); whether the values fit a policy is checked when deciding.
 *
 * @param line        the 1-based line number in the input, or 0 for an observation given as arguments
 * @param observation the observation, or null when the line has problems
 * @param problems    what is wrong with the line, never echoing the whole line; empty when it was read
 */
public record ObservationLine(int line, Observation observation, List<String> problems) {

    /**
     * Checks and copies the components.
     *
     * @param line        the 1-based line number in the input, or 0 for an observation given as arguments
     * @param observation the observation, or null when the line has problems
     * @param problems    what is wrong with the line, never echoing the whole line; empty when it was read
     */
    public ObservationLine {
        if (line < 0) {
            throw new IllegalArgumentException("Invalid line (must be >= 0): " + line);
        }
        problems = List.copyOf(problems);
        if ((observation == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("An observation line has either an observation or problems");
        }
    }

    static ObservationLine of(int line, Observation observation) {
        return new ObservationLine(line, Objects.requireNonNull(observation, "observation"), List.of());
    }

    static ObservationLine failed(int line, List<String> problems) {
        return new ObservationLine(line, null, problems);
    }

    /** {@return true when the line was read into an observation} */
    public boolean isValid() {
        return observation != null;
    }
}
