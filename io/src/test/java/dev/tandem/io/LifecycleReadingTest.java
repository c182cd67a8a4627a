package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.certification.Certification;
import dev.tandem.certification.TopicId;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Rollup;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import java.math.BigDecimal;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** FORMAT section 13 read from files: the forms of each part, and diagnostics with line and column. */
class LifecycleReadingTest {

    private static final String DOCUMENT = """
            tandem: 1
            id: demo
            version: 1.0.0
            title: Demo curriculum
            setting: community
            attainment: { method: decaying-average, weight: 0.5 }
            scales:
              - id: proficiency
                levels: [aware, proficient]
            competencies:
              - id: crisis
                title: Helps in a crisis
                rollup:
                  points: 3
                  children:
                    signs: { points: 2, required: true }
                    calm: { points: 1 }
              - id: signs
                title: Recognises warning signs
                parent: crisis
                attainment: { method: n-mastery, n: 2 }
              - id: calm
                title: De-escalates
                parent: crisis
                attainment: average
              - id: refer
                title: Refers
                parent: crisis
            modules:
              - id: m1
                title: Foundations
            assessments:
              - id: a1
                title: Quiz
                module: m1
                kind: quiz
                max-score: 10
                pass-score: 8
                measures:
                  - { competency: signs, level: proficient }
                  - { competency: calm, level: proficient }
                  - { competency: refer, level: proficient }
            certification:
              title: Certified
              modules: all
              competencies:
                - { competency: crisis, level: proficient }
              renewal:
                window: P90D
                continuing-education:
                  hours: 20
                  within: P2Y
                  topics: { ethics: 6 }
            """;

