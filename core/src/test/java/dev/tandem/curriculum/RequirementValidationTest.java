package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.DUPLICATE_ID;
import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.MISSING_FIELD;
import static dev.tandem.diagnostic.DiagnosticCode.REQUIREMENT_VIOLATED;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;
import static dev.tandem.diagnostic.DiagnosticCode.VACUOUS_REQUIREMENT;
import static dev.tandem.escalation.Condition.all;
import static dev.tandem.escalation.Condition.atLeast;
import static dev.tandem.escalation.Condition.flag;
import static dev.tandem.escalation.Condition.not;
import static dev.tandem.testing.Curricula.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.diagnostic.Severity;
import dev.tandem.escalation.Requirement;
import dev.tandem.escalation.RequirementId;
import dev.tandem.escalation.TierId;
import dev.tandem.testing.Policies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator checks policy requirements (FORMAT section 14.1): their references first, then exactly. */
class RequirementValidationTest {

    private static final JsonPointer FIRST = JsonPointer.of("escalation", "requirements", 0);

    private static List<Diagnostic> diagnostics(Requirement... requirements) {
        Policies p = Policies.standard();
        for (Requirement r : requirements) {
            p.requirement(r);
        }
        return minimal().escalation(p.build()).diagnostics();
    }

    @Test
    void aRequirementThePolicyKeepsGivesNoDiagnostic() {
        assertThat(diagnostics(Requirement.atLeast("ideation-is-referred", flag("ideation"), "refer"))).isEmpty();
    }

    @Test
    void aViolatedRequirementIsAnErrorAtItsPathEndingWithAWitness() {
        // distress 7 alone decides consult, below refer
        List<Diagnostic> d = diagnostics(Requirement.atLeast("distress-is-referred", atLeast("distress", 7),
                "refer"));

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(REQUIREMENT_VIOLATED);
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.path()).isEqualTo(FIRST);
            assertThat(x.message()).contains("'distress-is-referred'", "'consult'", "'refer'")
                    .endsWith("{\"distress\":7}");
        });
    }

    @Test
    void anUpperBoundIsCheckedToo() {
        List<Diagnostic> d = diagnostics(Requirement.atMost("calm-stays", not(flag("plan")), "consult"));

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(REQUIREMENT_VIOLATED);
            assertThat(x.message()).contains("'refer'", "at most 'consult'").endsWith("{\"ideation\":true}");
        });
    }

    @Test
    void aRequirementWhoseConditionCanNeverHoldIsAVacuousWarning() {
        List<Diagnostic> d = diagnostics(Requirement.atLeast("never", all(flag("plan"), not(flag("plan"))),
                "emergency"));

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(VACUOUS_REQUIREMENT);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.path()).isEqualTo(FIRST);
        });
    }

    @Test
    void aRequirementWithoutBoundsIsMissingAField() {
        List<Diagnostic> d = diagnostics(new Requirement(RequirementId.of("nothing"), flag("plan"), null, null));

        assertThat(d).singleElement().satisfies(x -> assertThat(x.code()).isEqualTo(MISSING_FIELD));
    }

    @Test
    void anUnknownTierOrSignalIsAnUnknownReference() {
        List<Diagnostic> d = diagnostics(Requirement.atLeast("typo", flag("plna"), "refr"));

        assertThat(d).extracting(Diagnostic::code).containsExactlyInAnyOrder(UNKNOWN_REFERENCE, UNKNOWN_REFERENCE);
        assertThat(d).extracting(x -> x.path().toString()).containsExactlyInAnyOrder(
                "/escalation/requirements/0/at-least", "/escalation/requirements/0/when");
    }

    @Test
    void aLowerBoundAboveTheUpperBoundIsAnInvalidValue() {
        List<Diagnostic> d = diagnostics(new Requirement(RequirementId.of("upside-down"), flag("plan"),
                TierId.of("refer"), TierId.of("consult")));

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(INVALID_VALUE);
            assertThat(x.path()).isEqualTo(FIRST.append("at-most"));
        });
    }

    @Test
    void aRepeatedRequirementIdIsADuplicateAtTheLaterOne() {
        List<Diagnostic> d = diagnostics(Requirement.atLeast("same", flag("ideation"), "consult"),
                Requirement.atLeast("same", all(flag("ideation"), flag("plan")), "emergency"));

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(DUPLICATE_ID);
            assertThat(x.path()).isEqualTo(JsonPointer.of("escalation", "requirements", 1, "id"));
        });
    }
}
