package dev.tandem.analytics;

/**
 * One published count of learners in a cohort report (FORMAT section 12): either shown, with its count and
 * share, or suppressed, with neither.
 *
 * <p>A shown cell has {@code count >= 0} and {@code share} in [0, 1] (the count over the population of its
 * group, see {@link CohortReport}); a suppressed cell has both null. Counts from 1 to {@code minCell - 1} are
 * always suppressed, and further cells are suppressed where a suppressed count could otherwise be recovered
 * by subtraction from a total.
 *
 * @param count      the number of learners, or null when suppressed
 * @param share      the count over the group's population, or null when suppressed
 * @param suppressed true when the count is withheld
 */
public record Cell(Integer count, Double share, boolean suppressed) {

    private static final Cell SUPPRESSED = new Cell(null, null, true);

    /**
     * Checks the components: a shown cell has a count and a share in [0, 1]; a suppressed one neither.
     *
     * @param count      the number of learners, or null when suppressed
     * @param share      the count over the group's population, or null when suppressed
     * @param suppressed true when the count is withheld
     */
    public Cell {
        if (suppressed) {
            if (count != null || share != null) {
                throw new IllegalArgumentException("A suppressed cell has neither count nor share");
            }
        } else {
            if (count == null || share == null) {
                throw new IllegalArgumentException("A shown cell has a count and a share");
            }
            if (count < 0 || !(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("Invalid cell: count " + count + ", share " + share);
            }
        }
    }

    /**
     * {@return a shown cell}
     *
     * @param count      the count, at least 0
     * @param population the population the share is taken of; a zero population gives share 0
     */
    public static Cell shown(int count, int population) {
        if (count < 0 || population < 0 || count > population) {
            throw new IllegalArgumentException("Invalid cell: " + count + " of " + population);
        }
        return new Cell(count, population == 0 ? 0.0 : (double) count / population, false);
    }

    /** {@return the suppressed cell} */
    public static Cell suppressedCell() {
        return SUPPRESSED;
    }

    /** {@return the count, or 0 when suppressed (for sorting and drawing; never for publishing)} */
    public int countOrZero() {
        return count == null ? 0 : count;
    }

    /** {@return the share, or 0 when suppressed (for sorting and drawing; never for publishing)} */
    public double shareOrZero() {
        return share == null ? 0 : share;
    }
}
