package dev.tandem.analytics;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.assessment.VignetteId;
import dev.tandem.certification.Certification;
import dev.tandem.certification.ModuleSelection;
import dev.tandem.competency.Attainment;
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
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.progress.Evaluator;
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data for reports. The curriculum: competencies {@code listen} and {@code triage} on the scale aware <
 * developing < proficient < advanced; modules {@code m1} and {@code m2} (requires m1); quiz {@code q1} of
 * m1 (out of 10, passes at 8, awards listen proficient, at most 2 failed attempts in a row); scenario
 * {@code s1} of m2 (passes at 2 of 3, awards triage proficient) with vignettes {@code v1} (ideation: expected
 * refer), {@code v2} (distress: consult), {@code v3} (no signal: continue); tiers continue < consult < refer <
 * emergency. Certification: all modules and listen proficient.
 */
final class Fixtures {

    static final Instant AS_OF = t("2026-06-01");

    private Fixtures() {
    }

    static Curriculum curriculum() {
        return curriculum(null);
    }

    /** {@return the curriculum; the quiz valid for that period when not null} */
    static Curriculum curriculum(Period quizValidFor) {
        return curriculum(quizValidFor, Attainment.BEST);
    }

    /** {@return the curriculum under an attainment method; the quiz valid for that period when not null} */
    static Curriculum curriculum(Period quizValidFor, Attainment attainment) {
        Assessment.Builder quiz = Assessment.builder("q1", "Listening quiz", AssessmentKind.QUIZ).module("m1")
                .scores(10, 8).maxAttempts(2).measures("listen", "proficient");
        if (quizValidFor != null) {
            quiz.validFor(quizValidFor);
        }
        return Curriculum.builder().id("peer").version("1.0.0").title("Peer support").setting(Setting.COMMUNITY)
                .scale(Scale.of("proficiency", "aware", "developing", "proficient", "advanced"))
                .attainment(attainment)
                .competency(Competency.builder("listen", "Listens").build())
                .competency(Competency.builder("triage", "Escalates").build())
                .module(TrainingModule.builder("m1", "Foundations").build())
                .module(TrainingModule.builder("m2", "Crisis").requires("m1").build())
                .assessment(quiz.build())
                .assessment(Assessment.builder("s1", "Triage", AssessmentKind.SCENARIO).module("m2").passScore(2)
                        .measures("triage", "proficient").vignette(vignette("v1", "ideation"))
                        .vignette(vignette("v2", "distress")).vignette(vignette("v3")).build())
                .escalation(policy())
                .certification(new Certification("Certified", ModuleSelection.allModules(),
                        List.of(new dev.tandem.certification.LevelRequirement(
                                dev.tandem.competency.CompetencyId.of("listen"), "proficient")), null))
                .build();
    }

    static Policy policy() {
        return new Policy(List.of(Tier.of("continue", "Continue"), Tier.of("consult", "Consult"),
                Tier.of("refer", "Refer"), Tier.of("emergency", "Emergency")), null,
                List.of(Signal.flag("distress"), Signal.flag("ideation")),
                List.of(Rule.of("distressed", Condition.flag("distress"), "consult", "Check in"),
                        Rule.of("ideation", Condition.flag("ideation"), "refer", "Warm hand-off")));
    }

    static Vignette vignette(String id, String... flags) {
        Observation.Builder o = Observation.builder();
        for (String f : flags) {
            o.flag(f, true);
        }
        return Vignette.of(id, "Situation " + id, o.build());
    }

    /** {@return the instant: an ISO-8601 instant, or a date meaning its start in UTC} */
    static Instant t(String when) {
        return when.length() == 10 ? LocalDate.parse(when).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(when);
    }

    static Records records() {
        return new Records();
    }

    /** {@return the report of the records at {@link #AS_OF} with the given K and no grouping} */
    static CohortReport report(Records records, int minCell) {
        return report(curriculum(), records, ReportOptions.at(AS_OF).withMinCell(minCell));
    }

    static CohortReport report(Curriculum curriculum, Records records, ReportOptions options) {
        return CohortReport.of(CohortEvidence.of(Evaluator.of(curriculum), records.list()), options);
    }

    /** Builder of a cohort's records, in input order. */
    static final class Records {
        private final List<EvidenceRecord> list = new ArrayList<>();

        Records quiz(String learner, double score, String at) {
            list.add(EvidenceRecord.Attempt.scored(LearnerId.of(learner), AssessmentId.of("q1"), score, t(at)));
            return this;
        }

        /** Adds a scenario attempt; responses as {@code v1=refer}. */
        Records scenario(String learner, String at, String... responses) {
            Map<VignetteId, TierId> map = new LinkedHashMap<>();
            for (String r : responses) {
                String[] kv = r.split("=");
                map.put(VignetteId.of(kv[0]), TierId.of(kv[1]));
            }
            list.add(new EvidenceRecord.Attempt(LearnerId.of(learner), AssessmentId.of("s1"), null, map, t(at), null));
            return this;
        }

        Records completion(String learner, String module, String at) {
            list.add(new EvidenceRecord.Completion(LearnerId.of(learner), ModuleId.of(module), t(at), null));
            return this;
        }

        Records practice(String learner, double hours, String at) {
            list.add(new EvidenceRecord.Practice(LearnerId.of(learner), hours, t(at), null));
            return this;
        }

        /** Adds a learner who passes both modules: quiz on day {@code start}, scenario (all right) later. */
        Records certified(String learner, String quizAt, String scenarioAt) {
            return quiz(learner, 9, quizAt).scenario(learner, scenarioAt, "v1=refer", "v2=consult", "v3=continue");
        }

        List<EvidenceRecord> list() {
            return List.copyOf(list);
        }
    }
}
