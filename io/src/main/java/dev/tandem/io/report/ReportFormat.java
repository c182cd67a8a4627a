package dev.tandem.io.report;

import dev.tandem.internal.EnumIds;
import java.util.Objects;
import java.util.Optional;

/** The output formats of a cohort report. */
public enum ReportFormat {
    /** The whole report value as one JSON document (FORMAT section 12). */
    JSON("json"),
    /** One tidy long CSV table: one row per population, figure, item and category. */
    CSV("csv"),
    /** One self-contained HTML page with inline SVG charts, readable and printable. */
    HTML("html");

    private final String id;

    ReportFormat(String id) {
        this.id = id;
    }

    /** {@return the name used on the command line, for example {@code html}} */
    public String id() {
        return id;
    }

    /**
     * {@return the format with that name, or empty}
     *
     * @param id a name such as {@code csv}
     */
    public static Optional<ReportFormat> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return EnumIds.fromId(values(), ReportFormat::id, id);
    }
}
