package dev.tandem.certification;

import java.time.Period;

/**
 * How a certification is renewed (FORMAT 13.3): when renewal falls due, and what continuing education keeps
 * it.
 *
 * @param window              how long before {@code expiresAt} renewal is due, or null (then it is never due)
 * @param continuingEducation the continuing-education requirement, or null when none
 */
public record Renewal(Period window, ContinuingEducation continuingEducation) {
}
