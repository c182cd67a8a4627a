package dev.tandem.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
}
