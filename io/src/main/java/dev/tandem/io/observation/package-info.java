/**
 * Observations for escalation decisions: {@link dev.tandem.io.observation.ObservationReader} reads them as JSON
 * Lines (one object of signal values per line) or from {@code NAME=VALUE} strings, reporting each bad line with
 * its number; {@link dev.tandem.io.observation.DecisionJson} writes decisions as one-line JSON.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise. Readers and writers are
 * immutable and thread-safe.
 */
package dev.tandem.io.observation;
