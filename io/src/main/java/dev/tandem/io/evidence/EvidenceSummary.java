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
 * @param counts   what the reader counted besides records (see {@link EvidenceCounts}), or null
 */
public record EvidenceSummary(long read, long accepted, long rejected, List<EvidenceProblem> problems,
        EvidenceCounts counts) {

    /**
     * Creates a summary without further counts.
     *
     * @param read     the records found in the file
     * @param accepted the records handed to the consumer
     * @param rejected the records refused because of problems
     * @param problems every problem, in the order of the file
     */
    public EvidenceSummary(long read, long accepted, long rejected, List<EvidenceProblem> problems) {
        this(read, accepted, rejected, problems, null);
    }

    /**
     * Checks the counts and copies the problems.
     *
     * @param read     the records found in the file
     * @param accepted the records handed to the consumer
     * @param rejected the records refused because of problems
     * @param problems every problem, in the order of the file
     * @param counts what the reader counted besides records (see {@link EvidenceCounts}), or null
     */
    public EvidenceSummary {
        if (accepted < 0 || rejected < 0 || read != accepted + rejected) {
            throw new IllegalArgumentException("Invalid counts (read must equal accepted + rejected): read "
                    + read + ", accepted " + accepted + ", rejected " + rejected);
        }
        problems = List.copyOf(problems);
    }

    /**
     * {@return this summary with the reader's further counts}
     *
     * @param counts the counts, or null
     */
    public EvidenceSummary withCounts(EvidenceCounts counts) {
        return new EvidenceSummary(read, accepted, rejected, problems, counts);
    }

    /** {@return true when the file had no problem at all} */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
