package dev.tandem.analytics;

import dev.tandem.internal.EnumIds;

/** How a cohort report splits the cohort besides the whole (the {@code --by} option). */
public enum Grouping {
    /** The whole cohort only. */
    NONE("none"),
    /** The whole cohort, and the same figures per calendar month (UTC) of each learner's first record. */
    MONTH("month");

    private final String id;

    Grouping(String id) {
        this.id = id;
    }

    /** {@return the name used on the command line, for example {@code month}} */
    public String id() {
        return id;
    }

    /**
     * {@return the grouping of that name}
     *
     * @param id {@code none} or {@code month}
     * @throws IllegalArgumentException for any other name
     */
    public static Grouping fromId(String id) {
        return EnumIds.fromId(values(), Grouping::id, id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown grouping '" + id + "' (expected none or month)"));
    }
}
