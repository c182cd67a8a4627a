package dev.tandem.benchmarks;

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
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Policy;
import dev.tandem.training.Delivery;
import dev.tandem.training.TrainingModule;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Large curricula of a chosen size, shaped like real ones, for the read and validate benchmark.
 *
 * <p>Competencies come in groups of ten: a parent and nine children (the last group may be smaller), every third
 * child requiring the previous one. Ten groups share a domain. Each group has a module (with a prerequisite
 * chain inside its domain) targeting the children and an observed assessment measuring them; every fifth module
 * also has a banded quiz. The certification requires every module, every parent at {@code proficient} and
 * 40 hours of practice; the escalation policy has 12 signals and is graded by an eight-vignette scenario test.
 * Deterministic: the same size always gives the same curriculum.
 */
public final class SyntheticCurricula {

    private static final int GROUP = 10;
    private static final int GROUPS_PER_DOMAIN = 10;

    private SyntheticCurricula() {
    }

    /** {@return a valid curriculum with {@code n} competencies (at least 2)} @param n the number of competencies */
    public static Curriculum withCompetencies(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("Invalid number of competencies (must be at least 2): " + n);
        }
        Curriculum.Builder b = Curriculum.builder().id("synthetic-" + n).version("1.0.0")
                .title("Synthetic curriculum with " + n + " competencies").setting(Setting.COMMUNITY)
                .description("Generated for benchmarks.")
                .scale(Scale.of("proficiency", "aware", "developing", "proficient", "advanced"));
        int groups = (n + GROUP - 1) / GROUP;
        int domains = (groups + GROUPS_PER_DOMAIN - 1) / GROUPS_PER_DOMAIN;
        for (int d = 0; d < domains; d++) {
            b.domain(Domain.of(domainId(d), "Domain " + d));
        }
        List<LevelRequirement> required = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            String domain = domainId(g / GROUPS_PER_DOMAIN);
            String parent = competencyId(g * GROUP);
            b.competency(Competency.builder(parent, "Competency group " + g).domain(domain)
                    .description("The skills of group " + g + ".").build());
            required.add(new LevelRequirement(CompetencyId.of(parent), "proficient"));
            TrainingModule.Builder module = TrainingModule.builder(moduleId(g), "Module " + g).hours(6)
                    .delivery(Delivery.IN_PERSON);
            if (g % GROUPS_PER_DOMAIN != 0) {
                module.requires(moduleId(g - 1));
            }
            Assessment.Builder observation = Assessment.builder("obs-" + g, "Observed practice " + g,
                    AssessmentKind.OBSERVATION).module(moduleId(g)).scores(10, 7).validFor(Period.ofYears(2));
            Assessment.Builder quiz = Assessment.builder("quiz-" + g, "Knowledge quiz " + g, AssessmentKind.QUIZ)
                    .module(moduleId(g)).scores(20, 14).maxAttempts(3).band(0.5, "developing").band(0.7, "proficient")
                    .band(0.9, "advanced");
            int children = Math.min(GROUP, n - g * GROUP);
            for (int c = 1; c < children; c++) {
                String id = competencyId(g * GROUP + c);
                Competency.Builder child = Competency.builder(id, "Skill " + c + " of group " + g).domain(domain)
                        .parent(parent).indicator("Shows skill " + c + " in role-play")
                        .indicator("Explains when skill " + c + " applies");
                if (c % 3 == 0) {
                    child.relation(RelationType.REQUIRES, competencyId(g * GROUP + c - 1));
                }
                b.competency(child.build());
                module.targets(id, "proficient");
                observation.measures(id, "proficient");
                quiz.measures(id);
            }
            if (children == 1) {
                observation.measures(parent, "proficient");
                quiz.measures(parent);
            }
            b.module(module.build());
            b.assessment(observation.build());
            if (g % 5 == 0) {
                b.assessment(quiz.build());
            }
        }
        Policy policy = SyntheticPolicies.withSignals(12);
        Assessment.Builder scenario = Assessment.builder("triage", "Escalation scenarios", AssessmentKind.SCENARIO)
                .module(moduleId(0)).passScore(6).measures(competencyId(n > 1 ? 1 : 0), "advanced");
        Observation[] observations = SyntheticPolicies.observations(policy, 8, 7);
        for (int v = 0; v < observations.length; v++) {
            scenario.vignette(Vignette.of("v" + (v + 1), "Situation " + (v + 1), observations[v]));
        }
        b.assessment(scenario.build());
        b.escalation(policy);
        b.certification(new Certification("Certified", ModuleSelection.allModules(), required,
                new PracticeRequirement(40, Period.ofYears(2))));
        return b.build();
    }

    private static String domainId(int d) {
        return String.format(Locale.ROOT, "d%03d", d);
    }

    private static String competencyId(int i) {
        return String.format(Locale.ROOT, "c%05d", i);
    }

    private static String moduleId(int g) {
        return String.format(Locale.ROOT, "m%04d", g);
    }
}
