package dev.tandem.escalation;

import static dev.tandem.escalation.Condition.all;
import static dev.tandem.escalation.Condition.atLeast;
import static dev.tandem.escalation.Condition.flag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledPolicyTest {

    private static final CompiledPolicy POLICY = PolicyBuilder.policy()
            .flags("ideation", "intent", "plan")
            .scale("distress", 0, 10)
            .rule("high-distress", "consult", atLeast("distress", 7), "Talk to your supervisor today", "Stay in touch")
            .rule("ideation", "refer", flag("ideation"), "Warm hand-off", "Stay in touch")
            .rule("ideation-and-distress", "refer", all(flag("ideation"), atLeast("distress", 7)), "Stay in touch",
                    "Do not leave them alone")
            .rule("imminent", "emergency", all(flag("intent"), flag("plan")), "Call emergency services")
            .compile();

    private static Observation.Builder obs() {
        return Observation.builder();
    }

    @Test
    void noRuleFiringDecidesTheDefaultTierWithNoActions() {
        Decision d = POLICY.decide(obs().scale("distress", 3).build());

        assertThat(d).isEqualTo(new Decision(TierId.of("continue"), List.of(), List.of()));
    }

    @Test
    void theHighestTierOfTheFiredRulesWins() {
        Decision d = POLICY.decide(obs().flag("ideation", true).flag("intent", true).flag("plan", true).build());

        assertThat(d.tier()).isEqualTo(TierId.of("emergency"));
    }

    @Test
    void firedRulesAreListedInDeclarationOrder() {
        Decision d = POLICY.decide(obs().flag("ideation", true).scale("distress", 8).build());

        assertThat(d.rules()).extracting(RuleId::value)
                .containsExactly("high-distress", "ideation", "ideation-and-distress");
    }

    @Test
    void actionsComeOnlyFromRulesAtTheDecidedTierInOrderWithoutRepeats() {
        Decision d = POLICY.decide(obs().flag("ideation", true).scale("distress", 8).build());

        assertThat(d.actions()).containsExactly("Warm hand-off", "Stay in touch", "Do not leave them alone");
    }

    @Test
    void aRuleBelowAnExplicitDefaultStillDecidesItsOwnTier() {
        CompiledPolicy p = PolicyBuilder.policy().flags("calm").defaultTier("consult")
                .rule("calm", "continue", flag("calm"), "Carry on").compile();

        assertThat(p.decide(obs().flag("calm", true).build()).tier()).isEqualTo(TierId.of("continue"));
        assertThat(p.decide(Observation.empty()).tier()).isEqualTo(TierId.of("consult"));
    }

    @Test
    void observationsThatSetTheSameAtomsShareOneDecisionInstance() {
        CompiledPolicy p = PolicyBuilder.policy().flags("calm").scale("distress", 0, 10)
                .rule("high", "refer", atLeast("distress", 7), "Refer").compile();

        Decision seven = p.decide(obs().scale("distress", 7).build());
        Decision nine = p.decide(obs().scale("distress", 9).build());
        Decision three = p.decide(obs().scale("distress", 3).build());

        // 7 and 9 both set "distress at-least 7": the cached decision is handed out again, not rebuilt
        assertThat(nine).isSameAs(seven);
        assertThat(three).isNotSameAs(seven).isNotEqualTo(seven);
    }

    @Test
    void aPolicyWithManyRulesDecidesLikeASmallOne() {
        PolicyBuilder b = PolicyBuilder.policy().scale("distress", 0, 100);
        for (int i = 0; i < 70; i++) {
            b.rule("r" + i, i % 2 == 0 ? "consult" : "refer", atLeast("distress", i), "act " + (i % 3));
        }
        CompiledPolicy p = b.compile();

        Decision d = p.decide(obs().scale("distress", 68).build());

        assertThat(d.tier()).isEqualTo(TierId.of("refer"));
        assertThat(d.rules()).hasSize(69);
        // refer rules are r1, r3, r5, ...: their actions are act 1, act 0, act 2, then repeats
        assertThat(d.actions()).containsExactly("act 1", "act 0", "act 2");
    }

    @Test
    void anUnknownSignalIsRejectedNamingItAndTheKnownSignals() {
        assertThatThrownBy(() -> POLICY.decide(obs().flag("intnet", true).build()))
                .isInstanceOf(InvalidObservationException.class)
                .hasMessageContaining("unknown signal 'intnet'")
                .hasMessageContaining("ideation, intent, plan, distress");
    }

    @Test
    void aFlagGivenANumberIsRejected() {
        assertThatThrownBy(() -> POLICY.decide(obs().scale("plan", 1).build()))
                .isInstanceOf(InvalidObservationException.class)
                .hasMessage("signal 'plan' is a flag: give true or false, not 1");
    }

    @Test
    void aScaleValueAboveItsRangeIsRejectedWithTheRange() {
        assertThatThrownBy(() -> POLICY.decide(obs().scale("distress", 11).build()))
                .isInstanceOf(InvalidObservationException.class)
                .hasMessage("signal 'distress' is a scale: give a number from 0 to 10, not 11");
    }

    @Test
    void aScaleValueBelowItsRangeIsRejected() {
        assertThatThrownBy(() -> POLICY.decide(obs().scale("distress", -0.5).build()))
                .isInstanceOf(InvalidObservationException.class)
                .hasMessageContaining("'distress'").hasMessageContaining("-0.5");
    }

    @Test
    void notANumberIsRejected() {
        assertThatThrownBy(() -> POLICY.decide(obs().scale("distress", Double.NaN).build()))
                .isInstanceOf(InvalidObservationException.class)
                .hasMessageContaining("'distress'").hasMessageContaining("NaN");
    }

    @Test
    void textForAScaleIsRejected() {
        assertThatThrownBy(() -> POLICY.decide(obs().value(SignalId.of("distress"), SignalValue.of("high")).build()))
                .isInstanceOf(InvalidObservationException.class)
                .hasMessage("signal 'distress' is a scale: give a number from 0 to 10, not \"high\"");
    }

    @Test
    void aBooleanForAScaleIsRejected() {
        assertThatThrownBy(() -> POLICY.decide(obs().flag("distress", true).build()))
                .isInstanceOf(InvalidObservationException.class)
                .hasMessageContaining("'distress' is a scale");
    }

    @Test
    void everyProblemOfAnObservationIsReportedAtOnce() {
        InvalidObservationException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidObservationException.class,
                () -> POLICY.decide(obs().scale("distress", 12).scale("plan", 2).flag("nope", true).build()));

        assertThat(e.problems()).hasSize(3);
    }

    @Test
    void explainRefusesInvalidObservationsToo() {
        assertThatThrownBy(() -> POLICY.explain(obs().scale("distress", 12).build()))
                .isInstanceOf(InvalidObservationException.class);
    }

    @Test
    void anExplanationShowsWhichPartsHeldAndTheValuesGiven() {
        Explanation e = POLICY.explain(obs().flag("ideation", true).scale("distress", 5).build());

        assertThat(e.decision().tier()).isEqualTo(TierId.of("refer"));
        assertThat(e.describe()).contains("""
                rule ideation-and-distress (refer): did not fire
                  [not held] all
                    [held] ideation (given true)
                    [not held] distress at-least 7 (given 5)
                """);
        assertThat(e.describe()).contains("[not held] plan (absent)");
    }

    @Test
    void compilingAConditionThatComparesAFlagIsACallerMistake() {
        Policy p = PolicyBuilder.policy().flags("a").rule("r", "refer", atLeast("a", 1)).build();

        assertThatThrownBy(p::compile).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
    }

    @Test
    void compilingARuleWithAnUnknownTierIsACallerMistake() {
        Policy p = PolicyBuilder.policy().flags("a").rule("r", "nowhere", flag("a")).build();

        assertThatThrownBy(p::compile).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    }

    @Test
    void decidingFromManyThreadsAtOnceGivesTheSameDecisions() {
        List<Observation> observations = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            observations.add(obs().flag("ideation", i % 3 == 0).flag("intent", i % 5 == 0).flag("plan", i % 7 == 0)
                    .scale("distress", i % 11 * 10 / 11.0).build());
        }
        CompiledPolicy fresh = PolicyBuilder.policy().flags("ideation", "intent", "plan").scale("distress", 0, 10)
                .rule("high-distress", "consult", atLeast("distress", 7), "Talk")
                .rule("imminent", "emergency", all(flag("intent"), flag("plan")), "Call").compile();
        CompiledPolicy reference = fresh.policy().compile();

        List<Decision> parallel = observations.parallelStream().map(fresh::decide).toList();

        assertThat(parallel).isEqualTo(observations.stream().map(reference::decide).toList());
    }
}
