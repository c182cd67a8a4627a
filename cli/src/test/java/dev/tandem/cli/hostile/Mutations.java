package dev.tandem.cli.hostile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks text files line by line, deterministically for a seed: lines deleted, duplicated, truncated or
 * re-indented, numbers replaced by -1, 0, 999999999999, 3.5 or text, colons broken.
 */
final class Mutations {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])\\d+(\\.\\d+)?(?![\\w-])");
    private static final List<String> NUMBERS = List.of("-1", "0", "999999999999", "3.5", "text");

    private final Random random;

    Mutations(long seed) {
        this.random = new Random(seed);
    }

    /** {@return the text with 1 to maxSteps random line mutations} @param text the text @param maxSteps the most */
    String mutate(String text, int maxSteps) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int steps = 1 + random.nextInt(maxSteps);
        for (int s = 0; s < steps && !lines.isEmpty(); s++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> lines.set(i, line.substring(0, line.isEmpty() ? 0 : random.nextInt(line.length())));
                case 3 -> lines.set(i, random.nextBoolean() ? line.stripLeading()
                        : " ".repeat(1 + random.nextInt(4)) + line);
                case 4 -> lines.set(i, replaceNumber(line));
                default -> lines.set(i, line.replaceFirst(":", random.nextBoolean() ? "" : " ::"));
            }
        }
        return String.join("\n", lines);
    }

    /** {@return one line with a number replaced (or a number appended when it has none)} @param line the line */
    String replaceNumber(String line) {
        Matcher m = NUMBER.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        String replacement = NUMBERS.get(random.nextInt(NUMBERS.size()));
        if (spans.isEmpty()) {
            return line + replacement;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return line.substring(0, span[0]) + replacement + line.substring(span[1]);
    }
}
