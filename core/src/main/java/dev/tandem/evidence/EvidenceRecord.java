package dev.tandem.evidence;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.VignetteId;
import dev.tandem.certification.TopicId;
import dev.tandem.escalation.TierId;
import dev.tandem.internal.ArrayMap;
import dev.tandem.training.ModuleId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of evidence about a learner (FORMAT 6.1 and 13.3): an assessment attempt, a module completion,
 * hours of supervised practice, or hours of continuing education. {@code by} (who observed or signed it) is optional and null when absent.
 */
public sealed interface EvidenceRecord permits EvidenceRecord.Attempt, EvidenceRecord.Completion,
        EvidenceRecord.Practice, EvidenceRecord.Education {

    /** {@return whose evidence this is} */
    LearnerId learner();

    /** {@return when it happened} */
    Instant at();

    /** {@return who observed or signed it, or null} */
    String by();

    /**
     * An attempt at an assessment: a score, or, for a scenario, the tier chosen per vignette.
     *
     * @param learner   the learner
     * @param assessment the assessment
     * @param score     the score (a finite number), or null for a scenario attempt
     * @param responses the tier chosen per vignette (scenario attempts only; empty otherwise)
     * @param at        when
     * @param by        the assessor, or null
     */
    record Attempt(LearnerId learner, AssessmentId assessment, Double score, Map<VignetteId, TierId> responses,
            Instant at, String by) implements EvidenceRecord {
        /**
         * Checks and copies the components. The responses are copied into an unmodifiable map that keeps their
         * iteration order; responses taken from another attempt are not copied again.
         *
         * @param learner   the learner
         * @param assessment the assessment
         * @param score     the score (a finite number), or null for a scenario attempt
         * @param responses the tier chosen per vignette (scenario attempts only; empty otherwise)
         * @param at        when
         * @param by        the assessor, or null
         */
        public Attempt {
            Objects.requireNonNull(learner, "learner");
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(at, "at");
            if (score != null && (score.isNaN() || score.isInfinite())) {
                throw new IllegalArgumentException("Invalid attempt score (must be a finite number): " + score);
            }
            if (responses.isEmpty()) {
                responses = Map.of(); // the common case, a scored attempt: nothing to copy
            } else if (!(responses instanceof ArrayMap)) { // an ArrayMap is immutable and checked already
                responses.forEach((vignette, tier) -> {
                    Objects.requireNonNull(vignette, "vignette");
                    Objects.requireNonNull(tier, "tier");
                });
                responses = ArrayMap.copyOf(responses); // unmodifiable, in the given order
            }
        }

        /**
         * {@return a scored attempt}
         *
         * @param learner who
         * @param assessment what
         * @param score the score
         * @param at when
         */
        public static Attempt scored(LearnerId learner, AssessmentId assessment, double score, Instant at) {
            return new Attempt(learner, assessment, score, Map.of(), at, null);
        }
    }

    /**
     * A completed module (for modules without assessments).
     *
     * @param learner the learner
     * @param module  the module
     * @param at      when
     * @param by      who recorded it, or null
     */
    record Completion(LearnerId learner, ModuleId module, Instant at, String by) implements EvidenceRecord {
        /**
         * Checks the components.
         *
         * @param learner the learner
         * @param module  the module
         * @param at      when
         * @param by      who recorded it, or null
         */
        public Completion {
            Objects.requireNonNull(learner, "learner");
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Hours of supervised practice.
     *
     * @param learner the learner
     * @param hours   the hours, at least 0
     * @param at      when
     * @param by      the supervisor, or null
     */
    record Practice(LearnerId learner, double hours, Instant at, String by) implements EvidenceRecord {
        /**
         * Checks the components.
         *
         * @param learner the learner
         * @param hours   the hours, at least 0
         * @param at      when
         * @param by      the supervisor, or null
         */
        public Practice {
            Objects.requireNonNull(learner, "learner");
            Objects.requireNonNull(at, "at");
            if (!(hours >= 0) || Double.isInfinite(hours)) {
                throw new IllegalArgumentException("Invalid practice hours (must be a finite number >= 0): " + hours);
            }
        }
    }

    /**
     * Hours of continuing education (FORMAT 13.3), optionally in a topic. Counts toward a certification's
     * renewal; without a renewal block it changes nothing.
     *
     * @param learner the learner
     * @param hours   the hours, above 0
     * @param topic   the topic, or null
     * @param at      when
     * @param by      the provider, or null
     */
    record Education(LearnerId learner, double hours, TopicId topic, Instant at, String by) implements EvidenceRecord {
        /**
         * Checks the components.
         *
         * @param at when
         * @param by the assessor, or null
         * @param hours the hours, at least 0
         * @param learner the learner
         * @param topic the topic, or null
         */
        public Education {
            Objects.requireNonNull(learner, "learner");
            Objects.requireNonNull(at, "at");
            if (!(hours > 0) || Double.isInfinite(hours)) {
                throw new IllegalArgumentException("Invalid education hours (must be a finite number > 0): " + hours);
            }
        }
    }
}
