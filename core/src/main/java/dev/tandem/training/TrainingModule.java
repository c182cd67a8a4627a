package dev.tandem.training;

import dev.tandem.competency.CompetencyId;
import dev.tandem.training.Delivery;
import dev.tandem.training.ModuleId;
import dev.tandem.training.Target;
import dev.tandem.training.TrainingModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A training module: a unit of teaching with prerequisites and intended outcomes (FORMAT section 4).
 * (Not named {@code Module}, which would shadow {@link java.lang.Module}.)
 *
 * @param id       the module's id
 * @param title    its title
 * @param hours    its length in hours, or null when not given
 * @param delivery how it is delivered, or null when not given
 * @param requires prerequisite modules
 * @param targets  intended outcomes
 */
public record TrainingModule(ModuleId id, String title, Double hours, Delivery delivery, List<ModuleId> requires,
        List<Target> targets) {

    /** Checks and copies the components. */
    public TrainingModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        requires = List.copyOf(requires);
        targets = List.copyOf(targets);
    }

    /**
     * {@return a builder}
     *
     * @param id    the id
     * @param title the title
     */
    public static Builder builder(String id, String title) {
        return new Builder(ModuleId.of(id), title);
    }

    /** A builder of {@link TrainingModule}; not thread-safe. */
    public static final class Builder {
        private final ModuleId id;
        private final String title;
        private Double hours;
        private Delivery delivery;
        private final List<ModuleId> requires = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();

        private Builder(ModuleId id, String title) {
            this.id = id;
            this.title = Objects.requireNonNull(title, "title");
        }

        /** {@return this builder} @param hours the length in hours */
        public Builder hours(double hours) {
            this.hours = hours;
            return this;
        }

        /** {@return this builder} @param delivery how it is delivered */
        public Builder delivery(Delivery delivery) {
            this.delivery = Objects.requireNonNull(delivery, "delivery");
            return this;
        }

        /** {@return this builder} @param modules prerequisite module ids */
        public Builder requires(String... modules) {
            for (String m : modules) {
                requires.add(ModuleId.of(m));
            }
            return this;
        }

        /** {@return this builder} @param competency the competency id @param level the level aimed at */
        public Builder targets(String competency, String level) {
            targets.add(new Target(CompetencyId.of(competency), level));
            return this;
        }

        /** {@return the module} */
        public TrainingModule build() {
            return new TrainingModule(id, title, hours, delivery, requires, targets);
        }
    }
}
