package dev.tandem.analytics;

import java.util.List;

/**
 * Attempt figures of one assessment. Only attempts at or before the report's instant and not ignored
 * ({@code max-attempts}) count. Every number but {@code learners} is null when {@code learners} is
 * suppressed.
 *
 * @param learners             the learners with at least one attempt (share of the report's learners)
 * @param attempts             the number of attempts
 * @param attemptsPerLearner   attempts over learners
 * @param firstAttemptPassRate the share of those learners whose first attempt passed
 * @param passRate             the share of those learners with at least one passing attempt
 * @param meanAttemptsToPass   over the learners who passed, the mean number of attempts up to and including
 *                             the first passing one; null also when fewer than K learners passed
 * @param scores               learners by their best score, as a fraction of the maximum score, in ten bins
 *                             of 0.1 (the last one includes 1)
 */
public record AssessmentFigures(Cell learners, Integer attempts, Double attemptsPerLearner,
        Double firstAttemptPassRate, Double passRate, Double meanAttemptsToPass, List<ScoreBin> scores) {

    /**
     * Copies the score bins.
     *
     * @param learners             the learners with at least one attempt (share of the report's learners)
     * @param attempts             the number of attempts
     * @param attemptsPerLearner   attempts over learners
     * @param firstAttemptPassRate the share of those learners whose first attempt passed
     * @param passRate             the share of those learners with at least one passing attempt
     * @param meanAttemptsToPass   over the learners who passed, the mean number of attempts up to and including
     *        the first passing one; null also when fewer than K learners passed
     * @param scores               learners by their best score, as a fraction of the maximum score, in ten bins
     *        of 0.1 (the last one includes 1)
     */
    public AssessmentFigures {
        scores = List.copyOf(scores);
    }

    /**
     * One bin of a score distribution.
     *
     * @param from     the lowest score fraction of the bin (inclusive)
     * @param to       the end of the bin (exclusive, except 1 for the last bin)
     * @param learners the learners whose best score falls in the bin (share of the assessment's learners)
     */
    public record ScoreBin(double from, double to, Cell learners) {
    }
}
