/**
 * Cohort analytics (FORMAT section 12): {@link dev.tandem.analytics.CohortReport}, aggregate figures about a
 * cohort with small-cell suppression, computed as a pure function of a curriculum's grouped evidence
 * ({@link dev.tandem.analytics.CohortEvidence}) and {@link dev.tandem.analytics.ReportOptions}. Learner ids
 * never appear in a report.
 */
package dev.tandem.analytics;
