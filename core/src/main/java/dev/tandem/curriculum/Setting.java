package dev.tandem.curriculum;

import dev.tandem.internal.EnumIds;
import java.util.Optional;

/** Where a programme trains peer supporters; each setting escalates differently. */
public enum Setting {
    /** Student peer helpers: disclosures go to a trusted adult at once. */
    SCHOOL("school"),
    /** Employee peer supporters: escalation to a supervisor, the EAP or emergency services. */
    WORKPLACE("workplace"),
    /** Certified peer specialists in the community. */
    COMMUNITY("community");

    private final String id;

    Setting(String id) {
        this.id = id;
    }

    /** {@return the name used in documents, for example {@code school}} */
    public String id() {
        return id;
    }

    /**
     * {@return the constant with that document name, or empty}
     *
     * @param id the name used in documents
     */
    public static Optional<Setting> fromId(String id) {
        return EnumIds.fromId(values(), Setting::id, id);
    }

    /** {@return the allowed document names, separated by {@code ", "}, for messages} */
    public static String allowed() {
        return EnumIds.allowed(values(), Setting::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
