package dev.tandem.io.xapi;

import dev.tandem.io.evidence.EvidenceCounts;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading a file of xAPI statements gave.
 *
 * <p>Every statement read is exactly one of: accepted (handed to the consumer as an evidence record),
 * rejected (with at least one problem), voided (removed by a voiding statement), skipped (not a learner's
 * activity, or not named by the map; counted by {@link SkipReason}), voiding (a voiding statement, which is not
 * evidence itself) or re-sent (a copy of an earlier statement with the same id and content):
 * {@code statements == accepted + rejected + voided + skipped + voiding + resent}. A problem with the file as
 * a whole (JSON that cannot be read any further) is listed in {@code problems} without counting as a
 * statement.
 *
 * @param statements every statement found in the file
 * @param accepted   the statements handed to the consumer
 * @param rejected   the statements refused because of problems
 * @param voided     the statements removed by a voiding statement
 * @param skipped    the statements skipped, by reason (every reason present, zero or more)
 * @param voiding    the voiding statements
 * @param resent     the re-sent copies, ignored after the first
 * @param problems   the errors, in file order
 * @param warnings   the warnings: voided ids not in the file, counts of skipped and re-sent statements, of
 *                   timestamps without a zone and of results whose success disagrees with the pass mark
 */
public record XapiSummary(long statements, long accepted, long rejected, long voided, Map<SkipReason, Long> skipped,
        long voiding, long resent, List<XapiProblem> problems, List<XapiProblem> warnings) {

    /**
     * Checks the counts and copies the lists.
     *
     * @param statements every statement found in the file
     * @param accepted   the statements handed to the consumer
     * @param rejected   the statements refused because of problems
     * @param voided     the statements removed by a voiding statement
     * @param skipped    the statements whose activity or verb the map does not name
     * @param voiding    the voiding statements
     * @param problems   the errors, in file order
     * @param warnings   the warnings: voided ids not in the file, repeated statement ids, counts of skipped
     *        statements
     * @param resent the re-sent copies, ignored after the first
     */
    public XapiSummary {
        Map<SkipReason, Long> all = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            all.put(reason, skipped.getOrDefault(reason, 0L));
        }
        skipped = Collections.unmodifiableMap(all);
        long skippedCount = all.values().stream().mapToLong(Long::longValue).sum();
        if (accepted < 0 || rejected < 0 || voided < 0 || voiding < 0 || resent < 0
                || all.values().stream().anyMatch(n -> n < 0)
                || statements != accepted + rejected + voided + skippedCount + voiding + resent) {
            throw new IllegalArgumentException("Invalid counts (statements must be accepted + rejected + voided + "
                    + "skipped + voiding + resent): " + statements + ", " + accepted + ", " + rejected + ", "
                    + voided + ", " + skippedCount + ", " + voiding + ", " + resent);
        }
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** {@return the statements skipped, whatever the reason} */
    public long skippedCount() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@return true when there is at least one error} */
    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    /**
     * {@return the counts as the JSON progress document shows them: {@code statements}, {@code used},
     * {@code rejected}, {@code voided}, {@code voiding}, {@code resent} and {@code skipped} by reason}
     */
    public EvidenceCounts counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("statements", statements);
        counts.put("used", accepted);
        counts.put("rejected", rejected);
        counts.put("voided", voided);
        counts.put("voiding", voiding);
        counts.put("resent", resent);
        Map<String, Long> byReason = new LinkedHashMap<>();
        skipped.forEach((reason, n) -> byReason.put(reason.id(), n));
        return new EvidenceCounts("xapi", counts, byReason);
    }
}
