package dev.tandem.assessment;

import dev.tandem.competency.CompetencyId;
import dev.tandem.training.ModuleId;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An assessment: a way of proving competencies (quiz, observed role-play, checklist, sign-off, reflection
 * or scenario), with its scoring rules (FORMAT section 5).
 *
 * <p>Optional components ({@code module}, {@code maxScore}, {@code maxAttempts}, {@code validFor}) are null
 * when absent. A scenario assessment has no {@code maxScore}: its maximum is its number of vignettes
 * ({@link #effectiveMaxScore()}).
 *
 * @param id          the assessment's id
 * @param title       its title
 * @param module      the module it belongs to, or null
 * @param kind        its kind
 * @param maxScore    the highest score, or null for scenarios
 * @param passScore   the lowest passing score
 * @param maxAttempts how many failed attempts in a row are allowed, or null for no limit
 * @param validFor    how long its attempts stay valid, or null for ever
 * @param measures    the competencies it measures
 * @param bands       score bands, empty when it awards the measures' levels on a pass
 * @param vignettes   the vignettes of a scenario assessment, empty otherwise
 */
public record Assessment(AssessmentId id, String title, ModuleId module, AssessmentKind kind, Double maxScore,
        double passScore, Integer maxAttempts, Period validFor, List<Measure> measures, List<Band> bands,
        List<Vignette> vignettes) {

    /**
     * Checks and copies the components.
     *
     * @param id          the assessment's id
     * @param title       its title
     * @param module      the module it belongs to, or null
     * @param kind        its kind
     * @param maxScore    the highest score, or null for scenarios
     * @param passScore   the lowest passing score
     * @param maxAttempts how many failed attempts in a row are allowed, or null for no limit
     * @param validFor    how long its attempts stay valid, or null for ever
     * @param measures    the competencies it measures
     * @param bands       score bands, empty when it awards the measures' levels on a pass
     * @param vignettes   the vignettes of a scenario assessment, empty otherwise
     */
    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        measures = List.copyOf(measures);
        bands = List.copyOf(bands);
        vignettes = List.copyOf(vignettes);
    }

    /** {@return the highest score: {@code maxScore}, or the number of vignettes for a scenario} */
    public double effectiveMaxScore() {
        return maxScore != null ? maxScore : vignettes.size();
    }

    /** {@return true when levels are awarded by score bands} */
    public boolean hasBands() {
        return !bands.isEmpty();
    }

    /**
     * {@return true when this assessment measures the competency}
     *
     * @param competency a competency id
     */
    public boolean measures(CompetencyId competency) {
        return measures.stream().anyMatch(m -> m.competency().equals(competency));
    }

    /**
     * {@return a builder}
     *
     * @param id    the id
     * @param title the title
     * @param kind  the kind
     */
    public static Builder builder(String id, String title, AssessmentKind kind) {
        return new Builder(AssessmentId.of(id), title, kind);
    }

    /** A builder of {@link Assessment}; not thread-safe. */
    public static final class Builder {
        private final AssessmentId id;
        private final String title;
        private final AssessmentKind kind;
        private ModuleId module;
        private Double maxScore;
        private double passScore;
        private Integer maxAttempts;
        private Period validFor;
        private final List<Measure> measures = new ArrayList<>();
        private final List<Band> bands = new ArrayList<>();
        private final List<Vignette> vignettes = new ArrayList<>();

        private Builder(AssessmentId id, String title, AssessmentKind kind) {
            this.id = id;
            this.title = Objects.requireNonNull(title, "title");
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * {@return this builder}
         *
         * @param module the module id
         */
        public Builder module(String module) {
            this.module = ModuleId.of(module);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param maxScore the highest score
         * @param passScore the lowest passing score
         */
        public Builder scores(double maxScore, double passScore) {
            this.maxScore = maxScore;
            this.passScore = passScore;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param passScore the lowest passing score (for scenarios)
         */
        public Builder passScore(double passScore) {
            this.passScore = passScore;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param maxAttempts failed attempts allowed in a row
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param validFor how long attempts stay valid
         */
        public Builder validFor(Period validFor) {
            this.validFor = validFor;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param competency the competency id
         * @param level the level a pass awards
         */
        public Builder measures(String competency, String level) {
            measures.add(Measure.of(competency, level));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param competency the competency id, awarded by bands
         */
        public Builder measures(String competency) {
            measures.add(Measure.of(competency, null));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param min the lowest score fraction
         * @param level the level awarded
         */
        public Builder band(double min, String level) {
            bands.add(new Band(min, level));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param vignette a vignette
         */
        public Builder vignette(Vignette vignette) {
            vignettes.add(Objects.requireNonNull(vignette, "vignette"));
            return this;
        }

        /** {@return the assessment} */
        public Assessment build() {
            return new Assessment(id, title, module, kind, maxScore, passScore, maxAttempts, validFor, measures,
                    bands, vignettes);
        }
    }
}
