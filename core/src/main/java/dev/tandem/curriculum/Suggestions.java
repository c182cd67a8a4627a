package dev.tandem.curriculum;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "Did you mean?" suggestions: the closest candidate to a misspelt name, by edit distance.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * Finds the candidate closest to a text, when it is close enough to be a likely misspelling (an edit
     * distance of at most 2, or at most a third of the text's length for longer names).
     *
     * @param text       the misspelt name
     * @param candidates the known names
     * @return the closest candidate, or empty when none is close
     */
    public static Optional<String> closest(String text, List<String> candidates) {
        Objects.requireNonNull(text, "text");
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, text.length() / 3);
        for (String candidate : candidates) {
            if (candidate.equals(text)) {
                continue;
            }
            int d = distance(text, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Optimal-string-alignment distance: Levenshtein plus transposition of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