    /**
     * {@return the 1-based line of the first line containing {@code line}, and the column where {@code value}
     * starts on it}
     */
    private static int[] position(String document, String line, String value) {
        String[] lines = document.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(line)) {
                return new int[] {i + 1, lines[i].indexOf(value) + 1};
            }
        }
        throw new AssertionError("not in the document: " + line);
    }

    /** Asserts a single diagnostic with the code at the path, positioned at the value on the line. */
    private static Diagnostic single(String document, DiagnosticCode code, String path, String line, String value) {
        int[] pos = position(document, line, value);
        return Read.single(Read.yaml(document), code, path, pos[0], pos[1]);
    }

    @Test
    void everyPartIsRead() {
        ReadResult result = Read.yaml(DOCUMENT);
        assertThat(result.diagnostics()).isEmpty();
        Curriculum c = result.orElseThrow();
        assertThat(c.attainment()).isEqualTo(Attainment.decayingAverage(new BigDecimal("0.5")));
        assertThat(c.attainmentOf(CompetencyId.of("signs"))).isEqualTo(Attainment.nMastery(2));
        assertThat(c.attainmentOf(CompetencyId.of("calm"))).isEqualTo(Attainment.AVERAGE);
        assertThat(c.attainmentOf(CompetencyId.of("refer"))).isEqualTo(c.attainment());
        Rollup.Points points = (Rollup.Points) c.competency(CompetencyId.of("crisis")).orElseThrow().rollup();
        assertThat(points.points()).isEqualByComparingTo("3");
        assertThat(points.of(CompetencyId.of("signs"))).isEqualTo(new Rollup.ChildPoints(new BigDecimal("2"), true));
        assertThat(points.of(CompetencyId.of("refer"))).isEqualTo(Rollup.ChildPoints.DEFAULT);
        Certification cert = c.certification().orElseThrow();
        assertThat(cert.renewal().window()).isEqualTo(Period.ofDays(90));
        assertThat(cert.continuingEducation().hours()).isEqualTo(20);
        assertThat(cert.continuingEducation().within()).isEqualTo(Period.ofYears(2));
        assertThat(cert.continuingEducation().topics()).containsEntry(TopicId.of("ethics"), 6.0);
    }

    @Test
    void aBareDecayingAverageHasTheDefaultWeight() {
        Curriculum c = Read.yaml(DOCUMENT.replace("attainment: { method: decaying-average, weight: 0.5 }",
                "attainment: decaying-average")).orElseThrow();
        assertThat(c.attainment()).isEqualTo(Attainment.decayingAverage(new BigDecimal("0.65")));
    }

    @Test
    void theSameDocumentInJsonReadsTheSame() {
        Curriculum yaml = Read.yaml(DOCUMENT).orElseThrow();
        String json = CurriculumWriter.write(yaml, DocumentFormat.JSON);
        assertThat(Read.json(json).orElseThrow()).isEqualTo(yaml);
    }

    @Test
    void anUnknownMethodIsAnInvalidValueWithASuggestion() {
        String doc = DOCUMENT.replace("attainment: average", "attainment: avrage");
        Diagnostic d = single(doc, DiagnosticCode.INVALID_VALUE, "/competencies/2/attainment", "attainment: avrage",
                "avrage");
        assertThat(d.message()).contains("did you mean 'average'?");
    }

    @Test
    void aWeightOutsideZeroToOneIsAnInvalidValueAtTheWeight() {
        String doc = DOCUMENT.replace("weight: 0.5", "weight: 1.5");
        single(doc, DiagnosticCode.INVALID_VALUE, "/attainment/weight", "weight: 1.5", "1.5");
    }

    @Test
    void nMasteryWithoutNIsAMissingField() {
        String doc = DOCUMENT.replace("attainment: { method: n-mastery, n: 2 }", "attainment: n-mastery");
        assertThat(Read.withCode(Read.yaml(doc), DiagnosticCode.MISSING_FIELD)).singleElement()
                .satisfies(d -> assertThat(d.path().toString()).isEqualTo("/competencies/1/attainment/n"));
    }

    @Test
    void nThatIsNotAWholeNumberIsAnInvalidValue() {
        String doc = DOCUMENT.replace("n: 2 }", "n: 2.5 }");
        single(doc, DiagnosticCode.INVALID_VALUE, "/competencies/1/attainment/n", "n: 2.5", "2.5");
    }

    @Test
    void aWeightOnAnotherMethodIsAnUnknownField() {
        String doc = DOCUMENT.replace("attainment: average", "attainment: { method: average, weight: 0.5 }");
        single(doc, DiagnosticCode.UNKNOWN_FIELD, "/competencies/2/attainment/weight",
                "method: average, weight", "weight");
    }

    @Test
    void aChildThatIsNotAChildIsAnUnknownReferenceWithASuggestion() {
        String doc = DOCUMENT.replace("calm: { points: 1 }", "clam: { points: 1 }");
        Diagnostic d = single(doc, DiagnosticCode.UNKNOWN_REFERENCE, "/competencies/0/rollup/children/clam",
                "clam:", "{ points: 1 }");
        assertThat(d.message()).contains("did you mean 'calm'?");
    }

    @Test
    void aMisspelledRenewalFieldIsAnUnknownFieldWithASuggestion() {
        String doc = DOCUMENT.replace("window: P90D", "widow: P90D");
        Diagnostic d = single(doc, DiagnosticCode.UNKNOWN_FIELD, "/certification/renewal/widow", "widow",
                "widow");
        assertThat(d.message()).contains("window");
    }

    @Test
    void topicsAddingUpToMoreThanTheHoursAreAnInvalidValue() {
        String doc = DOCUMENT.replace("topics: { ethics: 6 }", "topics: { ethics: 16, law: 6 }");
        single(doc, DiagnosticCode.INVALID_VALUE, "/certification/renewal/continuing-education/topics",
                "topics:", "{ ethics");
    }

    @Test
    void continuingEducationWithoutWithinIsAMissingField() {
        String doc = DOCUMENT.replace("      within: P2Y\n", "");
        assertThat(Read.withCode(Read.yaml(doc), DiagnosticCode.MISSING_FIELD)).singleElement()
                .satisfies(d -> assertThat(d.path().toString())
                        .isEqualTo("/certification/renewal/continuing-education/within"));
    }

    @Test
    void pointsAboveWhatTheChildrenCountAreAnInvalidValue() {
        String doc = DOCUMENT.replace("points: 3\n", "points: 5\n");
        single(doc, DiagnosticCode.INVALID_VALUE, "/competencies/0/rollup/points", "points: 5", "5");
    }
}
