package dev.tandem.io.internal;

import dev.tandem.internal.Excerpt;
import java.util.Locale;

/**
 * Turns what Jackson and SnakeYAML say about a document into words for its author: the first line only, without
 * the parser's internals (feature names such as {@code JsonReadFeature...}, {@code StreamReadConstraints}, source
 * descriptions, event dumps), cut and escaped like every value a message shows.
 */
public final class ParserMessages {

    /** The most characters of a parser's words a message keeps. */
    private static final int MAX_LENGTH = 160;

    private ParserMessages() {
    }

    /**
     * {@return a parser's message without its internals}
     *
     * @param message the parser's message (null gives "malformed document")
     */
    public static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "malformed document";
        }
        String text = message.lines().findFirst().orElse("").strip();
        for (String cut : new String[] {": enable", "; enable", " (for ", " at [Source", "(JsonReadFeature",
            "JsonReadFeature", "JsonParser.Feature", "StreamReadConstraints", "StreamReadFeature", " (through reference",
            "; line:", " (code ", ", got this instead", " <org.", "org.yaml.snakeyaml", " (Scalar value in YAML)"}) {
            int at = text.indexOf(cut);
            if (at > 0) {
                text = text.substring(0, at).strip();
            }
        }
        if (text.endsWith(":") || text.endsWith(";") || text.endsWith(",")) {
            text = text.substring(0, text.length() - 1);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty() || lower.contains("event") && lower.contains("mark")) {
            return "malformed document";
        }
        return Excerpt.of(text, MAX_LENGTH);
    }

    /**
     * {@return which limit a {@code StreamConstraintsException} reports, in plain words}
     *
     * @param message the exception's original message
     */
    public static String limit(String message) {
        String lower = String.valueOf(message).toLowerCase(Locale.ROOT);
        if (lower.contains("nesting")) {
            return "it is nested too deeply";
        }
        if (lower.contains("number")) {
            return "a number has too many digits";
        }
        if (lower.contains("name")) {
            return "a key is too long";
        }
        if (lower.contains("string")) {
            return "a string is too long";
        }
        if (lower.contains("document")) {
            return "the document is too long";
        }
        return "a size limit";
    }
}
