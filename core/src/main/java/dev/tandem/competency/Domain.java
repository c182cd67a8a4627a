package dev.tandem.competency;

import java.util.Objects;

/**
 * A domain: a named group of competencies (for example "Crisis recognition and response").
 *
 * @param id       the domain's id
 * @param title    its title
 * @param caseItem optional identity as an item of a CASE framework, or null (an empty one is stored as null)
 */
public record Domain(DomainId id, String title, CaseItem caseItem) {

    /** Checks the components. */
    public Domain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        caseItem = caseItem == null || caseItem.isEmpty() ? null : caseItem;
    }

    /** A domain without a CASE identity. @param id the domain's id @param title its title */
    public Domain(DomainId id, String title) {
        this(id, title, null);
    }

    /** {@return a domain} @param id the id @param title the title */
    public static Domain of(String id, String title) {
        return new Domain(DomainId.of(id), title);
    }

    /** {@return a copy with another CASE identity} @param caseItem the identity, or null for none */
    public Domain withCaseItem(CaseItem caseItem) {
        return new Domain(id, title, caseItem);
    }
}
