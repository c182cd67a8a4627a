package dev.tandem.internal;

/**
 * How a message shows a value taken from an input (a key, a name, a file name): at most {@link #MAX_LENGTH}
 * code points, with every control character, line or paragraph separator and bidirectional control escaped as
 * {@code \}{@code uXXXX}, so that no message is unbounded and no input can move the cursor, clear a terminal or
 * reorder what a message shows.
 */
public final class Excerpt {

    /** The most code points of a value a message shows; a longer value is cut and ends in "...". */
    public static final int MAX_LENGTH = 64;

    private Excerpt() {
    }

    /**
     * {@return the value as a message shows it: cut to {@link #MAX_LENGTH} code points, escaped}
     *
     * @param value the value (null shows as "null")
     */
    public static String of(String value) {
        return of(value, MAX_LENGTH);
    }

    /**
     * {@return the value as a message shows it: cut to a number of code points, escaped}
     *
     * @param value the value (null shows as "null")
     * @param max   the most code points shown
     */
    public static String of(String value, int max) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(value.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (shown == max) {
                return sb.append("...").toString();
            }
            if (needsEscape(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
            shown++;
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /**
     * {@return the value in single quotes as {@link #of(String)} shows it}
     *
     * @param value the value
     */
    public static String quoted(String value) {
        return "'" + of(value) + "'";
    }

    /**
     * {@return the text with every character a terminal could act on escaped, not cut}
     *
     * @param text the text
     */
    public static String escaped(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    private static boolean needsEscape(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C || c == 0xFEFF
                || Character.getType(c) == Character.SURROGATE;
    }
}
