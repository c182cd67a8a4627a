package dev.tandem.assessment;

import dev.tandem.escalation.Observation;
import java.util.Objects;

/**
 * A described situation in a scenario assessment; the expected answer is the tier the curriculum's policy
 * decides for its signals.
 *
 * @param id      the vignette's id, unique within its assessment
 * @param prompt  the situation as the trainee reads it
 * @param signals the signals the situation shows
 */
public record Vignette(VignetteId id, String prompt, Observation signals) {

    /**
     * Checks the components.
     *
     * @param id      the vignette's id, unique within its assessment
     * @param prompt  the situation as the trainee reads it
     * @param signals the signals the situation shows
     */
    public Vignette {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(signals, "signals");
    }

    /**
     * {@return a vignette}
     *
     * @param id the id
     * @param prompt the situation
     * @param signals its signals
     */
    public static Vignette of(String id, String prompt, Observation signals) {
        return new Vignette(VignetteId.of(id), prompt, signals);
    }
}
