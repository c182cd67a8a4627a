package dev.tandem.internal;

import dev.tandem.internal.Ids;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier rule of the format: every id matches {@code [a-z0-9][a-z0-9._-]{0,63}}.
 *
 * <p>The typed ids ({@code CompetencyId}, {@code ModuleId}, ...) check their value with
 * {@link #require(String, String)} on construction.
 */
public final class Ids {

    /** The regular expression every id matches (a constant, so that annotations can name it). */
    public static final String REGEX = "[a-z0-9][a-z0-9._-]{0,63}";

    /** The pattern every id matches. */
    public static final Pattern PATTERN = Pattern.compile(REGEX);

    private Ids() {
    }

    /**
     * {@return true when the text is a valid id}
     *
     * @param text the candidate, may be null (then false)
     */
    public static boolean isValid(String text) {
        // the same as PATTERN.matcher(text).matches(), without a matcher per id: every id of a document is checked
        if (text == null || text.isEmpty() || text.length() > 64 || !isLowerAlnum(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLowerAlnum(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * Checks an id.
     *
     * @param kind  what the id names, for the message (for example {@code "competency"})
     * @param value the id
     * @return the id
     * @throws IllegalArgumentException when the id does not match {@link #PATTERN}
     */
    public static String require(String kind, String value) {
        Objects.requireNonNull(value, kind + " id");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid " + kind + " id (lower-case letters, digits, '.', '_' "
                    + "and '-', starting with a letter or digit, at most 64 characters): '" + value + "'");
        }
        return value;
    }
}
