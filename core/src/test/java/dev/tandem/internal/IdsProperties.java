package dev.tandem.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IdsProperties {

    /** The rule of the format, compiled here from its text: the oracle of the hand-written check. */
    private static final Pattern RULE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** Strings near the rule's edges: its characters, their neighbours in ASCII, upper case, other scripts. */
    @Provide
    Arbitrary<String> candidates() {
        return Arbitraries.strings().withChars("az09._-/`{:@AZ ~\u00e9\u0131\u212a").ofMinLength(0).ofMaxLength(70);
    }

    @Property(tries = 2000)
    void agreesWithTheRegularExpression(@ForAll("candidates") String text) {
        assertThat(Ids.isValid(text)).isEqualTo(RULE.matcher(text).matches());
    }

    @Property
    void agreesOnAnyString(@ForAll String text) {
        assertThat(Ids.isValid(text)).isEqualTo(RULE.matcher(text).matches());
    }

    @Example
    void lengthsAtTheLimit() {
        assertThat(Ids.isValid("a".repeat(64))).isTrue();
        assertThat(Ids.isValid("a".repeat(65))).isFalse();
        assertThat(Ids.isValid("")).isFalse();
        assertThat(Ids.isValid(null)).isFalse();
        assertThat(Ids.isValid("-a")).isFalse();
        assertThat(Ids.isValid("0.a_b-c")).isTrue();
        assertThat(Ids.PATTERN.pattern()).isEqualTo(RULE.pattern());
    }
}
