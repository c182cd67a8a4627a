package dev.tandem.progress;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.certification.Certification;
import dev.tandem.certification.LevelRequirement;
import dev.tandem.certification.ModuleSelection;
import dev.tandem.certification.PracticeRequirement;
import dev.tandem.certification.Renewal;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.Rollup;
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
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test-data builder for curricula: one scale (aware, developing, proficient, advanced), and only the parts a
 * test names. Quizzes score out of 10 and pass at 8 unless told otherwise.
 */
final class TestCurricula {

    static final List<String> LEVELS = List.of("aware", "developing", "proficient", "advanced");

    /** The escalation policy used by scenario tests: continue < consult < refer < emergency. */
    static Policy policy() {
        return new Policy(List.of(Tier.of("continue", "Continue"), Tier.of("consult", "Consult"),
                Tier.of("refer", "Refer"), Tier.of("emergency", "Emergency")), null,
                List.of(Signal.flag("distress"), Signal.flag("ideation"), Signal.flag("intent")),
                List.of(Rule.of("distressed", Condition.flag("distress"), "consult", "Check in"),
                        Rule.of("ideation", Condition.flag("ideation"), "refer", "Warm hand-off"),
                        Rule.of("imminent", Condition.all(Condition.flag("ideation"), Condition.flag("intent")),
                                "emergency", "Call emergency services")));
    }

    private final Curriculum.Builder builder = Curriculum.builder().id("test").version("1.0.0").title("Test")
            .setting(Setting.COMMUNITY).scale(Scale.of("proficiency", LEVELS.toArray(new String[0])));
    private final List<LevelRequirement> required = new ArrayList<>();
    private final List<ModuleId> requiredModules = new ArrayList<>();
    private boolean certification;
    private boolean anyModule;
    private boolean allModules;
    private PracticeRequirement practice;
    private Renewal renewal;

    private TestCurricula() {
    }

    static TestCurricula curriculum() {
        return new TestCurricula();
    }

    TestCurricula competency(String id) {
        builder.competency(Competency.builder(id, "Competency " + id).build());
        return this;
    }

    TestCurricula competency(String id, String parent) {
        builder.competency(Competency.builder(id, "Competency " + id).parent(parent).build());
        return this;
    }

    /** Adds a competency with its own attainment method and roll-up rule (either may be null). */
    TestCurricula competency(String id, String parent, Attainment attainment, Rollup rollup) {
        Competency.Builder c = Competency.builder(id, "Competency " + id).attainment(attainment).rollup(rollup);
        if (parent != null) {
            c.parent(parent);
        }
        builder.competency(c.build());
        return this;
    }

    /** Adds a renewal block to the certification. */
    TestCurricula renewal(Renewal value) {
        certification = true;
        renewal = value;
        return this;
    }

    TestCurricula module(String id, String... requires) {
        anyModule = true;
        builder.module(TrainingModule.builder(id, "Module " + id).requires(requires).build());
        return this;
    }

    TestCurricula assessment(Assessment assessment) {
        builder.assessment(assessment);
        return this;
    }

    TestCurricula attainment(Attainment attainment) {
        builder.attainment(attainment);
        return this;
    }

    TestCurricula policy(Policy policy) {
        builder.escalation(policy);
        return this;
    }

    TestCurricula requireModules(String... modules) {
        certification = true;
        Arrays.stream(modules).map(ModuleId::of).forEach(requiredModules::add);
        return this;
    }

    TestCurricula requireAllModules() {
        certification = true;
        allModules = true;
        return this;
    }

    TestCurricula require(String competency, String level) {
        certification = true;
        required.add(new LevelRequirement(CompetencyId.of(competency), level));
        return this;
    }

    TestCurricula requirePractice(double hours, Period within) {
        certification = true;
        practice = new PracticeRequirement(hours, within);
        return this;
    }

    Curriculum build() {
        if (!anyModule) {
            module("m0");
        }
        if (certification) {
            builder.certification(new Certification("Certified", allModules ? ModuleSelection.allModules()
                    : ModuleSelection.of(requiredModules), required, practice, renewal));
        }
        return builder.build();
    }

    Evaluator evaluator() {
        return Evaluator.of(build());
    }

    /** {@return a quiz out of 10 passing at 8 that awards the level to the competency on a pass} */
    static Assessment.Builder quiz(String id, String competency, String level) {
        return Assessment.builder(id, "Quiz " + id, AssessmentKind.QUIZ).scores(10, 8).measures(competency, level);
    }

    /** {@return a scenario assessment measuring the competency, with the given vignettes} */
    static Assessment.Builder scenario(String id, String competency, String level, Vignette... vignettes) {
        Assessment.Builder b = Assessment.builder(id, "Scenario " + id, AssessmentKind.SCENARIO)
                .measures(competency, level);
        for (Vignette v : vignettes) {
            b.vignette(v);
        }
        return b;
    }

    /** {@return a vignette whose signals are the given flags, all set} */
    static Vignette vignette(String id, String... flags) {
        Observation.Builder o = Observation.builder();
        for (String f : flags) {
            o.flag(f, true);
        }
        return Vignette.of(id, "Situation " + id, o.build());
    }
}
