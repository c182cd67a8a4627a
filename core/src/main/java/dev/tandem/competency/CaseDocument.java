package dev.tandem.competency;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identity of a curriculum's competency framework as a CASE {@code CFDocument} (the document's
 * {@code case} block of FORMAT section 11.1).
 *
 * <p>Both components are optional and null when absent; an export derives what is absent.
 *
 * @param identifier the CFDocument's {@code identifier}, or null
 * @param uri        the CFDocument's {@code uri} (an absolute URI), or null
 */
public record CaseDocument(UUID identifier, String uri) {

    /** An absolute URI: a scheme, a colon, then no white space. */
    private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+");

    /** A block with nothing in it. */
    public static final CaseDocument EMPTY = new CaseDocument(null, null);

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when {@code uri} is relative
     */
    public CaseDocument {
        checkAbsolute(uri);
    }

    /** {@return a block holding only an identifier} @param identifier the CFDocument's identifier */
    public static CaseDocument of(UUID identifier) {
        return new CaseDocument(Objects.requireNonNull(identifier, "identifier"), null);
    }

    /** {@return whether no component is present} */
    public boolean isEmpty() {
        return identifier == null && uri == null;
    }

    /** {@return whether a text has the shape of an absolute URI: a scheme, a colon, no white space} */
    public static boolean isAbsoluteUri(String text) {
        return ABSOLUTE_URI.matcher(text).matches();
    }

    static void checkAbsolute(String uri) {
        if (uri != null && !isAbsoluteUri(uri)) {
            throw new IllegalArgumentException("Invalid value for uri (must be an absolute URI with a scheme, "
                    + "such as https://... or urn:uuid:...): '" + uri + "'");
        }
    }
}
