package dev.tandem.analytics;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.assessment.VignetteId;
import dev.tandem.competency.CompetencyId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.TierId;
import dev.tandem.training.ModuleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A curriculum resolved to the indices a report counts by. Immutable; package-private. */
final class ReportShape {

    final Curriculum curriculum;
    final boolean certification;
    /** whether the certification has a renewal block (FORMAT 13.3): the report then counts renewals due. */
    final boolean renewal;
    final List<CompetencyId> competencies = new ArrayList<>();
    final List<List<String>> levels = new ArrayList<>();
    final List<ModuleId> modules = new ArrayList<>();
    final List<Assessment> assessments;
    final Map<AssessmentId, Integer> assessmentIndex = new HashMap<>();
    /** per assessment: its scenario index, or -1. */
    final int[] scenarioOf;
    /** per scenario index: the assessment index. */
    final int[] scenarioAssessment;
    /** per scenario index: the flat index of its first vignette. */
    final int[] vignetteOffset;
    /** per flat vignette: assessment index, vignette, expected tier rank. */
    final int[] vignetteAssessment;
    final List<VignetteId> vignettes = new ArrayList<>();
    final int[] expected;
    final List<TierId> tiers;
    private final Policy policy;
    private final Map<AssessmentId, Map<VignetteId, Integer>> vignetteIndex = new HashMap<>();

    private ReportShape(Curriculum c) {
        curriculum = c;
        certification = c.certification().isPresent();
        renewal = c.certification().map(cert -> cert.renewal() != null).orElse(false);
        c.competencies().forEach(k -> {
            competencies.add(k.id());
            levels.add(c.scaleOf(k.id()).levels());
        });
        c.modules().forEach(m -> modules.add(m.id()));
        assessments = c.assessments();
        policy = c.escalation().orElse(null);
        CompiledPolicy decider = policy == null ? null : policy.compile();
        tiers = policy == null ? List.of() : policy.tiers().stream().map(t -> t.id()).toList();
        scenarioOf = new int[assessments.size()];
        Arrays.fill(scenarioOf, -1);
        List<Integer> scenarioAssessments = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        List<Integer> vAssessment = new ArrayList<>();
        List<Integer> vExpected = new ArrayList<>();
        for (int a = 0; a < assessments.size(); a++) {
            Assessment x = assessments.get(a);
            assessmentIndex.put(x.id(), a);
            if (x.kind() != AssessmentKind.SCENARIO || policy == null) {
                continue;
            }
            scenarioOf[a] = scenarioAssessments.size();
            scenarioAssessments.add(a);
            offsets.add(vignettes.size());
            Map<VignetteId, Integer> ix = new HashMap<>();
            for (int v = 0; v < x.vignettes().size(); v++) {
                Vignette vignette = x.vignettes().get(v);
                ix.put(vignette.id(), v);
                vignettes.add(vignette.id());
                vAssessment.add(a);
                vExpected.add(policy.rank(decider.decide(vignette.signals()).tier()));
            }
            vignetteIndex.put(x.id(), ix);
        }
        scenarioAssessment = scenarioAssessments.stream().mapToInt(Integer::intValue).toArray();
        vignetteOffset = offsets.stream().mapToInt(Integer::intValue).toArray();
        vignetteAssessment = vAssessment.stream().mapToInt(Integer::intValue).toArray();
        expected = vExpected.stream().mapToInt(Integer::intValue).toArray();
    }

    static ReportShape of(Curriculum curriculum) {
        return new ReportShape(curriculum);
    }

    /** {@return the scenario index of an assessment, or -1 when it is not a graded scenario} */
    int scenarioIndex(AssessmentId id) {
        Integer a = assessmentIndex.get(id);
        return a == null ? -1 : scenarioOf[a];
    }

    int vignetteCount(int scenario) {
        return assessments.get(scenarioAssessment[scenario]).vignettes().size();
    }

    /** {@return the tier rank given per vignette of the scenario, -1 where no (known) response} */
    short[] ranks(int scenario, Map<VignetteId, TierId> responses) {
        Assessment x = assessments.get(scenarioAssessment[scenario]);
        Map<VignetteId, Integer> ix = vignetteIndex.get(x.id());
        short[] ranks = new short[x.vignettes().size()];
        Arrays.fill(ranks, (short) -1);
        responses.forEach((v, tier) -> {
            Integer k = ix.get(v);
            if (k != null) {
                ranks[k] = (short) policy.rank(tier);
            }
        });
        return ranks;
    }
}
