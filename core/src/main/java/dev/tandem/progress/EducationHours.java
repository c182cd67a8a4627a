package dev.tandem.progress;

import dev.tandem.certification.TopicId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The continuing-education hours counted for a learner at an instant (FORMAT 13.3): those of records inside
 * the {@code within} window.
 *
 * @param total  every counted hour, whatever its topic
 * @param topics the counted hours of each topic the requirement lists, in its order (0 when none)
 */
public record EducationHours(double total, Map<TopicId, Double> topics) {

    /** Checks and copies the components. */
    public EducationHours {
        topics.forEach((k, v) -> {
            Objects.requireNonNull(k, "topic");
            Objects.requireNonNull(v, "hours of " + k);
        });
        topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    }
}
