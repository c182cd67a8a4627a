package dev.tandem.progress;

/** The certification status of a learner at an instant (FORMAT 6.5). */
public enum CertificationStatus {
    /** Every requirement holds. */
    CERTIFIED("certified"),
    /** Not every requirement holds, but every one would if nothing expired (no valid-for, no within). */
    LAPSED("lapsed"),
    /** Neither certified nor lapsed, and the learner has a record at or before the instant. */
    IN_PROGRESS("in-progress"),
    /** Neither certified nor lapsed, and the learner has no record at or before the instant. */
    NOT_STARTED("not-started");

    private final String id;

    CertificationStatus(String id) {
        this.id = id;
    }

    /** {@return the name used in output, for example {@code in-progress}} */
    public String id() {
        return id;
    }

    /** {@return the name used in output} */
    @Override
    public String toString() {
        return id;
    }
}
