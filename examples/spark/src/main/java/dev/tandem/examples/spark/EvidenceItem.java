package dev.tandem.examples.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One evidence record on its way to its learner's group, as text Tandem's {@link
 * dev.tandem.io.evidence.EvidenceReader} reads; or a problem found while the evidence was read, which goes to
 * the group of records without a learner and is reported as it is.
 *
 * <p>Items of one source are read in {@link #position} order, which is the order of the input (FORMAT 6.2
 * breaks ties in time by it).
 *
 * @param source   the file the record comes from (a path or URI as Spark names it)
 * @param position the record's place in its source: smaller comes first
 * @param line     the record's line (JSON Lines) or row (Parquet) in its source, for problems; 0 when the
 *                 record was already checked (CSV)
 * @param text     the record: one JSON Lines line, or one CSV row under {@link #CSV_HEADER} when {@code csv};
 *                 null for a problem
 * @param csv      whether {@code text} is a CSV row rather than a JSON Lines line
 * @param problem  the problem found while reading, or null for a record
 */
public record EvidenceItem(String source, long position, long line, String text, boolean csv, LineProblem problem)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The header under which {@code csv} items are read: the columns of FORMAT 6.1 and 13.3, in order. */
    public static final String CSV_HEADER = "learner,kind,assessment,module,score,hours,responses,at,by,topic";

    /** Items in the order they are read: by source, then position. */
    static final Comparator<EvidenceItem> ORDER = Comparator.comparing(EvidenceItem::source)
            .thenComparingLong(EvidenceItem::position);

    /** Checks that the item is either a record or a problem. */
    public EvidenceItem {
        Objects.requireNonNull(source, "source");
        if ((text == null) == (problem == null)) {
            throw new IllegalArgumentException("an item is either a record's text or a problem");
        }
    }

    /**
     * {@return a record item}
     *
     * @param source   the file
     * @param position the place in the file
     * @param line     the line or row in the file, for problems
     * @param text     the record as a JSON Lines line or (when {@code csv}) a CSV row under {@link #CSV_HEADER}
     * @param csv      whether the text is a CSV row
     */
    public static EvidenceItem record(String source, long position, long line, String text, boolean csv) {
        return new EvidenceItem(source, position, line, Objects.requireNonNull(text, "text"), csv, null);
    }

    /**
     * {@return a problem item}
     *
     * @param problem the problem found while reading
     */
    public static EvidenceItem problem(LineProblem problem) {
        return new EvidenceItem(problem.source(), 0, problem.line(), null, false, problem);
    }

    /** {@return whether this item is a problem rather than a record} */
    public boolean isProblem() {
        return problem != null;
    }
}
