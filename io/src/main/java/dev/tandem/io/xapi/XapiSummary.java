package dev.tandem.io.xapi;

import java.util.List;

/**
 * What reading a file of xAPI statements gave.
 *
 * <p>Every statement read is exactly one of: accepted (handed to the consumer as an evidence record),
 * rejected (with at least one problem), voided (removed by a voiding statement), skipped (its activity or
 * verb is not in the map) or voiding (a voiding statement, which is not evidence itself):
 * {@code statements == accepted + rejected + voided + skipped + voiding}. A problem with the file as a whole
 * (JSON that cannot be read any further) is listed in {@code problems} without counting as a statement.
 *
 * @param statements every statement found in the file
 * @param accepted   the statements handed to the consumer
 * @param rejected   the statements refused because of problems
 * @param voided     the statements removed by a voiding statement
 * @param skipped    the statements whose activity or verb the map does not name
 * @param voiding    the voiding statements
 * @param problems   the errors, in file order
 * @param warnings   the warnings: voided ids not in the file, repeated statement ids, counts of skipped
 *                   statements
 */
public record XapiSummary(long statements, long accepted, long rejected, long voided, long skipped, long voiding,
        List<XapiProblem> problems, List<XapiProblem> warnings) {

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
     */
    public XapiSummary {
        if (accepted < 0 || rejected < 0 || voided < 0 || skipped < 0 || voiding < 0
                || statements != accepted + rejected + voided + skipped + voiding) {
            throw new IllegalArgumentException("Invalid counts (statements must be accepted + rejected + voided + "
                    + "skipped + voiding): " + statements + ", " + accepted + ", " + rejected + ", " + voided + ", "
                    + skipped + ", " + voiding);
        }
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** {@return true when there is at least one error} */
    public boolean hasErrors() {
        return !problems.isEmpty();
    }
}
