package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.Competency;
import dev.tandem.competency.Scale;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.curriculum.Setting;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.Tier;
import dev.tandem.escalation.TierId;
import dev.tandem.training.TrainingModule;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical writer: key order, defaults left out, number formatting, quoting. */
class CurriculumWriterTest {

    /** A small curriculum built in code; tests vary it through its builder. */
    private static Curriculum.Builder small() {
        return Curriculum.builder().id("demo").version("1.0.0").title("Demo: a curriculum").setting(Setting.SCHOOL)
                .language("en").attainment(Attainment.BEST)
                .scale(Scale.of("proficiency", "aware", "proficient"))
                .competency(Competency.builder("listening", "Listens actively").build())
                .module(TrainingModule.builder("m1", "Foundations").hours(4.0).build())
                .assessment(Assessment.builder("a1", "Quiz", AssessmentKind.QUIZ).module("m1").scores(10, 7.5)
                        .measures("listening", "proficient").build());
    }

    @Test
    void yamlIsBlockStyleInFormatOrderWithDefaultsLeftOut() {
        assertThat(CurriculumWriter.write(small().build(), DocumentFormat.YAML)).isEqualTo("""
                tandem: 1
                id: demo
                version: "1.0.0"
                title: "Demo: a curriculum"
                setting: school
                scales:
                  - id: proficiency
                    levels:
                      - aware
                      - proficient
                competencies:
                  - id: listening
                    title: Listens actively
                modules:
                  - id: m1
                    title: Foundations
                    hours: 4
                assessments:
                  - id: a1
                    title: Quiz
                    module: m1
                    kind: quiz
                    max-score: 10
                    pass-score: 7.5
                    measures:
                      - competency: listening
                        level: proficient
                """);
    }

    @Test
    void jsonIsIndentedByTwoSpacesAndEndsWithANewline() {
        String json = CurriculumWriter.write(small().build(), DocumentFormat.JSON);
        assertThat(json).startsWith("""
                {
                  "tandem": 1,
                  "id": "demo",
                  "version": "1.0.0",
                  "title": "Demo: a curriculum",
                  "setting": "school",
                  "scales": [
                    {
                      "id": "proficiency",
                      "levels": [
                        "aware",
                        "proficient"
                      ]
                    }
                  ],
                """).endsWith("}\n");
    }

    @Test
    void nonDefaultLanguageAndAttainmentAreWritten() {
        String yaml = CurriculumWriter.write(small().language("fr-CA").attainment(Attainment.LATEST).build(),
                DocumentFormat.YAML);
        assertThat(yaml).contains("setting: school\nlanguage: fr-CA\nattainment: latest\nscales:\n");
    }

    @Test
    void theDefaultTierIsLeftOutOnlyWhenItIsTheFirst() {
        Policy first = new Policy(List.of(Tier.of("continue", "Continue"), Tier.of("refer", "Refer")), null,
                List.of(Signal.flag("risk")), List.of(Rule.of("r", Condition.flag("risk"), "refer")));
        Policy second = new Policy(first.tiers(), TierId.of("refer"), first.signals(), first.rules());
        assertThat(CurriculumWriter.write(small().escalation(first).build(), DocumentFormat.YAML))
                .doesNotContain("default:");
        assertThat(CurriculumWriter.write(small().escalation(second).build(), DocumentFormat.YAML))
                .contains("  default: refer\n");
    }

    @Test
    void conditionsUseTheirShortForms() {
        Policy policy = new Policy(List.of(Tier.of("continue", "Continue")), null,
                List.of(Signal.flag("risk"), Signal.scale("distress", 0, 10)),
                List.of(Rule.of("r", Condition.count(1, Condition.flag("risk"), Condition.atLeast("distress", 7.25)),
                        "continue")));
        assertThat(CurriculumWriter.write(small().escalation(policy).build(), DocumentFormat.YAML)).contains("""
                      when:
                        count:
                          min: 1
                          of:
                            - risk
                            - at-least:
                                distress: 7.25
                      tier: continue
                      actions: []
                """);
    }

    @Test
    void numbersAreIntegersWhenIntegralAndPlainDecimalsOtherwise() {
        Curriculum c = small().module(TrainingModule.builder("m2", "Tiny").hours(0.00001).build())
                .module(TrainingModule.builder("m3", "Huge").hours(123456789012.0).build()).build();
        String json = CurriculumWriter.write(c, DocumentFormat.JSON);
        assertThat(json).contains("\"hours\": 0.00001").contains("\"hours\": 123456789012")
                .contains("\"pass-score\": 7.5");
    }

    @Test
    void stringsThatYamlWouldMisreadAreQuoted() {
        Curriculum c = small().title("yes").description("line one\nline two").build();
        String yaml = CurriculumWriter.write(c, DocumentFormat.YAML);
        assertThat(yaml).contains("title: \"yes\"\n").contains("description: \"line one\\nline two\"\n");
    }

    @Test
    void writingToAWriterGivesTheSameText() {
        StringWriter out = new StringWriter();
        CurriculumWriter.write(small().build(), DocumentFormat.JSON, out);
        assertThat(out).hasToString(CurriculumWriter.write(small().build(), DocumentFormat.JSON));
    }

    @Test
    void theCompleteExampleSurvivesBothNotations() {
        Curriculum full = Read.yaml(Documents.FULL).orElseThrow();
        for (DocumentFormat format : DocumentFormat.values()) {
            ReadResult back = CurriculumReader.create().read(CurriculumWriter.write(full, format), format);
            assertThat(back.curriculum()).isEqualTo(full);
        }
    }
}
