package dev.tandem.internal;

import dev.tandem.internal.Suggestions;
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
            // names whose lengths differ by more than the limit are never close; skipping them is cheap
            if (candidate.equals(text) || Math.abs(candidate.length() - text.length()) > limit) {
                continue;
            }
            int d = distance(text, candidate, Math.min(limit, bestDistance - 1));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** {@return the distance, or {@code max + 1} as soon as it is certain to exceed {@code max}} */
    static int distance(String a, String b, int max) {
        // three rolling rows: a transposition looks two rows up
        int[] older = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        int previousRowMin = 0;
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, older[j - 2] + 1);
                }
                row[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            // a row depends on the two rows above it (transpositions), so two rows above max settle it
            if (rowMin > max && previousRowMin > max) {
                return max + 1;
            }
            previousRowMin = rowMin;
            int[] spare = older;
            older = previous;
            previous = row;
            row = spare;
        }
        return Math.min(previous[b.length()], max + 1);
    }

    /** {@return the optimal-string-alignment distance: Levenshtein plus transposition of neighbours} */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }
}
