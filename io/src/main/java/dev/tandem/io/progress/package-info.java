/**
 * Writing learner progress (FORMAT section 9): the JSON document of {@code tandem evaluate}, a tidy CSV
 * table and a readable text summary, written learner by learner.
 *
 * <p>A {@link dev.tandem.io.progress.ProgressWriter} is opened on a {@link java.io.Writer}, receives one
 * {@link dev.tandem.progress.LearnerProgress} at a time in ascending learner order, and is closed to finish
 * the document; nothing is held in memory beyond the learner being written.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise.
 */
package dev.tandem.io.progress;
