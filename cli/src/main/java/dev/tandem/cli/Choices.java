package dev.tandem.cli;

import dev.tandem.internal.Suggestions;
import java.util.List;
import java.util.Locale;

/**
 * The words an option accepts (formats, groupings), checked the same way everywhere: any case, and a
 * misspelling answered with the closest word ("unknown format 'jsnol'; did you mean 'jsonl'? (formats: ...)").
 */
final class Choices {

    private Choices() {
    }

    /**
     * Checks a word against the ones an option accepts.
     *
     * @param what    what the word names, for the message ("format", "evidence format")
     * @param text    the word as given
     * @param choices the accepted words, lower case, in the order the help lists them
     * @return the accepted word, lower case
     * @throws CommandFailure a usage problem naming the closest word, when the word is not accepted
     */
    static String check(String what, String text, List<String> choices) {
        String word = text.toLowerCase(Locale.ROOT);
        if (choices.contains(word)) {
            return word;
        }
        throw CommandFailure.usage(unknown(what, text, choices));
    }

    /**
     * Checks a word in a picocli type converter, which reports the problem with the option's name.
     *
     * @param what    what the word names, for the message
     * @param text    the word as given
     * @param choices the accepted words, lower case
     * @return the accepted word, lower case
     * @throws picocli.CommandLine.TypeConversionException naming the closest word, when the word is not accepted
     */
    static String convert(String what, String text, List<String> choices) {
        try {
            return check(what, text, choices);
        } catch (CommandFailure e) {
            throw new picocli.CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** {@return "unknown WHAT 'text'; did you mean 'x'? (WHATs: a, b, c)"} */
    static String unknown(String what, String text, List<String> choices) {
        return "unknown " + what + " '" + text + "'" + didYouMean(text.toLowerCase(Locale.ROOT), choices)
                + " (" + plural(what) + ": " + String.join(", ", choices) + ")";
    }

    /** {@return "; did you mean 'x'?" when a candidate is close to the text, else ""} */
    static String didYouMean(String text, List<String> candidates) {
        return Suggestions.closest(text, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    private static String plural(String what) {
        int space = what.lastIndexOf(' ');
        return space < 0 ? what + "s" : what.substring(space + 1) + "s";
    }
}
