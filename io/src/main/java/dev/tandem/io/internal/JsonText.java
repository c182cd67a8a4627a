package dev.tandem.io.internal;

/**
 * JSON string literals, the one way every hand-written JSON output of Tandem escapes text.
 *
 * <p>Escapes what RFC 8259 requires ({@code "}, {@code \}, and the control characters U+0000 to U+001F, the
 * common ones as {@code \n}, {@code \r}, {@code \t}), and also, as {@code \}{@code uXXXX}: DEL (U+007F),
 * NEL (U+0085), the line and paragraph separators (U+2028, U+2029, which end lines in JavaScript and some
 * editors), the byte order mark (U+FEFF), and unpaired surrogates (which have no UTF-8 form, so writing them
 * raw would corrupt the output). Everything else, including every other non-ASCII character, is written as
 * itself. Stateless and thread-safe.
 */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /**
     * {@return the text as a JSON string literal, quotes included}
     *
     * @param text the text
     */
    public static String quote(String text) {
        return appendQuoted(new StringBuilder(text.length() + 2), text).toString();
    }

    /**
     * Appends the text as a JSON string literal, quotes included.
     *
     * @param sb   where to append
     * @param text the text
     * @return {@code sb}
     */
    public static StringBuilder appendQuoted(StringBuilder sb, String text) {
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (needsEscape(text, i, c)) {
                        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                                .append(HEX[c & 0xf]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    private static boolean needsEscape(String text, int i, char c) {
        return c < 0x20 || c == 0x7f || c == 0x85 || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || Character.isSurrogate(c) && !pairedSurrogate(text, i);
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
