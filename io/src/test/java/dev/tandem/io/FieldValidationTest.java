package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.io.internal.FieldValidation;
import dev.tandem.io.internal.Fields;
import org.junit.jupiter.api.Test;

/** Jakarta Validation of the binding records, and its diagnostics in documents. */
class FieldValidationTest {

    @Test
    void violationsBecomeInvalidValuesAtKebabCasePaths() {
        var diagnostics = FieldValidation.validate(new Fields.AssessmentNumbers(0.0, -1.0, 0),
                JsonPointer.parse("/assessments/2"));
        assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(DiagnosticCode.INVALID_VALUE);
        assertThat(diagnostics).extracting(d -> d.path().toString()).containsExactly("/assessments/2/max-score",
                "/assessments/2/pass-score", "/assessments/2/max-attempts");
        assertThat(diagnostics.get(2).message()).isEqualTo("'max-attempts' (0) must be at least 1");
    }

    @Test
    void absentOptionalNumbersAreValid() {
        assertThat(FieldValidation.validate(new Fields.AssessmentNumbers(null, null, null), JsonPointer.root()))
                .isEmpty();
    }

    @Test
    void anIdIsCheckedAgainstTheFormatsPattern() {
        assertThat(FieldValidation.validate(new Fields.Id("ok.id-1_x"), JsonPointer.root())).isEmpty();
        assertThat(FieldValidation.validate(new Fields.Id("-starts-with-dash"), JsonPointer.root()))
                .singleElement().satisfies(d -> assertThat(d.path().toString()).isEqualTo("/id"));
        assertThat(FieldValidation.validate(new Fields.Id("x".repeat(65)), JsonPointer.root())).hasSize(1);
    }

    @Test
    void aBandMinAboveOneIsReportedOnceInADocument() {
        ReadResult result = Read.yaml(Documents.MINIMAL.replace("""
                    measures:
                      - { competency: listening, level: proficient }
                """, """
                    measures:
                      - { competency: listening }
                    bands:
                      - { min: 1.5, level: proficient }
                """));
        Read.single(result, DiagnosticCode.INVALID_VALUE, "/assessments/0/bands/0/min", 25, 16);
    }

    @Test
    void practiceHoursAndCountMinimaAreChecked() {
        ReadResult result = Read.yaml(Documents.MINIMAL + """
                certification:
                  title: Certified
                  modules: [m1]
                  competencies: []
                  practice: { hours: -4 }
                escalation:
                  tiers: [{ id: continue, title: Continue }]
                  signals: [{ id: a, type: flag }]
                  rules:
                    - { id: r1, when: { count: { min: -1, of: [a] } }, tier: continue, actions: [] }
                """);
        assertThat(Read.withCode(result, DiagnosticCode.INVALID_VALUE))
                .extracting(d -> d.path() + "@" + d.line() + ":" + d.column())
                .containsExactly("/certification/practice/hours@28:22", "/escalation/rules/0/when/count/min@33:39");
    }
}
