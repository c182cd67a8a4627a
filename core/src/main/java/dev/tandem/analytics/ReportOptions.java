package dev.tandem.analytics;

import java.time.Instant;
import java.util.Objects;

/**
 * The options of a cohort report.
 *
 * @param asOf     the evaluation instant (records after it are ignored, as in evaluation)
 * @param minCell  the smallest count shown, K: counts from 1 to K-1 are suppressed; at least 1 (1 shows every
 *                 count)
 * @param grouping whether to add per-month figures
 * @param binDays  the width, in days, of the bins of the time-to-certification histogram; at least 1
 */
public record ReportOptions(Instant asOf, int minCell, Grouping grouping, int binDays) {

    /** The default smallest count shown. */
    public static final int DEFAULT_MIN_CELL = 5;
    /** The default width of a time-to-certification bin, in days. */
    public static final int DEFAULT_BIN_DAYS = 30;

    /**
     * Checks the components.
     *
     * @param asOf     the evaluation instant (records after it are ignored, as in evaluation)
     * @param minCell  the smallest count shown, K: counts from 1 to K-1 are suppressed; at least 1 (1 shows every
     *        count)
     * @param grouping whether to add per-month figures
     * @param binDays  the width, in days, of the bins of the time-to-certification histogram; at least 1
     */
    public ReportOptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(grouping, "grouping");
        if (minCell < 1) {
            throw new IllegalArgumentException("minCell must be at least 1: " + minCell);
        }
        if (binDays < 1) {
            throw new IllegalArgumentException("binDays must be at least 1: " + binDays);
        }
    }

    /**
     * {@return the default options at an instant: K = 5, no grouping, 30-day bins}
     *
     * @param asOf the instant
     */
    public static ReportOptions at(Instant asOf) {
        return new ReportOptions(asOf, DEFAULT_MIN_CELL, Grouping.NONE, DEFAULT_BIN_DAYS);
    }

    /**
     * {@return these options with another smallest count shown}
     *
     * @param k the smallest count shown
     */
    public ReportOptions withMinCell(int k) {
        return new ReportOptions(asOf, k, grouping, binDays);
    }

    /**
     * {@return these options with another grouping}
     *
     * @param g the grouping
     */
    public ReportOptions withGrouping(Grouping g) {
        return new ReportOptions(asOf, minCell, g, binDays);
    }

    /**
     * {@return these options with another bin width}
     *
     * @param days the bin width in days
     */
    public ReportOptions withBinDays(int days) {
        return new ReportOptions(asOf, minCell, grouping, days);
    }
}
