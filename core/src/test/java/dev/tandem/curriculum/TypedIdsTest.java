package dev.tandem.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.VignetteId;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.DomainId;
import dev.tandem.competency.ScaleId;
import dev.tandem.escalation.RuleId;
import dev.tandem.escalation.SignalId;
import dev.tandem.escalation.TierId;
import dev.tandem.internal.Ids;
import dev.tandem.training.ModuleId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every typed id follows the format's identifier rule {@code [a-z0-9][a-z0-9._-]{0,63}}. */
class TypedIdsTest {

    private static final List<Named> KINDS = List.of(
            new Named("competency", CompetencyId::of), new Named("domain", DomainId::of),
            new Named("scale", ScaleId::of), new Named("module", ModuleId::of),
            new Named("assessment", AssessmentId::of), new Named("vignette", VignetteId::of),
            new Named("tier", TierId::of), new Named("signal", SignalId::of), new Named("rule", RuleId::of));

    private static final List<String> VALID = List.of("a", "0", "crisis.warning-signs", "m1_intro", "9-lives",
            "a".repeat(64));

    private static final List<String> INVALID = List.of("", "A", "Crisis", "-a", ".a", "_a", "a b", "a/b", "café",
            "crisis:signs", "a\n", "a".repeat(65));

    record Named(String kind, Function<String, Object> of) {
        @Override
        public String toString() {
            return kind;
        }
    }

    static Stream<Arguments> valid() {
        return KINDS.stream().flatMap(k -> VALID.stream().map(v -> Arguments.of(k, v)));
    }

    static Stream<Arguments> invalid() {
        return KINDS.stream().flatMap(k -> INVALID.stream().map(v -> Arguments.of(k, v)));
    }

    static Stream<Named> kinds() {
        return KINDS.stream();
    }

    @ParameterizedTest(name = "{0} id \"{1}\"")
    @MethodSource("valid")
    void aValidIdIsAcceptedAndPrintsAsItsRawText(Named kind, String value) {
        assertThat(kind.of().apply(value)).hasToString(value);
        assertThat(Ids.isValid(value)).isTrue();
    }

    @ParameterizedTest(name = "{0} id \"{1}\"")
    @MethodSource("invalid")
    void anInvalidIdIsRejectedNamingItsKindAndTheRule(Named kind, String value) {
        assertThatThrownBy(() -> kind.of().apply(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid " + kind.kind() + " id").hasMessageContaining("lower-case letters");
        assertThat(Ids.isValid(value)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aNullIdIsACallerMistake(Named kind) {
        assertThatThrownBy(() -> kind.of().apply(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void idsWithTheSameTextAreEqual(Named kind) {
        assertThat(kind.of().apply("crisis.signs")).isEqualTo(kind.of().apply("crisis.signs"))
                .isNotEqualTo(kind.of().apply("crisis.sign"));
    }
}
