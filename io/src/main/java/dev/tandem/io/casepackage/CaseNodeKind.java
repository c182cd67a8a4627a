package dev.tandem.io.casepackage;

/** The kinds of node a CASE package holds, with the path under which the CASE service API serves them. */
public enum CaseNodeKind {
    /** The framework document. */
    DOCUMENT("CFDocuments"),
    /** An item: a competency or a domain. */
    ITEM("CFItems"),
    /** An association between two nodes. */
    ASSOCIATION("CFAssociations");

    private final String servicePath;

    CaseNodeKind(String servicePath) {
        this.servicePath = servicePath;
    }

    /** {@return the CASE service path segment, for example {@code CFItems}} */
    public String servicePath() {
        return servicePath;
    }
}
