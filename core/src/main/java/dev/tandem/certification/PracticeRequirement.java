package dev.tandem.certification;

import java.time.Period;

/**
 * A certification requirement of supervised practice: at least {@code hours} hours, counted within a
 * sliding window when {@code within} is given.
 *
 * @param hours  the hours needed (the validator requires {@code > 0})
 * @param within how long a practice record counts, or null for all time
 */
public record PracticeRequirement(double hours, Period within) {
}
