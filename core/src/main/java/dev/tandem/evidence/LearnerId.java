package dev.tandem.evidence;

import java.util.Objects;

/**
 * A learner's id as the evidence gives it (for example {@code L-001}): 1 to 256 characters, no control
 * characters, not blank. Learner ids are personal data: they appear only where the caller put them.
 *
 * @param value the raw id
 */
public record LearnerId(String value) implements Comparable<LearnerId> {

    /** The longest allowed id. */
    public static final int MAX_LENGTH = 256;

    /**
     * Checks the id.
     *
     * @param value the raw id
     */
    public LearnerId {
        Objects.requireNonNull(value, "learner id");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid learner id (1 to " + MAX_LENGTH
                    + " characters, not blank, no control characters)");
        }
    }

    /**
     * {@return the id}
     *
     * @param value the raw id
     * @throws IllegalArgumentException when invalid
     */
    public static LearnerId of(String value) {
        return new LearnerId(value);
    }

    /**
     * {@return true when the text is a valid learner id}
     *
     * @param value the candidate, may be null
     */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || value.isBlank()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(LearnerId other) {
        return value.compareTo(other.value);
    }

    /** {@return the raw id} */
    @Override
    public String toString() {
        return value;
    }

    /**
     * {@return true when the other object is the same id}; written out (as the record would do it) so that no
     * method handle is made for it at run time
     *
     * @param other the object to compare with
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof LearnerId id && value.equals(id.value);
    }

    /** {@return the raw id's hash}, as the record would compute it */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
