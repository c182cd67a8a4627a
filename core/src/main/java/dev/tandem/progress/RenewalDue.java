package dev.tandem.progress;

import java.time.Instant;

/**
 * When a certified learner's renewal falls due (FORMAT 13.3).
 *
 * @param dueFrom {@code expiresAt} minus the renewal window, or null when there is no window or the
 *                certification never expires
 * @param due     true when the evaluation instant is at or after {@code dueFrom}
 */
public record RenewalDue(Instant dueFrom, boolean due) {

    /** Checks that a renewal without a date is not due. */
    public RenewalDue {
        if (dueFrom == null && due) {
            throw new IllegalArgumentException("A renewal without a date cannot be due");
        }
    }
}
