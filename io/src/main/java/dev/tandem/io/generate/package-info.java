/**
 * Synthetic evidence: a seeded, deterministic generator of realistic evidence streams for a curriculum
 * (attempts with retries, module completions, supervised practice, scenario responses that sometimes
 * under- or over-escalate), and a writer of evidence records in the JSON Lines and CSV forms of FORMAT
 * section 6.1.
 *
 * <p>Useful for power analyses before a study, for load tests of an LMS integration and for Tandem's own
 * benchmarks. The same curriculum, settings and seed always give the same records, byte for byte.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise. The generator is
 * immutable and thread-safe; a writer is not.
 */
package dev.tandem.io.generate;
