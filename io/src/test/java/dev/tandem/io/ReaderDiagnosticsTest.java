package dev.tandem.io;

import static dev.tandem.io.Documents.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.Severity;
import org.junit.jupiter.api.Test;

/** Every diagnostic code the reader produces, with its path, line and column. */
class ReaderDiagnosticsTest {

    @Test
    void theMinimalDocumentIsValid() {
        ReadResult result = Read.yaml(MINIMAL);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.orElseThrow().modules()).hasSize(1);
    }

    @Test
    void aYamlSyntaxErrorGivesTheLineWhereTheParserStopped() {
        ReadResult result = Read.yaml(MINIMAL.replace("title: Demo curriculum", "title: Demo: curriculum"));
        Diagnostic d = Read.single(result, DiagnosticCode.SYNTAX, "", 4, 12);
        assertThat(d.message()).contains("mapping values are not allowed");
        assertThat(result.curriculum()).isNull();
    }

    @Test
    void aJsonSyntaxErrorGivesTheLineWhereTheParserStopped() {
        ReadResult result = Read.json("{\n  \"tandem\": 1,\n  \"id\" \"demo\"\n}\n");
        Diagnostic d = Read.single(result, DiagnosticCode.SYNTAX, "", 3, 8);
        assertThat(d.message()).startsWith("the JSON is malformed");
    }

    @Test
    void anUnterminatedJsonDocumentIsASyntaxError() {
        ReadResult result = Read.json("{\"tandem\": 1,\n\"scales\": [");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.SYNTAX);
            assertThat(d.line()).isEqualTo(2);
        });
    }

    @Test
    void anEmptyDocumentIsASyntaxError() {
        Read.single(Read.yaml(""), DiagnosticCode.SYNTAX, "", 1, 1);
    }

    @Test
    void aDuplicateYamlKeyIsAnErrorAtTheLaterOccurrence() {
        ReadResult result = Read.yaml(MINIMAL + "title: Another title\n");
        Diagnostic d = Read.single(result, DiagnosticCode.SYNTAX, "/title", 24, 1);
        assertThat(d.message()).contains("'title' appears twice").contains("first on line 4");
        assertThat(result.curriculum()).isNull();
    }

    @Test
    void aDuplicateJsonKeyIsAnErrorAtTheLaterOccurrence() {
        ReadResult result = Read.json("{\"tandem\": 1,\n \"id\": \"a\",\n \"id\": \"b\"}");
        Read.single(result, DiagnosticCode.SYNTAX, "/id", 3, 2);
    }

    @Test
    void aFormatVersionOtherThanOneIsUnsupported() {
        ReadResult result = Read.yaml(MINIMAL.replace("tandem: 1", "tandem: 2"));
        Diagnostic d = Read.single(result, DiagnosticCode.UNSUPPORTED_VERSION, "/tandem", 1, 9);
        assertThat(d.message()).contains("format version 2");
        assertThat(result.diagnostics()).hasSize(1);
    }

    @Test
    void aFormatVersionGivenAsStringIsUnsupported() {
        ReadResult result = Read.json("{\"tandem\": \"1\", \"id\": \"x\"}");
        Read.single(result, DiagnosticCode.UNSUPPORTED_VERSION, "/tandem", 1, 12);
    }

    @Test
    void aFormatVersionWithAFractionIsUnsupported() {
        Read.single(Read.yaml(MINIMAL.replace("tandem: 1", "tandem: 1.0")), DiagnosticCode.UNSUPPORTED_VERSION,
                "/tandem", 1, 9);
    }

    @Test
    void aMissingFormatVersionIsAMissingFieldAtTheRoot() {
        ReadResult result = Read.yaml(MINIMAL.replace("tandem: 1\n", ""));
        Diagnostic d = Read.single(result, DiagnosticCode.MISSING_FIELD, "/tandem", 1, 1);
        assertThat(d.message()).contains("tandem: 1");
    }

    @Test
    void aMissingFieldPointsAtItsParentMapping() {
        ReadResult result = Read.yaml(MINIMAL.replace("    title: Foundations\n", ""));
        Diagnostic d = Read.single(result, DiagnosticCode.MISSING_FIELD, "/modules/0/title", 13, 5);
        assertThat(d.message()).contains("'title'");
    }

    @Test
    void anUnknownFieldSuggestsTheClosestKnownField() {
        ReadResult result = Read.yaml(MINIMAL.replace("    title: Listens actively", "    titel: Listens actively"));
        Diagnostic d = Read.single(result, DiagnosticCode.UNKNOWN_FIELD, "/competencies/0/titel", 11, 5);
        assertThat(d.message()).contains("did you mean 'title'?");
        Read.single(result, DiagnosticCode.MISSING_FIELD, "/competencies/0/title", 10, 5);
    }

    @Test
    void anUnknownFieldFarFromAnyKnownOneListsTheKnownFields() {
        ReadResult result = Read.yaml(MINIMAL + "colour: blue\n");
        Diagnostic d = Read.single(result, DiagnosticCode.UNKNOWN_FIELD, "/colour", 24, 1);
        assertThat(d.message()).contains("known fields: tandem, id, version");
    }

    @Test
    void aBadEnumValueListsTheAllowedOnes() {
        ReadResult result = Read.yaml(MINIMAL.replace("setting: school", "setting: home"));
        Diagnostic d = Read.single(result, DiagnosticCode.INVALID_VALUE, "/setting", 5, 10);
        assertThat(d.message()).contains("'home'").contains("school, workplace, community");
    }

    @Test
    void aWrongTypeIsAnInvalidValue() {
        ReadResult result = Read.yaml(MINIMAL.replace("max-score: 10", "max-score: \"ten\""));
        Diagnostic d = Read.single(result, DiagnosticCode.INVALID_VALUE, "/assessments/0/max-score", 20, 16);
        assertThat(d.message()).contains("must be a number").contains("'ten'");
    }

    @Test
    void anOutOfRangeNumberIsReportedOnceThoughBothLayersCheckIt() {
        ReadResult result = Read.yaml(MINIMAL.replace("    title: Foundations\n",
                "    title: Foundations\n    hours: 0\n"));
        Diagnostic d = Read.single(result, DiagnosticCode.INVALID_VALUE, "/modules/0/hours", 15, 12);
        assertThat(d.message()).contains("'hours' (0) must be greater than 0");
    }

    @Test
    void maxAttemptsBelowOneIsAnInvalidValue() {
        ReadResult result = Read.yaml(MINIMAL.replace("    pass-score: 8\n", "    pass-score: 8\n    max-attempts: 0\n"));
        Read.single(result, DiagnosticCode.INVALID_VALUE, "/assessments/0/max-attempts", 22, 19);
    }

    @Test
    void aBadPeriodIsAnInvalidValue() {
        ReadResult result = Read.yaml(MINIMAL.replace("    pass-score: 8\n",
                "    pass-score: 8\n    valid-for: two years\n"));
        Diagnostic d = Read.single(result, DiagnosticCode.INVALID_VALUE, "/assessments/0/valid-for", 22, 16);
        assertThat(d.message()).contains("ISO-8601 period");
    }

    @Test
    void anInvalidIdSkipsItsItemButTheRestIsStillValidated() {
        ReadResult result = Read.yaml(MINIMAL.replace("id: m1\n", "id: M1\n")
                .replace("title: Listening quiz", "title: \" \""));
        assertThat(Read.withCode(result, DiagnosticCode.INVALID_VALUE))
                .extracting(d -> d.path() + "@" + d.line() + ":" + d.column())
                .containsExactly("/modules/0/id@13:9", "/assessments/0/title@17:12");
        assertThat(result.diagnostics().get(0).message()).contains("'M1'").contains("lower-case");
        assertThat(Read.withCode(result, DiagnosticCode.MISSING_FIELD)).isEmpty();
    }

    @Test
    void coreDiagnosticsAfterASkippedItemCarryTheDocumentPath() {
        String doc = MINIMAL.replace("""
                modules:
                  - id: m1
                    title: Foundations
                """, """
                modules:
                  - id: Bad
                    title: Broken
                  - id: m1
                    title: Foundations
                  - id: m2
                    title: Next
                    requires: [nope]
                """);
        ReadResult result = Read.yaml(doc);
        Read.single(result, DiagnosticCode.UNKNOWN_REFERENCE, "/modules/2/requires/0", 19, 16);
    }

    @Test
    void aConditionWithTwoOperatorsIsAnErrorAtItsPath() {
        ReadResult result = Read.yaml(MINIMAL + """
                escalation:
                  tiers: [{ id: continue, title: Continue }]
                  signals: [{ id: a, type: flag }, { id: b, type: flag }]
                  rules:
                    - id: r1
                      when: { all: [a], any: [b] }
                      tier: continue
                      actions: []
                """);
        Diagnostic d = Read.single(result, DiagnosticCode.INVALID_VALUE, "/escalation/rules/0/when", 29, 13);
        assertThat(d.message()).contains("exactly one of all, any, not, at-least, at-most, count");
    }

    @Test
    void aMisspelledConditionOperatorGetsASuggestion() {
        ReadResult result = Read.yaml(MINIMAL + """
                escalation:
                  tiers: [{ id: continue, title: Continue }]
                  signals: [{ id: distress, type: scale, min: 0, max: 10 }]
                  rules:
                    - id: r1
                      when: { at-leest: { distress: 3 } }
                      tier: continue
                      actions: []
                """);
        Diagnostic d = Read.single(result, DiagnosticCode.INVALID_VALUE, "/escalation/rules/0/when", 29, 13);
        assertThat(d.message()).contains("did you mean 'at-least'?");
    }

    @Test
    void aDuplicateIdIsReportedAtTheLaterOccurrence() {
        ReadResult result = Read.yaml(MINIMAL.replace("""
                    title: Listens actively
                """, """
                    title: Listens actively
                  - id: listening
                    title: Listens again
                """));
        Read.single(result, DiagnosticCode.DUPLICATE_ID, "/competencies/1/id", 12, 9);
    }

    @Test
    void anUnknownReferenceGetsTheLineOfTheReference() {
        ReadResult result = Read.yaml(MINIMAL.replace("module: m1", "module: m9"));
        Read.single(result, DiagnosticCode.UNKNOWN_REFERENCE, "/assessments/0/module", 18, 13);
    }

    @Test
    void aPrerequisiteCycleIsReported() {
        ReadResult result = Read.yaml(MINIMAL.replace("""
                    title: Foundations
                """, """
                    title: Foundations
                    requires: [m2]
                  - id: m2
                    title: Next
                    requires: [m1]
                """));
        Diagnostic d = Read.withCode(result, DiagnosticCode.PREREQUISITE_CYCLE).get(0);
        assertThat(d.path().toString()).startsWith("/modules/");
        assertThat(d.line()).isIn(15, 18);
        assertThat(d.message()).contains("m1").contains("m2");
    }

    @Test
    void aParentCycleIsReported() {
        ReadResult result = Read.yaml(MINIMAL.replace("""
                    title: Listens actively
                """, """
                    title: Listens actively
                    parent: other
                  - id: other
                    title: Other
                    parent: listening
                """));
        Diagnostic d = Read.withCode(result, DiagnosticCode.PARENT_CYCLE).get(0);
        assertThat(d.path().toString()).matches("/competencies/[01]/parent");
        assertThat(d.line()).isIn(12, 15);
        assertThat(d.column()).isEqualTo(13);
    }

    @Test
    void aChildOnAnotherScaleThanItsParentIsAScaleMismatch() {
        ReadResult result = Read.yaml(MINIMAL.replace("""
                    levels: [aware, proficient]
                """, """
                    levels: [aware, proficient]
                  - id: frequency
                    levels: [rarely, often]
                """).replace("""
                    title: Listens actively
                """, """
                    title: Listens actively
                    scale: proficiency
                  - id: reflecting
                    title: Reflects feelings
                    parent: listening
                    scale: frequency
                """));
        Diagnostic d = Read.withCode(result, DiagnosticCode.SCALE_MISMATCH).get(0);
        assertThat(d.path().toString()).isEqualTo("/competencies/1/scale");
        assertThat(d.line()).isEqualTo(18);
        assertThat(d.column()).isEqualTo(12);
    }

    @Test
    void aCertificationLevelNothingCanAwardIsUnattainable() {
        ReadResult result = Read.yaml(MINIMAL.replace("levels: [aware, proficient]",
                "levels: [aware, proficient, advanced]") + """
                certification:
                  title: Certified
                  modules: all
                  competencies:
                    - { competency: listening, level: advanced }
                """);
        Diagnostic d = Read.withCode(result, DiagnosticCode.UNATTAINABLE_REQUIREMENT).get(0);
        assertThat(d.path().toString()).startsWith("/certification/competencies/0");
        assertThat(d.line()).isEqualTo(28);
    }

    @Test
    void anUnmeasuredCompetencyIsAWarningThatKeepsTheCurriculum() {
        ReadResult result = Read.yaml(MINIMAL.replace("""
                    title: Listens actively
                """, """
                    title: Listens actively
                  - id: empathy
                    title: Shows empathy
                """));
        Diagnostic d = Read.single(result, DiagnosticCode.UNMEASURED_COMPETENCY, "/competencies/1", 12, 5);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.orElseThrow().competencies()).hasSize(2);
    }

    @Test
    void everyProblemIsReportedAtOnceSortedByPosition() {
        ReadResult result = Read.yaml(MINIMAL.replace("setting: school", "setting: home")
                .replace("    title: Listens actively", "    titel: Listens actively")
                .replace("max-score: 10", "max-score: -1")
                .replace("module: m1", "module: m9"));
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.INVALID_VALUE,
                DiagnosticCode.MISSING_FIELD, DiagnosticCode.UNKNOWN_FIELD, DiagnosticCode.UNKNOWN_REFERENCE,
                DiagnosticCode.INVALID_VALUE);
        assertThat(result.diagnostics()).isSortedAccordingTo((a, b) -> a.line() != b.line()
                ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
    }

    @Test
    void aDocumentThatIsNotAMappingIsAnInvalidValue() {
        Read.single(Read.yaml("- just\n- a list\n"), DiagnosticCode.INVALID_VALUE, "", 1, 1);
    }

    @Test
    void orElseThrowCarriesEveryDiagnostic() {
        ReadResult result = Read.yaml(MINIMAL.replace("setting: school", "setting: home").replace("module: m1",
                "module: m9"));
        org.assertj.core.api.Assertions.assertThatThrownBy(result::orElseThrow)
                .isInstanceOfSatisfying(dev.tandem.diagnostic.CurriculumException.class,
                        e -> assertThat(e.diagnostics()).hasSize(2));
    }

    @Test
    void aCommaInsideAFlowMappingGetsAHintAboutQuoting() {
        ReadResult result = Read.yaml(Documents.MINIMAL.replace("  - id: m1\n    title: Foundations\n",
                "  - { id: m1, title: Foundations, part one }\n"));
        Diagnostic d = Read.single(result, DiagnosticCode.UNKNOWN_FIELD, "/modules/0/part one", 13, 35);
        assertThat(d.message()).contains("put text with commas in quotes");
    }

    @Test
    void anAssessmentWithAnUnknownKindGetsOnlyThatDiagnosticEvenAfterASkippedItem() {
        ReadResult result = Read.yaml(Documents.MINIMAL.replace("assessments:\n", """
                assessments:
                  - id: Bad Id
                    title: Skipped
                    kind: quiz
                    max-score: 1
                    pass-score: 1
                    measures: []
                """).replace("kind: quiz\n    max-score: 10", "kind: exam\n    max-score: 10"));
        assertThat(result.diagnostics()).extracting(d -> d.code() + " " + d.path())
                .containsExactly("invalid-value /assessments/0/id", "invalid-value /assessments/1/kind");
    }
}
