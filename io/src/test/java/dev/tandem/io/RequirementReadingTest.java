package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Requirement;
import dev.tandem.escalation.RequirementId;
import dev.tandem.escalation.TierId;
import org.junit.jupiter.api.Test;

/** Policy requirements (FORMAT section 14.1) read from a file, written canonically and read back. */
class RequirementReadingTest {

    private static final String RULES_END = "      actions: []\n";

    private static String withRequirements(String requirements) {
        return Documents.FULL.replace(RULES_END, RULES_END + "  requirements:\n" + requirements);
    }

    @Test
    void requirementsAreReadWithTheirConditionAndBounds() {
        Curriculum c = Read.yaml(withRequirements("""
                    - id: imminent
                      when: { all: [suicidal-ideation, intent] }
                      at-least: emergency
                    - id: calm
                      when: { not: { any: [suicidal-ideation, intent] } }
                      at-most: consult
                """)).orElseThrow();

        assertThat(c.escalation().orElseThrow().requirements()).containsExactly(
                new Requirement(RequirementId.of("imminent"), Condition.all(Condition.flag("suicidal-ideation"),
                        Condition.flag("intent")), TierId.of("emergency"), null),
                new Requirement(RequirementId.of("calm"), Condition.not(Condition.any(
                        Condition.flag("suicidal-ideation"), Condition.flag("intent"))), null, TierId.of("consult")));
    }

    @Test
    void aViolatedRequirementIsReportedAtItsLineWithTheWitness() {
        ReadResult result = Read.yaml(withRequirements("""
                    - id: distress-is-an-emergency
                      when: { at-least: { distress: 8 } }
                      at-least: emergency
                """));

        Diagnostic d = Read.single(result, DiagnosticCode.REQUIREMENT_VIOLATED, "/escalation/requirements/0", 97,
                7);
        assertThat(d.message()).endsWith("{\"distress\":8}");
    }

    @Test
    void aRequirementWithoutBoundsIsMissingAField() {
        ReadResult result = Read.yaml(withRequirements("""
                    - id: nothing
                      when: intent
                """));

        assertThat(Read.withCode(result, DiagnosticCode.MISSING_FIELD)).singleElement()
                .satisfies(d -> assertThat(d.path()).hasToString("/escalation/requirements/0/at-least"));
    }

    @Test
    void theCanonicalDocumentKeepsTheRequirementsAndReadsBackEqual() {
        Curriculum c = Read.yaml(withRequirements("""
                    - id: imminent
                      when: { all: [suicidal-ideation, intent] }
                      at-least: emergency
                      at-most: emergency
                """)).orElseThrow();

        String json = CurriculumWriter.write(c, DocumentFormat.JSON);

        assertThat(json).contains("\"requirements\": [", "\"at-least\": \"emergency\"", "\"at-most\": \"emergency\"");
        assertThat(Read.json(json).orElseThrow()).isEqualTo(c);
        assertThat(Read.yaml(CurriculumWriter.write(c, DocumentFormat.YAML)).orElseThrow()).isEqualTo(c);
    }
}
