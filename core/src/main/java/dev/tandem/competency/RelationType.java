package dev.tandem.competency;

import dev.tandem.internal.EnumIds;
import java.util.Locale;
import java.util.Optional;

/** How one competency relates to another. */
public enum RelationType {
    /** The target competency is a prerequisite of this one. */
    REQUIRES,
    /** The two competencies are related. */
    RELATED,
    /** The two competencies mean the same (for example in two frameworks). */
    EQUIVALENT;

    /** {@return the format's name, for example {@code requires}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the type with that format name, or empty}
     *
     * @param id a name such as {@code related}
     */
    public static Optional<RelationType> fromId(String id) {
        return EnumIds.fromId(values(), RelationType::id, id);
    }
}
