/**
 * The curriculum, the aggregate root of the format, with its modules, its builder and its semantic
 * validation. {@link dev.tandem.curriculum.Curriculum.Builder#build()} returns only valid curricula;
 * {@link dev.tandem.curriculum.Curriculum.Builder#diagnostics()} lists every problem without throwing.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise; record components
 * documented as optional are null when absent. All types are immutable and thread-safe, except builders.
 */
package dev.tandem.curriculum;
