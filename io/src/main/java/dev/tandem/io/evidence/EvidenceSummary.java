package dev.tandem.io.evidence;

import java.util.List;

/**
 * What reading an evidence file gave: how many records were read, accepted and rejected, and every
 * problem found, in file order.
 *
 * <p>Every record read is either accepted (handed to the consumer) or rejected (with at least one problem):
 * {@code read == accepted + rejected}. A problem with the file as a whole (a bad CSV header, JSON that
 * cannot be read any further) is listed in {@code problems} without counting as a record.
 *
 * @param read     the records found in the file
 * @param accepted the records handed to the consumer
 * @param rejected the records refused because of problems
 * @param problems every problem, in the order of the file
 */
public record EvidenceSummary(long read, long accepted, long rejected, List<EvidenceProblem> problems) {

    /**
     * Checks the counts and copies the problems.
     *
     * @param read     the records found in the file
     * @param accepted the records handed to the consumer
     * @param rejected the records refused because of problems
     * @param problems every problem, in the order of the file
     */
    public EvidenceSummary {
        if (accepted < 0 || rejected < 0 || read != accepted + rejected) {
            throw new IllegalArgumentException("Invalid counts (read must equal accepted + rejected): read "
                    + read + ", accepted " + accepted + ", rejected " + rejected);
        }
        problems = List.copyOf(problems);
    }

    /** {@return true when the file had no problem at all} */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
