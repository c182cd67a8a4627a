/**
 * Competencies, the scales they are measured on, the domains that group them and the relations between
 * them.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise; record components
 * documented as optional are null when absent. All types are immutable and thread-safe, except builders.
 */
package dev.tandem.competency;
