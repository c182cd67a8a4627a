package dev.tandem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonPointerProperties {

    @Provide
    Arbitrary<List<String>> tokenLists() {
        Arbitrary<String> tricky = Arbitraries.strings().withChars("/~01a").ofMaxLength(6);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(8);
        return Arbitraries.oneOf(tricky, any).list().ofMaxSize(6);
    }

    @Property
    void parsingThePointerTextGivesBackThePointer(@ForAll("tokenLists") List<String> tokens) {
        JsonPointer p = new JsonPointer(tokens);
        assertThat(JsonPointer.parse(p.toString())).isEqualTo(p);
    }

    @Property
    void thePointerTextHasOneSlashPerToken(@ForAll("tokenLists") List<String> tokens) {
        assertThat(new JsonPointer(tokens).toString().chars().filter(c -> c == '/').count())
                .isEqualTo(tokens.size());
    }
}
