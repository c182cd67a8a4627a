package dev.tandem.analytics;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The figures for the learners whose first record falls in one calendar month (UTC).
 *
 * @param month    the month
 * @param learners the learners of that month (share of the report's learners)
 * @param figures  their figures; shares are of that month's learners
 */
public record MonthFigures(YearMonth month, Cell learners, Figures figures) {

    /**
     * Checks the components.
     *
     * @param month    the month
     * @param learners the learners of that month (share of the report's learners)
     * @param figures  their figures; shares are of that month's learners
     */
    public MonthFigures {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(learners, "learners");
        Objects.requireNonNull(figures, "figures");
    }
}
