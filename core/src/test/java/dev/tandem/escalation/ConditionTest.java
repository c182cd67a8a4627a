package dev.tandem.escalation;

import static dev.tandem.escalation.Condition.all;
import static dev.tandem.escalation.Condition.any;
import static dev.tandem.escalation.Condition.atLeast;
import static dev.tandem.escalation.Condition.atMost;
import static dev.tandem.escalation.Condition.count;
import static dev.tandem.escalation.Condition.flag;
import static dev.tandem.escalation.Condition.not;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table tests: every condition form, on present and absent values, decides as FORMAT section 7 says. */
class ConditionTest {

    private static Observation obs(String json) {
        // a tiny "a=true,d=7" syntax keeps the table readable
        Observation.Builder b = Observation.builder();
        if (!json.isEmpty()) {
            for (String part : json.split(",")) {
                String[] kv = part.split("=");
                if (kv[1].equals("true") || kv[1].equals("false")) {
                    b.flag(kv[0], Boolean.parseBoolean(kv[1]));
                } else {
                    b.scale(kv[0], Double.parseDouble(kv[1]));
                }
            }
        }
        return b.build();
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("flag set", flag("a"), "a=true", true),
                Arguments.of("flag cleared", flag("a"), "a=false", false),
                Arguments.of("flag absent", flag("a"), "", false),
                Arguments.of("all, every part holds", all(flag("a"), flag("b")), "a=true,b=true", true),
                Arguments.of("all, one part fails", all(flag("a"), flag("b")), "a=true", false),
                Arguments.of("any, one part holds", any(flag("a"), flag("b")), "b=true", true),
                Arguments.of("any, no part holds", any(flag("a"), flag("b")), "a=false", false),
                Arguments.of("not of an unset flag", not(flag("a")), "", true),
                Arguments.of("not of a set flag", not(flag("a")), "a=true", false),
                Arguments.of("at-least, equal to threshold", atLeast("d", 7), "d=7", true),
                Arguments.of("at-least, above", atLeast("d", 7), "d=7.5", true),
                Arguments.of("at-least, below", atLeast("d", 7), "d=6.99", false),
                Arguments.of("at-least, absent", atLeast("d", 7), "", false),
                Arguments.of("at-most, equal to threshold", atMost("d", 3), "d=3", true),
                Arguments.of("at-most, below", atMost("d", 3), "d=0", true),
                Arguments.of("at-most, above", atMost("d", 3), "d=3.5", false),
                Arguments.of("at-most, absent", atMost("d", 3), "", false),
                Arguments.of("not at-least, absent", not(atLeast("d", 7)), "", true),
                Arguments.of("not at-least, high", not(atLeast("d", 7)), "d=9", false),
                Arguments.of("count, enough hold", count(2, flag("a"), flag("b"), atLeast("d", 5)), "a=true,d=5", true),
                Arguments.of("count, too few hold", count(2, flag("a"), flag("b"), atLeast("d", 5)), "a=true,d=4",
                        false),
                Arguments.of("count, min 0 always holds", count(0, flag("a")), "", true),
                Arguments.of("nested", any(all(flag("a"), not(flag("b"))), atLeast("d", 9)), "a=true,b=true,d=9",
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void conditionHoldsExactlyWhenTheTableSays(String name, Condition when, String observation, boolean fires) {
        CompiledPolicy policy = PolicyBuilder.policy().flags("a", "b").scale("d", 0, 10)
                .rule("r", "refer", when, "act").compile();

        Decision decision = policy.decide(obs(observation));

        assertThat(decision.tier()).isEqualTo(TierId.of(fires ? "refer" : "continue"));
        assertThat(decision.rules()).hasSize(fires ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void explanationAgreesWithTheDecision(String name, Condition when, String observation, boolean fires) {
        CompiledPolicy policy = PolicyBuilder.policy().flags("a", "b").scale("d", 0, 10)
                .rule("r", "refer", when, "act").compile();

        Explanation explanation = policy.explain(obs(observation));

        assertThat(explanation.rules()).singleElement().satisfies(r -> {
            assertThat(r.fired()).isEqualTo(fires);
            assertThat(r.condition().held()).isEqualTo(fires);
        });
    }
}
