package dev.tandem.diagnostic;

import java.util.Locale;

/** How serious a {@link Diagnostic} is: an error makes a document unusable, a warning does not. */
public enum Severity {
    /** The document cannot be used as it stands. */
    ERROR,
    /** The document is usable, but something in it is probably not what its author meant. */
    WARNING;

    /** {@return the lower-case name used in reports: {@code error} or {@code warning}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
