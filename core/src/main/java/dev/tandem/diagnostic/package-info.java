/**
 * Diagnostics: every problem in a document or in evidence as a value with a severity, a stable code,
 * a JSON Pointer, an optional source position and a message a curriculum author understands.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise. All types are
 * immutable and thread-safe.
 */
package dev.tandem.diagnostic;
