package dev.tandem.io;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The two notations of a Tandem document; they carry exactly the same structure. */
public enum DocumentFormat {
    /** YAML 1.1/1.2 block or flow style ({@code .yaml}, {@code .yml}). */
    YAML,
    /** JSON ({@code .json}). */
    JSON;

    /**
     * Guesses the format from a file name's extension, ignoring case.
     *
     * @param fileName a file name or path
     * @return YAML for {@code .yaml}/{@code .yml}, JSON for {@code .json}, else empty
     */
    public static Optional<DocumentFormat> fromFileName(String fileName) {
        String name = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    /** {@return the format's name in lower case, as the command line spells it} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
