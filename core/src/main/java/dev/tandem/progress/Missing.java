package dev.tandem.progress;

import dev.tandem.certification.TopicId;

import dev.tandem.competency.CompetencyId;
import dev.tandem.training.ModuleId;
import java.util.Objects;

/**
 * An unmet certification requirement (FORMAT 6.5 and 9): a module not completed, a competency below the
 * required level, too few practice hours, or too few continuing-education hours (FORMAT 13.3). Each says why with {@link #why()}.
 */
public sealed interface Missing permits Missing.Module, Missing.Competency, Missing.Practice,
        Missing.ContinuingEducation {

    /** {@return the requirement's type as output names it: {@code module}, {@code competency} or {@code practice}} */
    String type();

    /** {@return a sentence saying why the requirement is not met} */
    String why();

    /**
     * A required module that is not completed.
     *
     * @param id     the module
     * @param status its status (never {@link ModuleStatus#COMPLETED})
     */
    record Module(ModuleId id, ModuleStatus status) implements Missing {
        /** Checks the components. */
        public Module {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String type() {
            return "module";
        }

        @Override
        public String why() {
            return "module '" + id + "' is " + status.id() + ", not completed";
        }
    }

    /**
     * A required competency below the required level.
     *
     * @param id       the competency
     * @param required the level required
     * @param attained the level attained, or null when none
     */
    record Competency(CompetencyId id, String required, String attained) implements Missing {
        /** Checks the components. */
        public Competency {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(required, "required");
        }

        @Override
        public String type() {
            return "competency";
        }

        @Override
        public String why() {
            return "competency '" + id + "' needs level " + required + " or above; "
                    + (attained == null ? "no level is attained" : "attained: " + attained);
        }
    }

    /**
     * Too few practice hours counted at the instant.
     *
     * @param required the hours required
     * @param recorded the hours counted at the instant (inside the {@code within} window)
     */
    record Practice(double required, double recorded) implements Missing {
        @Override
        public String type() {
            return "practice";
        }

        @Override
        public String why() {
            return "practice needs " + hours(required) + " hours; " + hours(recorded) + " counted";
        }

    }

    /**
     * Too few continuing-education hours counted at the instant: in total, or in one topic.
     *
     * @param topic    the topic, or null for the total
     * @param required the hours required (in total, or the topic's minimum)
     * @param recorded the hours counted at the instant (of that topic, for a topic)
     */
    record ContinuingEducation(TopicId topic, double required, double recorded) implements Missing {
        @Override
        public String type() {
            return "continuing-education";
        }

        @Override
        public String why() {
            return "continuing education needs " + hours(required) + " hours" + (topic == null ? ""
                    : " of " + topic) + "; " + hours(recorded) + " counted";
        }
    }

    /** {@return hours as a short number: whole hours without a fraction} @param h hours */
    private static String hours(double h) {
        return h == Math.rint(h) && Math.abs(h) < 1e15 ? Long.toString((long) h) : Double.toString(h);
    }
}
