package dev.tandem.analytics;

import java.util.List;

/**
 * How long certified learners took: whole days from a learner's first record to their date of
 * certification (the first instant at which, counting only the evidence up to that instant, the learner was
 * certified: a record instant or, under an average, an instant at which a low attempt expires; see
 * {@link dev.tandem.progress.Cohort#firstCertified}), over the learners certified at the report's instant.
 *
 * <p>Quartiles use linear interpolation between order statistics (R's type 7, numpy's default). They and
 * the median are null when the certified cell is suppressed or empty.
 *
 * @param median        the median, or null
 * @param lowerQuartile the first quartile, or null
 * @param upperQuartile the third quartile, or null
 * @param binDays       the width of each histogram bin, in days
 * @param histogram     the certified learners per bin of days, from 0 up to the longest time in the whole
 *                      cohort; at most {@value #MAX_BINS} bins, the last of which then runs to the longest time
 */
public record TimeToCertification(Double median, Double lowerQuartile, Double upperQuartile, int binDays,
        List<DayBin> histogram) {

    /** The most bins of a histogram, whatever the data and the bin width. */
    public static final int MAX_BINS = 100;

    /**
     * Copies the histogram.
     *
     * @param median        the median, or null
     * @param lowerQuartile the first quartile, or null
     * @param upperQuartile the third quartile, or null
     * @param binDays       the width of each histogram bin, in days
     * @param histogram     the certified learners per bin of days, from 0 up to the longest time in the whole
     *        cohort
     */
    public TimeToCertification {
        histogram = List.copyOf(histogram);
    }

    /**
     * One bin of the time-to-certification histogram.
     *
     * @param fromDay  the first day of the bin (inclusive)
     * @param toDay    the end of the bin (exclusive)
     * @param learners the certified learners whose time falls in the bin
     */
    public record DayBin(int fromDay, int toDay, Cell learners) {
    }
}
