package dev.tandem.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.internal.Suggestions;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SuggestionsProperties {

    /** A name and a one-edit typo of it: insertion, deletion, substitution or transposition of neighbours. */
    record Typo(String name, String typo) {
    }

    @Provide
    Arbitrary<Typo> typos() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz.-").ofMinLength(3)
                .ofMaxLength(20);
        return Combinators.combine(names, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 99),
                Arbitraries.chars().range('a', 'z')).as((name, kind, where, c) -> {
                    int i = where % name.length();
                    String typo = switch (kind) {
                        case 0 -> name.substring(0, i) + c + name.substring(i);
                        case 1 -> name.substring(0, i) + name.substring(i + 1);
                        case 2 -> name.substring(0, i) + c + name.substring(i + 1);
                        default -> i + 1 < name.length()
                                ? name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2)
                                : name;
                    };
                    return new Typo(name, typo);
                });
    }

    @Property
    void aOneEditTypoFindsItsName(@ForAll("typos") Typo t) {
        Assume.that(!t.typo().equals(t.name()));
        // the other candidates use digits only, so they are far from any typo of a name in letters
        assertThat(Suggestions.closest(t.typo(), List.of("0123456789", t.name(), "98765432"))).contains(t.name());
    }

    /** An independent optimal-string-alignment distance, straight from its definition, as the oracle. */
    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Property
    void theBoundedDistanceIsTheDistanceCappedAboveTheBound(@ForAll("shortWords") String a,
            @ForAll("shortWords") String b, @ForAll @IntRange(max = 6) int max) {
        assertThat(Suggestions.distance(a, b, max)).isEqualTo(Math.min(reference(a, b), max + 1));
    }

    @Provide
    Arbitrary<String> shortWords() {
        return Arbitraries.strings().withChars("abc").ofMaxLength(9);
    }
}
