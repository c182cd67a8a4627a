package dev.tandem.competency;

import dev.tandem.competency.Attainment;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

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
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    /** {@return the allowed document names, separated by {@code ", "}, for messages} */
    public static String allowed() {
        return Arrays.stream(values()).map(Attainment::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
