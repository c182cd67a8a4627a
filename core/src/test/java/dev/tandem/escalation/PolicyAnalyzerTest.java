package dev.tandem.escalation;

import static dev.tandem.escalation.Condition.all;
import static dev.tandem.escalation.Condition.any;
import static dev.tandem.escalation.Condition.atLeast;
import static dev.tandem.escalation.Condition.atMost;
import static dev.tandem.escalation.Condition.count;
import static dev.tandem.escalation.Condition.flag;
import static dev.tandem.escalation.Condition.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyAnalyzerTest {

    private static final JsonPointer AT = JsonPointer.of("escalation");

    private static PolicyBuilder signals() {
        return PolicyBuilder.policy().flags("ideation", "intent", "plan").scale("distress", 0, 10);
    }

    private static PolicyAnalysis analyse(PolicyBuilder b) {
        return PolicyAnalyzer.analysis(b.build(), AT, PolicyAnalyzer.DEFAULT_BUDGET);
    }

    // ---------------------------------------------------------------- unreachable rules

    @Test
    void aRuleRequiringAFlagAndItsNegationIsUnreachable() {
        List<Diagnostic> d = PolicyAnalyzer.analyze(signals()
                .rule("fine", "consult", flag("plan"))
                .rule("never", "refer", all(flag("ideation"), not(flag("ideation")))).build(), AT);

        assertThat(d).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.code()).isEqualTo(DiagnosticCode.UNREACHABLE_RULE);
            assertThat(w.path()).hasToString("/escalation/rules/1");
            assertThat(w.message()).contains("'never'");
        });
    }

    @Test
    void aThresholdAboveTheScaleMakesTheRuleUnreachable() {
        PolicyAnalysis a = analyse(signals().rule("eleven", "refer", atLeast("distress", 11)));

        assertThat(a.unreachableRules()).extracting(RuleId::value).containsExactly("eleven");
    }

    @Test
    void aCountAskingForMoreThanItListsIsUnreachable() {
        PolicyAnalysis a = analyse(signals().rule("three-of-two", "refer", count(3, flag("plan"), flag("intent"))));

        assertThat(a.unreachableRules()).extracting(RuleId::value).containsExactly("three-of-two");
    }

    @Test
    void disjointComparisonsOnOneScaleAreUnreachable() {
        PolicyAnalysis a = analyse(signals()
                .rule("both", "refer", all(atLeast("distress", 7), atMost("distress", 3))));

        assertThat(a.unreachableRules()).extracting(RuleId::value).containsExactly("both");
    }

    @Test
    void touchingComparisonsOnOneScaleAreReachable() {
        PolicyAnalysis a = analyse(signals()
                .rule("exactly-five", "refer", all(atLeast("distress", 5), atMost("distress", 5))));

        assertThat(a.unreachableRules()).isEmpty();
    }

    @Test
    void aRuleOnAnAbsentScaleValueIsReachable() {
        PolicyAnalysis a = analyse(signals().rule("no-score", "consult", not(atLeast("distress", 0))));

        assertThat(a.unreachableRules()).isEmpty();
    }

    // ---------------------------------------------------------------- monotonicity

    @Test
    void aNegatedFlagWithoutAHigherRuleIsNonMonotonicWithItsWitness() {
        PolicyAnalysis a = analyse(signals()
                .rule("distressed", "consult", all(atLeast("distress", 4), not(flag("ideation")))));

        assertThat(a.isMonotone()).isFalse();
        PolicyAnalysis.Violation v = a.violations().get(0);
        assertThat(v.observation().display()).isEqualTo("{\"distress\":4}");
        assertThat(v.tier()).isEqualTo(TierId.of("consult"));
        assertThat(v.raised().display()).isEqualTo("{\"ideation\":true,\"distress\":4}");
        assertThat(v.raisedTier()).isEqualTo(TierId.of("continue"));
        assertThat(v.signal()).isEqualTo(SignalId.of("ideation"));
        assertThat(v.rule()).isEqualTo(RuleId.of("distressed"));
    }

    @Test
    void theNonMonotonicWarningShowsBothObservationsAndTiersAtTheRule() {
        List<Diagnostic> d = PolicyAnalyzer.analyze(signals()
                .rule("other", "consult", flag("plan"))
                .rule("distressed", "consult", all(atLeast("distress", 4), not(flag("ideation")))).build(), AT);

        assertThat(d).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(DiagnosticCode.NON_MONOTONIC_POLICY);
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.path()).hasToString("/escalation/rules/1");
            assertThat(w.message()).isEqualTo("raising 'ideation' lowers the tier: {\"distress\":4} decides "
                    + "'consult' (rule 'distressed' fires), but {\"ideation\":true,\"distress\":4} decides 'continue'"
                    + " (no rule fires); more risk must never lower the tier");
        });
    }

    @Test
    void anAtMostRuleWithoutAHigherRuleIsNonMonotonic() {
        PolicyAnalysis a = analyse(signals().rule("low", "consult", atMost("distress", 3)));

        PolicyAnalysis.Violation v = a.violations().get(0);
        assertThat(v.observation().display()).isEqualTo("{\"distress\":0}");
        assertThat(v.raised().display()).isEqualTo("{\"distress\":4}");
    }

    @Test
    void aNegatedConditionCoveredByAHigherRuleIsMonotone() {
        PolicyAnalysis a = analyse(signals()
                .rule("distressed", "consult", all(atLeast("distress", 4), not(flag("ideation"))))
                .rule("ideation", "refer", flag("ideation")));

        assertThat(a.isMonotone()).isTrue();
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void aHigherRuleThatOnlyPartlyCoversTheDropIsStillNonMonotonic() {
        PolicyAnalysis a = analyse(signals()
                .rule("distressed", "refer", all(atLeast("distress", 4), not(flag("ideation"))))
                .rule("ideation", "refer", all(flag("ideation"), atLeast("distress", 6))));

        PolicyAnalysis.Violation v = a.violations().get(0);
        assertThat(v.observation().display()).isEqualTo("{\"distress\":4}");
        assertThat(v.raised().display()).isEqualTo("{\"ideation\":true,\"distress\":4}");
    }

    @Test
    void aRuleBelowAHighDefaultIsNonMonotonicAtTheDefault() {
        PolicyAnalysis a = analyse(signals().defaultTier("consult").rule("calm", "continue", flag("plan")));

        assertThat(a.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isNull();
            assertThat(v.observation()).isEqualTo(Observation.empty());
            assertThat(v.tier()).isEqualTo(TierId.of("consult"));
            assertThat(v.raisedTier()).isEqualTo(TierId.of("continue"));
        });
        assertThat(a.diagnostics()).singleElement()
                .satisfies(w -> assertThat(w.path()).hasToString("/escalation/default"));
    }

    @Test
    void anUnreachableRuleCannotMakeAPolicyNonMonotonic() {
        PolicyAnalysis a = analyse(signals()
                .rule("never", "refer", all(flag("plan"), not(flag("plan")), not(flag("intent")))));

        assertThat(a.violations()).isEmpty();
        assertThat(a.unreachableRules()).hasSize(1);
    }

    @Test
    void runningOutOfBudgetIsReportedNeverASilentPass() {
        PolicyAnalysis a = PolicyAnalyzer.analysis(SixteenSignals.policy(), AT, 5);

        assertThat(a.complete()).isFalse();
        assertThat(a.isMonotone()).isFalse();
        assertThat(a.diagnostics()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(DiagnosticCode.NON_MONOTONIC_POLICY);
            assertThat(w.path()).hasToString("/escalation");
            assertThat(w.message()).contains("stopped after").contains("budget");
        });
    }

    @Test
    void aSixteenSignalMonotonePolicyIsProvenMonotone() {
        PolicyAnalysis a = PolicyAnalyzer.analysis(SixteenSignals.policy(), AT, PolicyAnalyzer.DEFAULT_BUDGET);

        assertThat(a.complete()).isTrue();
        assertThat(a.isMonotone()).isTrue();
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void aCountHeavySixteenSignalPolicyIsProvenMonotone() {
        PolicyAnalysis a = PolicyAnalyzer.analysis(SixteenSignals.countHeavy(), AT, PolicyAnalyzer.DEFAULT_BUDGET);

        assertThat(a.complete()).isTrue();
        assertThat(a.isMonotone()).isTrue();
    }

    @Test
    void breakingOneRuleOfTheSixteenSignalPolicyIsFound() {
        PolicyAnalysis a = PolicyAnalyzer.analysis(SixteenSignals.broken(), AT, PolicyAnalyzer.DEFAULT_BUDGET);

        assertThat(a.violations()).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo(RuleId.of("distress-band")));
    }

    @Test
    void aNonPositiveBudgetIsACallerMistake() {
        assertThatThrownBy(() -> PolicyAnalyzer.analysis(signals().build(), AT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyOfManyCoveringRulesIsEnough() {
        PolicyAnalysis a = analyse(signals()
                .rule("quiet", "consult", all(atLeast("distress", 2), not(any(flag("intent"), flag("plan")))))
                .rule("intent", "refer", flag("intent"))
                .rule("plan", "emergency", flag("plan")));

        assertThat(a.isMonotone()).isTrue();
    }

    @Test
    void hugeThresholdsStillGiveAWitnessBetweenThem() {
        PolicyAnalysis a = analyse(PolicyBuilder.policy().scale("dose", 0, 1e308)
                .rule("band", "refer", all(atLeast("dose", 1e300), not(atLeast("dose", 2e300)))));

        PolicyAnalysis.Violation v = a.violations().get(0);
        assertThat(v.raisedTier()).isEqualTo(TierId.of("continue"));
        assertThat(a.complete()).isTrue();
    }

    @Test
    void aScaleWithAFractionalRangeIsAnalysedWithinIt() {
        PolicyAnalysis a = analyse(PolicyBuilder.policy().scale("p", 0, 0.5)
                .rule("low", "consult", atMost("p", 0.25)));

        PolicyAnalysis.Violation v = a.violations().get(0);
        assertThat(v.observation().display()).isEqualTo("{\"p\":0}");
        assertThat(v.raised().display()).isEqualTo("{\"p\":0.375}");
    }
}
