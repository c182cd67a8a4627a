package dev.tandem.io.evidence;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.competency.Competency;
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
import java.util.List;

/** Small curricula for evidence tests, built in code. */
final class TestCurricula {

    private TestCurricula() {
    }

    /**
     * A curriculum with a quiz {@code a1-quiz} (max 10, pass 8) in {@code m1-foundations}, a scenario
     * {@code a2-triage} (vignettes v1, v2) in {@code m2-crisis}, a module {@code m0-intro} without assessments,
     * and the tiers continue, consult, refer, emergency.
     */
    static Curriculum small() {
        return Curriculum.builder()
                .id("peer-basics").version("1.0.0").title("Peer basics").setting(Setting.COMMUNITY)
                .scale(Scale.of("proficiency", "aware", "developing", "proficient"))
                .competency(Competency.builder("listening", "Listens well").build())
                .competency(Competency.builder("escalation", "Escalates well").build())
                .module(TrainingModule.builder("m0-intro", "Introduction").build())
                .module(TrainingModule.builder("m1-foundations", "Foundations").build())
                .module(TrainingModule.builder("m2-crisis", "Crisis").requires("m1-foundations").build())
                .assessment(Assessment.builder("a1-quiz", "Listening quiz", AssessmentKind.QUIZ)
                        .module("m1-foundations").scores(10, 8).measures("listening", "developing").build())
                .assessment(Assessment.builder("a2-triage", "Triage", AssessmentKind.SCENARIO)
                        .module("m2-crisis").passScore(1).measures("escalation", "proficient")
                        .vignette(Vignette.of("v1", "Has a plan.", Observation.builder().flag("plan", true).build()))
                        .vignette(Vignette.of("v2", "Had a bad day.", Observation.empty()))
                        .build())
                .escalation(new Policy(List.of(Tier.of("continue", "Continue"), Tier.of("consult", "Consult"),
                        Tier.of("refer", "Refer"), Tier.of("emergency", "Emergency")), null,
                        List.of(Signal.flag("plan")), List.of(Rule.of("has-plan", Condition.flag("plan"), "refer"))))
                .build();
    }
}
