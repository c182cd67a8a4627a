package dev.tandem.escalation;

import java.util.List;

/**
 * Thrown when an observation does not fit a policy: an unknown signal, a flag given a number, a scale value
 * outside its range, NaN or text. Carries one message per problem, each naming the signal and what is
 * allowed.
 */
public final class InvalidObservationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems; transient as lists of strings are not needed after serialization. */
    private final transient List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems one message per problem, at least one
     */
    public InvalidObservationException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** {@return one message per problem} */
    public List<String> problems() {
        return problems;
    }
}
