package dev.tandem.certification;

import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A continuing-education requirement (FORMAT 13.3): at least {@code hours} hours of education counted
 * within a sliding window, and per listed topic at least its minimum. The first period after certification
 * needs none.
 *
 * @param hours  the total hours needed (the validator requires {@code > 0})
 * @param within how long an education record counts (the validator requires it, longer than zero)
 * @param topics the minimum hours per topic, in the order written (each {@code > 0}, their sum at most
 *               {@code hours})
 */
public record ContinuingEducation(double hours, Period within, Map<TopicId, Double> topics) {

    /** Checks and copies the components. */
    public ContinuingEducation {
        topics.forEach((k, v) -> {
            Objects.requireNonNull(k, "topic");
            Objects.requireNonNull(v, "hours of " + k);
        });
        topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    }
}
