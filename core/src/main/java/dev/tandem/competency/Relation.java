package dev.tandem.competency;

import java.util.Objects;

/**
 * A typed link from a competency to another one.
 *
 * @param type   the kind of link
 * @param target the competency linked to
 */
public record Relation(RelationType type, CompetencyId target) {

    /**
     * Checks the components.
     *
     * @param type   the kind of link
     * @param target the competency linked to
     */
    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
    }
}
