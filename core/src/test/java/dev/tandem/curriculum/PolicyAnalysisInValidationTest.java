package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.UNREACHABLE_RULE;
import static dev.tandem.testing.Curricula.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.PolicyAnalyzer;
import dev.tandem.escalation.Rule;
import dev.tandem.testing.Policies;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The validator runs the policy analysis when the policy's only errors are thresholds outside a signal's range,
 * and skips it on any other error in the policy.
 */
class PolicyAnalysisInValidationTest {

    private static final JsonPointer FOURTH_RULE = JsonPointer.of("escalation", "rules", 3);

    @BeforeEach
    void theAnalyzerReportsUnreachableRules() {
        // these tests are about the validator's wiring; they need an analyser that finds an impossible rule
        Rule never = Rule.of("never", Condition.all(Condition.flag("plan"), Condition.not(Condition.flag("plan"))),
                "consult", "Check in");
        assumeFalse(PolicyAnalyzer.analyze(Policies.standard().rule(never).build(), JsonPointer.of("escalation"))
                .isEmpty(), "the policy analysis reports nothing yet");
    }

    @Test
    void aThresholdOutsideTheRangeIsAnErrorAndItsRuleIsAlsoReportedUnreachable() {
        List<Diagnostic> diagnostics = minimal().escalation(Policies.standard()
                .rule(Rule.of("impossible", Condition.atLeast("distress", 11), "consult", "Check in")).build())
                .diagnostics();
        assertThat(diagnostics).anyMatch(d -> d.code() == INVALID_VALUE
                && d.path().equals(FOURTH_RULE.append("when").append("at-least").append("distress")));
        assertThat(diagnostics).anyMatch(d -> d.code() == UNREACHABLE_RULE && d.path().startsWith(FOURTH_RULE));
    }

    @Test
    void anyOtherErrorInThePolicyStopsTheAnalysis() {
        List<Diagnostic> diagnostics = minimal().escalation(Policies.standard()
                .rule(Rule.of("never", Condition.all(Condition.flag("plan"), Condition.not(Condition.flag("plan"))),
                        "consult", "Check in"))
                .rule(Rule.of("typo", Condition.flag("plan"), "refr", "Refer")).build()).diagnostics();
        assertThat(diagnostics).noneMatch(d -> d.code() == UNREACHABLE_RULE);
    }
}
