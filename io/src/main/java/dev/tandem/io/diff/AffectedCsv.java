package dev.tandem.io.diff;

import dev.tandem.diff.Impact;
import dev.tandem.io.internal.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes the learners whose certification status a new version changes as CSV, {@code learner,old-status,
 * new-status} (FORMAT section 14.2, {@code --affected}): always the header, then one row per learner in
 * ascending id order. This is personal data: it is written only on request, never to standard output.
 *
 * <p>Stateless and thread-safe.
 */
public final class AffectedCsv {

    /** The header row. */
    public static final String HEADER = "learner,old-status,new-status";

    private AffectedCsv() {
    }

    /**
     * Writes the CSV (the writer is flushed, not closed).
     *
     * @param impact the impact whose affected learners to write
     * @param out    where to write
     * @throws IOException when the writer fails
     */
    public static void write(Impact impact, Writer out) throws IOException {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(out, "out");
        out.write(HEADER + "\n");
        for (Impact.Affected a : impact.affected()) {
            out.write(CsvCells.quoted(CsvCells.safe(a.learner().value())) + "," + a.oldStatus().id() + ","
                    + a.newStatus().id() + "\n");
        }
        out.flush();
    }

}
