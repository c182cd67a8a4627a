/**
 * What changes between two versions of a curriculum (FORMAT section 14.2): structural changes matched by id,
 * the exact difference of the escalation decisions, regraded scenario vignettes and, with evidence, the impact
 * on a cohort. {@link dev.tandem.diff.CurriculumDiff} is the value an integration shows before a new version
 * is published.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise. All types are immutable
 * and thread-safe.
 */
package dev.tandem.diff;
