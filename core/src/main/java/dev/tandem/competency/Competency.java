package dev.tandem.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A competency: an observable capability a peer supporter must show, measured on a scale.
 *
 * <p>Optional components ({@code description}, {@code domain}, {@code parent}, {@code scale},
 * {@code caseItem}) are null when absent; an empty {@code caseItem} is stored as null. When {@code scale} is null the curriculum's only scale applies (see
 * {@code Curriculum#scaleOf(CompetencyId)}).
 *
 * @param id          the competency's id
 * @param title       what the competency is, in one line
 * @param description optional longer text, or null
 * @param domain      optional domain, or null
 * @param parent      optional parent competency, or null
 * @param scale       optional scale, or null when the curriculum has exactly one
 * @param indicators  observable behaviours
 * @param relations   typed links to other competencies
 * @param caseItem    optional identity as an item of a CASE framework, or null
 * @param attainment  the competency's own attainment method (FORMAT 13.1), or null for the document's
 * @param rollup      how its children combine (FORMAT 13.2), or null for the default {@code all}
 */
public record Competency(CompetencyId id, String title, String description, DomainId domain, CompetencyId parent,
        ScaleId scale, List<String> indicators, List<Relation> relations, CaseItem caseItem, Attainment attainment,
        Rollup rollup) {

    /** Checks and copies the components. */
    public Competency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        indicators = List.copyOf(indicators);
        relations = List.copyOf(relations);
        caseItem = caseItem == null || caseItem.isEmpty() ? null : caseItem;
    }

    /**
     * A competency without a CASE identity.
     *
     * @param id          the competency's id
     * @param title       what the competency is, in one line
     * @param description optional longer text, or null
     * @param domain      optional domain, or null
     * @param parent      optional parent competency, or null
     * @param scale       optional scale, or null when the curriculum has exactly one
     * @param indicators  observable behaviours
     * @param relations   typed links to other competencies
     */
    public Competency(CompetencyId id, String title, String description, DomainId domain, CompetencyId parent,
            ScaleId scale, List<String> indicators, List<Relation> relations) {
        this(id, title, description, domain, parent, scale, indicators, relations, null, null, null);
    }

    /**
     * A competency with the document's attainment method and the default roll-up.
     *
     * @param id          the competency's id
     * @param title       what the competency is, in one line
     * @param description optional longer text, or null
     * @param domain      optional domain, or null
     * @param parent      optional parent competency, or null
     * @param scale       optional scale, or null when the curriculum has exactly one
     * @param indicators  observable behaviours
     * @param relations   typed links to other competencies
     * @param caseItem    optional identity as an item of a CASE framework, or null
     */
    public Competency(CompetencyId id, String title, String description, DomainId domain, CompetencyId parent,
            ScaleId scale, List<String> indicators, List<Relation> relations, CaseItem caseItem) {
        this(id, title, description, domain, parent, scale, indicators, relations, caseItem, null, null);
    }

    /**
     * A competency without a CASE identity, with its own attainment method and roll-up rule.
     *
     * @param id          the competency's id
     * @param title       what the competency is, in one line
     * @param description optional longer text, or null
     * @param domain      optional domain, or null
     * @param parent      optional parent competency, or null
     * @param scale       optional scale, or null when the curriculum has exactly one
     * @param indicators  observable behaviours
     * @param relations   typed links to other competencies
     * @param attainment  the competency's own attainment method, or null for the document's
     * @param rollup      how its children combine, or null for the default
     */
    public Competency(CompetencyId id, String title, String description, DomainId domain, CompetencyId parent,
            ScaleId scale, List<String> indicators, List<Relation> relations, Attainment attainment, Rollup rollup) {
        this(id, title, description, domain, parent, scale, indicators, relations, null, attainment, rollup);
    }

    /** {@return a copy with another CASE identity} @param caseItem the identity, or null for none */
    public Competency withCaseItem(CaseItem caseItem) {
        return new Competency(id, title, description, domain, parent, scale, indicators, relations, caseItem,
                attainment, rollup);
    }

    /** {@return the roll-up rule in force: its own, or {@link Rollup#ALL}} */
    public Rollup effectiveRollup() {
        return rollup == null ? Rollup.ALL : rollup;
    }

    /**
     * {@return a builder for a competency}
     *
     * @param id    the id
     * @param title the title
     */
    public static Builder builder(String id, String title) {
        return new Builder(CompetencyId.of(id), title);
    }

    /** A builder of {@link Competency}; not thread-safe. */
    public static final class Builder {
        private final CompetencyId id;
        private final String title;
        private String description;
        private DomainId domain;
        private CompetencyId parent;
        private ScaleId scale;
        private final List<String> indicators = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private CaseItem caseItem;
        private Attainment attainment;
        private Rollup rollup;

        private Builder(CompetencyId id, String title) {
            this.id = id;
            this.title = Objects.requireNonNull(title, "title");
        }

        /** {@return this builder} @param description the longer text */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** {@return this builder} @param domain the domain id */
        public Builder domain(String domain) {
            this.domain = DomainId.of(domain);
            return this;
        }

        /** {@return this builder} @param parent the parent competency id */
        public Builder parent(String parent) {
            this.parent = CompetencyId.of(parent);
            return this;
        }

        /** {@return this builder} @param scale the scale id */
        public Builder scale(String scale) {
            this.scale = ScaleId.of(scale);
            return this;
        }

        /** {@return this builder} @param indicator an observable behaviour */
        public Builder indicator(String indicator) {
            indicators.add(Objects.requireNonNull(indicator, "indicator"));
            return this;
        }

        /** {@return this builder} @param type the relation type @param target the related competency id */
        public Builder relation(RelationType type, String target) {
            relations.add(new Relation(type, CompetencyId.of(target)));
            return this;
        }

        /** {@return this builder} @param caseItem the identity as an item of a CASE framework, or null */
        public Builder caseItem(CaseItem caseItem) {
            this.caseItem = caseItem;
            return this;
        }

        /** {@return this builder} @param attainment the competency's own attainment method, or null */
        public Builder attainment(Attainment attainment) {
            this.attainment = attainment;
            return this;
        }

        /** {@return this builder} @param rollup how its children combine, or null for the default */
        public Builder rollup(Rollup rollup) {
            this.rollup = rollup;
            return this;
        }

        /** {@return the competency} */
        public Competency build() {
            return new Competency(id, title, description, domain, parent, scale, indicators, relations, caseItem,
                    attainment, rollup);
        }
    }
}
