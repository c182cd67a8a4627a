package dev.tandem.cli;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What the first bytes of an evidence input suggest: its first character, whether it looks like xAPI
 * statements rather than evidence records, and whether a CSV header is separated by semicolons.
 *
 * @param firstCharacter  the first character that is not white space or a byte-order mark, or -1 when none
 * @param xapi            whether the first JSON object has the {@code actor} and {@code verb} of a statement
 * @param semicolonHeader whether the first line has semicolons and no comma
 */
record EvidenceSniff(int firstCharacter, boolean xapi, boolean semicolonHeader) {

    private static final Pattern ACTOR = Pattern.compile("\"actor\"\\s*:");
    private static final Pattern VERB = Pattern.compile("\"verb\"\\s*:");

    /** {@return what the first bytes of an input suggest} */
    static EvidenceSniff of(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        if (start == text.length()) {
            return new EvidenceSniff(-1, false, false);
        }
        char first = text.charAt(start);
        if (first == '{' || first == '[') {
            int end = firstObjectEnd(text, start);
            String object = text.substring(start, end);
            return new EvidenceSniff(first, ACTOR.matcher(object).find() && VERB.matcher(object).find(), false);
        }
        int newline = text.indexOf('\n', start);
        String header = text.substring(start, newline < 0 ? text.length() : newline);
        return new EvidenceSniff(first, false, header.indexOf(';') >= 0 && header.indexOf(',') < 0);
    }

    /** {@return where the first top-level record ends, roughly: the first line of JSON Lines, else the head} */
    private static int firstObjectEnd(String text, int start) {
        if (text.charAt(start) == '[') {
            return text.length();
        }
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }
}
