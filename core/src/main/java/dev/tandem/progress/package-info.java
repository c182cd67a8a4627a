/**
 * Learner progress: the evaluation of evidence against a curriculum at an instant (FORMAT section 6).
 *
 * <p>{@link dev.tandem.progress.Evaluator} is compiled once per curriculum and then evaluates one learner
 * ({@link dev.tandem.progress.Evaluator#evaluate}) or a whole cohort grouped in compact form
 * ({@link dev.tandem.progress.Cohort}). The results ({@link dev.tandem.progress.LearnerProgress} and its
 * parts) are values that explain themselves: each competency lists the attempts that gave its level, each
 * unmet certification requirement says why, and ignored attempts become {@link dev.tandem.progress.LearnerWarning}s.
 * Evaluation is a pure function of curriculum, evidence and instant: no clock, no I/O.
 *
 * <p>Instants in results are exclusive ends: a level whose {@code validUntil} is {@code T} holds at every
 * instant before {@code T} and not at {@code T}; {@code null} means it never expires.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise; record components
 * documented as optional are null when absent; lists are never null. All types are immutable and
 * thread-safe, except {@link dev.tandem.progress.Cohort.Builder}.
 */
package dev.tandem.progress;
