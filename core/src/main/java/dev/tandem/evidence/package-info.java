/**
 * Evidence about learners: assessment attempts, module completions and practice hours.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise; record components
 * documented as optional are null when absent. All types are immutable and thread-safe.
 */
package dev.tandem.evidence;
