/**
 * xAPI 1.0.3 statements as evidence (FORMAT section 10): a map from activity IRIs and verbs to the
 * curriculum's assessments, modules and practice, and a reader that turns statements into evidence records.
 *
 * <p>Entry points: {@link dev.tandem.io.xapi.XapiMap} and {@link dev.tandem.io.xapi.XapiReader}. Null
 * arguments throw {@link NullPointerException} unless documented otherwise. All types are immutable and
 * thread-safe.
 */
package dev.tandem.io.xapi;
