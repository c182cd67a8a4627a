package dev.tandem.io.hostile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks documents line by line the way careless edits and hostile senders do: lines deleted, duplicated,
 * truncated, swapped or re-indented, numbers replaced by -1, 0, 999999999999, 3.5 or text, colons and quotes
 * broken. Deterministic for a given seed.
 */
final class Mutator {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])\\d+(\\.\\d+)?(?![\\w-])");
    private static final List<String> NUMBERS = List.of("-1", "0", "999999999999", "3.5", "text", "1e400",
            "-0.0", "\"7\"", "null");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** The kinds of mutation, one of which is applied per step. */
    enum Kind { DELETE, DUPLICATE, TRUNCATE, REINDENT, NUMBER, COLON, SWAP, QUOTE }

    /**
     * Applies 1 to {@code maxSteps} random mutations to a text.
     *
     * @param text     the original
     * @param maxSteps the most mutations
     * @return the mutated text (it may equal the original by chance)
     */
    String mutate(String text, int maxSteps) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int steps = 1 + random.nextInt(maxSteps);
        for (int i = 0; i < steps && !lines.isEmpty(); i++) {
            apply(Kind.values()[random.nextInt(Kind.values().length)], lines);
        }
        return String.join("\n", lines);
    }

    /** {@return the line with one in-line mutation: truncated, re-indented, a number, colon or quote broken} */
    String mutateLine(String line) {
        List<String> one = new ArrayList<>(List.of(line));
        Kind kind;
        do {
            kind = Kind.values()[random.nextInt(Kind.values().length)];
        } while (kind == Kind.DELETE || kind == Kind.DUPLICATE || kind == Kind.SWAP);
        apply(kind, one);
        return one.get(0);
    }

    private void apply(Kind kind, List<String> lines) {
        int i = random.nextInt(lines.size());
        String line = lines.get(i);
        switch (kind) {
            case DELETE -> lines.remove(i);
            case DUPLICATE -> lines.add(i, line);
            case TRUNCATE -> lines.set(i, line.substring(0, line.isEmpty() ? 0 : random.nextInt(line.length())));
            case REINDENT -> lines.set(i, reindent(line));
            case NUMBER -> lines.set(i, replaceNumber(line));
            case COLON -> lines.set(i, breakColon(line));
            case SWAP -> {
                int j = random.nextInt(lines.size());
                lines.set(i, lines.get(j));
                lines.set(j, line);
            }
            case QUOTE -> lines.set(i, breakQuote(line));
            default -> throw new AssertionError(kind);
        }
    }

    private String reindent(String line) {
        String body = line.stripLeading();
        int indent = line.length() - body.length();
        return switch (random.nextInt(4)) {
            case 0 -> body;
            case 1 -> " ".repeat(indent + 1 + random.nextInt(4)) + body;
            case 2 -> " ".repeat(Math.max(0, indent - 2)) + body;
            default -> "\t" + line;
        };
    }

    private String replaceNumber(String line) {
        Matcher m = NUMBER.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return line + " " + NUMBERS.get(random.nextInt(NUMBERS.size()));
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return line.substring(0, span[0]) + NUMBERS.get(random.nextInt(NUMBERS.size())) + line.substring(span[1]);
    }

    private String breakColon(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return line + ":";
        }
        return switch (random.nextInt(4)) {
            case 0 -> line.substring(0, colon) + line.substring(colon + 1);
            case 1 -> line.substring(0, colon) + " " + line.substring(colon + 1);
            case 2 -> line.substring(0, colon) + "::" + line.substring(colon + 1);
            default -> line.substring(0, colon + 1) + ": " + line.substring(colon + 1);
        };
    }

    private String breakQuote(String line) {
        int quote = Math.max(line.indexOf('"'), line.indexOf('{'));
        if (quote < 0) {
            return random.nextBoolean() ? line + " \"" : "[" + line;
        }
        return line.substring(0, quote) + line.substring(quote + 1);
    }
}
