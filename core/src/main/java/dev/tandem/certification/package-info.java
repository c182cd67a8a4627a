/**
 * Certification: the modules, competency levels and supervised practice a certification bundles.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise; record components
 * documented as optional are null when absent. All types are immutable and thread-safe.
 */
package dev.tandem.certification;
