package dev.tandem.io.casepackage;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.certification.Certification;
import dev.tandem.certification.LevelRequirement;
import dev.tandem.certification.ModuleSelection;
import dev.tandem.certification.PracticeRequirement;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Domain;
import dev.tandem.competency.RelationType;
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
import java.util.List;

/** Test data: curricula for the interchange formats, built in code. */
public final class Curricula {

    private Curricula() {
    }

    /** {@return a builder with the header, one scale and one module filled in, and nothing else} */
    public static Curriculum.Builder minimal() {
        return Curriculum.builder().id("peer-support").version("2.1.0").title("Peer Support Training")
                .setting(Setting.COMMUNITY).scale(Scale.of("proficiency", "aware", "developing", "proficient",
                        "advanced"))
                .module(TrainingModule.builder("m1-foundations", "Foundations of peer support").build());
    }

    /**
     * {@return a curriculum with two domains, a parent competency, children, every relation type, a quiz, a
     * scenario with an escalation policy, and a certification}
     */
    public static Curriculum community() {
        return minimal()
                .description("Training for community peer specialists.")
                .domain(Domain.of("foundations", "Foundations of recovery"))
                .domain(Domain.of("crisis", "Crisis recognition and response"))
                .competency(Competency.builder("foundations.recovery", "Explains the recovery model")
                        .domain("foundations").description("Knows what recovery means to peers.").build())
                .competency(Competency.builder("crisis.core", "Responds to a crisis").domain("crisis").build())
                .competency(Competency.builder("crisis.warning-signs", "Recognises warning signs of suicide")
                        .parent("crisis.core").relation(RelationType.REQUIRES, "foundations.recovery").build())
                .competency(Competency.builder("crisis.escalation-judgement", "Knows when to hand over")
                        .parent("crisis.core").relation(RelationType.RELATED, "crisis.warning-signs").build())
                .competency(Competency.builder("ethics.boundaries", "Keeps professional boundaries")
                        .relation(RelationType.EQUIVALENT, "foundations.recovery").build())
                .module(TrainingModule.builder("m3-crisis", "Responding to a crisis").hours(6).build())
                .assessment(Assessment.builder("a-listen-quiz", "Listening quiz", AssessmentKind.QUIZ)
                        .module("m3-crisis").scores(10, 8).measures("crisis.warning-signs", "proficient")
                        .measures("foundations.recovery", "proficient").measures("ethics.boundaries", "proficient")
                        .build())
                .assessment(Assessment.builder("a-triage", "Triage scenarios", AssessmentKind.SCENARIO)
                        .module("m3-crisis").passScore(1).measures("crisis.escalation-judgement", "proficient")
                        .vignette(Vignette.of("v1", "A friend mentions pills at home.",
                                Observation.builder().flag("suicidal-ideation", true).build()))
                        .vignette(Vignette.of("v2", "A colleague is tired.", Observation.empty()))
                        .build())
                .escalation(new Policy(List.of(Tier.of("continue", "Continue peer support"),
                        Tier.of("refer", "Warm hand-off to a professional")), null,
                        List.of(Signal.flag("suicidal-ideation")),
                        List.of(Rule.of("risk", Condition.flag("suicidal-ideation"), "refer", "Stay with them"))))
                .certification(new Certification("Certified Peer Specialist", ModuleSelection.allModules(),
                        List.of(new LevelRequirement(CompetencyId.of("crisis.warning-signs"), "proficient"),
                                new LevelRequirement(CompetencyId.of("ethics.boundaries"), "proficient")),
                        new PracticeRequirement(40, Period.ofYears(2))))
                .build();
    }
}
