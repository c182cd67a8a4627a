package dev.tandem.io.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader counted in its input besides good and bad records, for example the statements of an xAPI
 * file that were re-sent, voided or skipped. The JSON progress document shows them as its top-level
 * {@code evidence} object: {@code {"format":..,COUNT:N,..,"skipped":{REASON:N,..}}}.
 *
 * @param format  the input's format, for example {@code xapi}
 * @param counts  named counts, in the order they are shown
 * @param skipped named counts of what was skipped, by reason, in the order they are shown
 */
public record EvidenceCounts(String format, Map<String, Long> counts, Map<String, Long> skipped) {

    /**
     * Checks the components and copies the maps, keeping their order.
     *
     * @param counts named counts, in the order they are shown
     * @param format the input's format, for example {@code xapi}
     * @param skipped named counts of what was skipped, by reason, in the order they are shown
     */
    public EvidenceCounts {
        Objects.requireNonNull(format, "format");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        if (counts.containsKey("format") || counts.containsKey("skipped")) {
            throw new IllegalArgumentException("'format' and 'skipped' are not count names");
        }
    }
}
