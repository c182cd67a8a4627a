/**
 * Reading learner evidence (FORMAT section 6.1): JSON Lines, a JSON array or CSV, streamed record by record
 * and checked against a curriculum.
 *
 * <p>{@link dev.tandem.io.evidence.EvidenceReader} hands every good record to a consumer as a core
 * {@link dev.tandem.evidence.EvidenceRecord} and reports every bad one as an
 * {@link dev.tandem.io.evidence.EvidenceProblem} with its line number, the field and what is wrong. Problem
 * messages never repeat a record: learner evidence is personal data.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise. All public types are
 * immutable and thread-safe.
 */
package dev.tandem.io.evidence;
