package dev.tandem.io.xapi;

/**
 * Why a statement that is not a learner's activity was skipped (FORMAT section 10.1): each reason is counted
 * on its own, in a warning and in the {@code skipped} counts of the summary.
 */
public enum SkipReason {
    /** The object is an Agent: a statement about a person, not about an activity. */
    OBJECT_AGENT("object-agent", "object is an Agent"),
    /** The object is a Group. */
    OBJECT_GROUP("object-group", "object is a Group"),
    /** The object is a StatementRef and the verb is not {@code voided}: a statement about another statement. */
    OBJECT_STATEMENT_REF("object-statement-ref", "object is a StatementRef"),
    /** The object is a SubStatement: a statement about a statement that did not happen. */
    OBJECT_SUB_STATEMENT("object-sub-statement", "object is a SubStatement"),
    /** Neither the activity nor its parent or grouping activities are in the map. */
    ACTIVITY_NOT_MAPPED("activity-not-mapped", "activity not mapped"),
    /** The verb is not in the map's list for the activity's kind. */
    VERB_NOT_MAPPED("verb-not-mapped", "verb not mapped"),
    /** The actor is a Group: the map's evidence is about one learner at a time. */
    ACTOR_GROUP("actor-group", "actor is a Group");

    private final String id;
    private final String text;

    SkipReason(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /** {@return the reason's key in the JSON counts, for example {@code activity-not-mapped}} */
    public String id() {
        return id;
    }

    /** {@return the reason in words, as the warning says it, for example {@code activity not mapped}} */
    public String text() {
        return text;
    }
}
