/**
 * A curriculum difference ({@link dev.tandem.diff.CurriculumDiff}) written as JSON and as a review a
 * safeguarding lead reads (FORMAT section 14.2), and the learners it affects as CSV.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise.
 */
package dev.tandem.io.diff;
