package dev.tandem.io.progress;

import dev.tandem.internal.EnumIds;
import java.util.Objects;
import java.util.Optional;

/** The output formats of learner progress. */
public enum ProgressFormat {
    /** The JSON document of FORMAT section 9. */
    JSON("json"),
    /** A tidy CSV table: one row per learner and item. */
    CSV("csv"),
    /** A readable summary per learner. */
    TEXT("text");

    private final String id;

    ProgressFormat(String id) {
        this.id = id;
    }

    /** {@return the name used on the command line, for example {@code json}} */
    public String id() {
        return id;
    }

    /**
     * {@return the format with that name, or empty}
     *
     * @param id a name such as {@code csv}
     */
    public static Optional<ProgressFormat> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return EnumIds.fromId(values(), ProgressFormat::id, id);
    }
}
