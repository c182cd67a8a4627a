package dev.tandem.competency;

import dev.tandem.competency.Attainment;
import dev.tandem.internal.EnumIds;
import java.util.Optional;

/** How attempts combine into a competency's level (FORMAT 6.3). */
public enum Attainment {
    /** The highest level any valid attempt awarded. */
    BEST("best"),
    /** Per assessment only its most recent valid attempt counts. */
    LATEST("latest");

    private final String id;

    Attainment(String id) {
        this.id = id;
    }

    /** {@return the name used in documents, for example {@code best}} */
    public String id() {
        return id;
    }

    /**
     * {@return the constant with that document name, or empty}
     *
     * @param id the name used in documents
     */
    public static Optional<Attainment> fromId(String id) {
        return EnumIds.fromId(values(), Attainment::id, id);
    }

    /** {@return the allowed document names, separated by {@code ", "}, for messages} */
    public static String allowed() {
        return EnumIds.allowed(values(), Attainment::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
