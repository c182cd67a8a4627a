package dev.tandem.examples.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What evaluating one group of evidence items (all the items of some learners) gives: the progress of each
 * learner with at least one good record, and the problems of the bad records.
 *
 * @param learners the learners' progress, in ascending id order
 * @param problems the bad records' problems, in line order
 */
public record GroupResult(List<LearnerResult> learners, List<LineProblem> problems) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the lists. */
    public GroupResult {
        learners = List.copyOf(learners);
        problems = List.copyOf(problems);
    }
}
