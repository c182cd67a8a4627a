package dev.tandem.competency;

import java.util.Objects;

/**
 * A domain: a named group of competencies (for example "Crisis recognition and response").
 *
 * @param id    the domain's id
 * @param title its title
 */
public record Domain(DomainId id, String title) {

    /**
     * Checks the components.
     *
     * @param id    the domain's id
     * @param title its title
     */
    public Domain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /**
     * {@return a domain}
     *
     * @param id the id
     * @param title the title
     */
    public static Domain of(String id, String title) {
        return new Domain(DomainId.of(id), title);
    }
}
