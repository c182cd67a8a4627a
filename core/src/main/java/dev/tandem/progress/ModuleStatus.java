package dev.tandem.progress;

/** The status of a module for a learner at an instant (FORMAT 6.4). */
public enum ModuleStatus {
    /** Every assessment of the module has a valid passing attempt, or (without assessments) it was completed. */
    COMPLETED("completed"),
    /** Not completed, but every prerequisite is, and the learner has a record for it or its assessments. */
    IN_PROGRESS("in-progress"),
    /** Not completed, and a module it requires is not completed. */
    LOCKED("locked"),
    /** Not completed, not locked, and no record for it or its assessments. */
    NOT_STARTED("not-started");

    private final String id;

    ModuleStatus(String id) {
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
