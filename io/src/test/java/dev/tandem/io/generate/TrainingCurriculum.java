package dev.tandem.io.generate;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.certification.Certification;
import dev.tandem.certification.LevelRequirement;
import dev.tandem.certification.ModuleSelection;
import dev.tandem.certification.PracticeRequirement;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Scale;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.curriculum.Setting;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.Tier;
import dev.tandem.training.TrainingModule;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-data builder of a small peer-support curriculum: a quiz with limited attempts, an observed role-play,
 * a scenario test graded against a four-tier policy, a module without assessments, a sign-off outside any
 * module and a certification with a practice requirement. Each part can be left out.
 */
final class TrainingCurriculum {

    private boolean certification = true;
    private double practiceHours = 40;
    private boolean scenario = true;
    private int quizMaxAttempts = 2;
    private double quizMax = 100;
    private double quizPass = 75;

    static TrainingCurriculum aCurriculum() {
        return new TrainingCurriculum();
    }

    TrainingCurriculum withoutCertification() {
        certification = false;
        return this;
    }

    TrainingCurriculum withPracticeHours(double hours) {
        practiceHours = hours;
        return this;
    }

    TrainingCurriculum withoutScenario() {
        scenario = false;
        return this;
    }

    TrainingCurriculum withQuizMaxAttempts(int attempts) {
        quizMaxAttempts = attempts;
        return this;
    }

    TrainingCurriculum withQuizScores(double max, double pass) {
        quizMax = max;
        quizPass = pass;
        return this;
    }

    Curriculum build() {
        Curriculum.Builder b = Curriculum.builder().id("peer-support").version("1.0.0").title("Peer support")
                .setting(Setting.COMMUNITY)
                .scale(Scale.of("proficiency", "aware", "developing", "proficient", "advanced"))
                .competency(Competency.builder("listening", "Listens actively").build())
                .competency(Competency.builder("boundaries", "Keeps boundaries").build())
                .competency(Competency.builder("escalation", "Escalates when needed").build())
                .competency(Competency.builder("self-care", "Looks after self").build())
                .module(TrainingModule.builder("m1-foundations", "Foundations").build())
                .module(TrainingModule.builder("m2-listening", "Listening").requires("m1-foundations").build())
                .module(TrainingModule.builder("m3-crisis", "Crisis").requires("m2-listening").build())
                .module(TrainingModule.builder("m4-self-care", "Self-care").requires("m1-foundations").build())
                .assessment(Assessment.builder("a1-quiz", "Knowledge quiz", AssessmentKind.QUIZ)
                        .module("m1-foundations").scores(quizMax, quizPass).maxAttempts(quizMaxAttempts)
                        .validFor(Period.ofYears(2)).measures("boundaries").band(0.6, "developing")
                        .band(0.75, "proficient").build())
                .assessment(Assessment.builder("a2-roleplay", "Listening role-play", AssessmentKind.OBSERVATION)
                        .module("m2-listening").scores(10, 7).measures("listening", "proficient").build())
                .assessment(Assessment.builder("a4-signoff", "Supervisor sign-off", AssessmentKind.SIGN_OFF)
                        .scores(1, 1).measures("self-care", "proficient").build());
        if (scenario) {
            b.assessment(Assessment.builder("a3-triage", "Triage scenarios", AssessmentKind.SCENARIO)
                    .module("m3-crisis").passScore(3).measures("escalation", "proficient")
                    .vignette(Vignette.of("v1", "Tired and low", Observation.builder().scale("distress", 4).build()))
                    .vignette(Vignette.of("v2", "Very distressed",
                            Observation.builder().scale("distress", 8).build()))
                    .vignette(Vignette.of("v3", "Thinks about suicide",
                            Observation.builder().flag("ideation", true).build()))
                    .vignette(Vignette.of("v4", "Has a plan",
                            Observation.builder().flag("ideation", true).flag("plan", true).build()))
                    .build());
            b.escalation(policy());
        }
        if (certification) {
            List<LevelRequirement> levels = new ArrayList<>();
            levels.add(new LevelRequirement(CompetencyId.of("listening"), "proficient"));
            levels.add(new LevelRequirement(CompetencyId.of("self-care"), "proficient"));
            b.certification(new Certification("Certified peer supporter", ModuleSelection.allModules(), levels,
                    practiceHours > 0 ? new PracticeRequirement(practiceHours, Period.ofYears(2)) : null));
        }
        return b.build();
    }

    static Policy policy() {
        return new Policy(
                List.of(Tier.of("continue", "Continue"), Tier.of("consult", "Consult"), Tier.of("refer", "Refer"),
                        Tier.of("emergency", "Emergency")),
                null,
                List.of(Signal.scale("distress", 0, 10), Signal.flag("ideation"), Signal.flag("plan")),
                List.of(Rule.of("high-distress", Condition.atLeast("distress", 7), "consult", "Talk to a supervisor"),
                        Rule.of("ideation", Condition.flag("ideation"), "refer", "Hand over"),
                        Rule.of("plan", Condition.all(Condition.flag("ideation"), Condition.flag("plan")),
                                "emergency", "Call a crisis line")));
    }
}
