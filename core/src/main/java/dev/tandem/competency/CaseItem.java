package dev.tandem.competency;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a competency or domain as an item of a CASE competency framework (the {@code case} block
 * of FORMAT section 11.1): what lets a framework keep its identity when it passes through Tandem.
 *
 * <p>Every component is optional and null when absent. An export uses what is present and derives the rest:
 * a name-based {@code identifier} and a {@code uri} made from it; {@code humanCodingScheme} and
 * {@code CFItemType} are written as given here.
 *
 * @param identifier        the CFItem's {@code identifier}, or null
 * @param uri               the CFItem's {@code uri} (an absolute URI), or null
 * @param humanCodingScheme the CFItem's {@code humanCodingScheme} (not blank), or null
 * @param itemType          the CFItem's {@code CFItemType} (not blank), or null
 */
public record CaseItem(UUID identifier, String uri, String humanCodingScheme, String itemType) {

    /** A block with nothing in it. */
    public static final CaseItem EMPTY = new CaseItem(null, null, null, null);

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when {@code uri} is relative or a text is blank
     */
    public CaseItem {
        CaseDocument.checkAbsolute(uri);
        checkNotBlank(humanCodingScheme, "humanCodingScheme");
        checkNotBlank(itemType, "itemType");
    }

    /** {@return a block holding only an identifier} @param identifier the CFItem's identifier */
    public static CaseItem of(UUID identifier) {
        return new CaseItem(Objects.requireNonNull(identifier, "identifier"), null, null, null);
    }

    /** {@return a copy with another identifier} @param identifier the identifier, or null */
    public CaseItem withIdentifier(UUID identifier) {
        return new CaseItem(identifier, uri, humanCodingScheme, itemType);
    }

    /** {@return a copy with another URI} @param uri an absolute URI, or null */
    public CaseItem withUri(String uri) {
        return new CaseItem(identifier, uri, humanCodingScheme, itemType);
    }

    /** {@return a copy with another coding scheme} @param code the human coding scheme, or null */
    public CaseItem withHumanCodingScheme(String code) {
        return new CaseItem(identifier, uri, code, itemType);
    }

    /** {@return a copy with another item type} @param type the CFItemType, or null */
    public CaseItem withItemType(String type) {
        return new CaseItem(identifier, uri, humanCodingScheme, type);
    }

    /** {@return whether no component is present} */
    public boolean isEmpty() {
        return identifier == null && uri == null && humanCodingScheme == null && itemType == null;
    }

    private static void checkNotBlank(String text, String name) {
        if (text != null && text.isBlank()) {
            throw new IllegalArgumentException("Invalid value for " + name + " (must not be blank): '" + text + "'");
        }
    }
}
