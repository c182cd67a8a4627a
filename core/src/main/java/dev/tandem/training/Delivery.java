package dev.tandem.training;

import dev.tandem.training.Delivery;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a module is delivered. */
public enum Delivery {
    /** Face to face. */
    IN_PERSON("in-person"),
    /** Live, online. */
    VIRTUAL("virtual"),
    /** Self-paced study. */
    SELF_PACED("self-paced"),
    /** A mix of the above. */
    BLENDED("blended");

    private final String id;

    Delivery(String id) {
        this.id = id;
    }

    /** {@return the name used in documents, for example {@code in-person}} */
    public String id() {
        return id;
    }

    /**
     * {@return the constant with that document name, or empty}
     *
     * @param id the name used in documents
     */
    public static Optional<Delivery> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    /** {@return the allowed document names, separated by {@code ", "}, for messages} */
    public static String allowed() {
        return Arrays.stream(values()).map(Delivery::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
