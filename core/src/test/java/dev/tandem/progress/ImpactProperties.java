package dev.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Attainment;
import dev.tandem.competency.Competency;
import dev.tandem.diff.Impact;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.training.TrainingModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cohort impact of a new version equals evaluating every learner twice by hand: once under each version
 * (here the old version lets evidence expire and counts the best attempt, the new one keeps evidence forever
 * and counts the latest attempt).
 */
class ImpactProperties {

    private static final Instant AS_OF = RandomEvidence.BASE.plusSeconds(RandomEvidence.MAX_OFFSET * 1800L);

    @Provide
    Arbitrary<List<List<RandomEvidence.Spec>>> cohorts() {
        return Arbitraries.oneOf(RandomEvidence.certifiable(), RandomEvidence.specs().list().ofMaxSize(8)).list()
                .ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 60)
    void theImpactCountsWhatEvaluatingEachLearnerUnderBothVersionsGives(
            @ForAll("cohorts") List<List<RandomEvidence.Spec>> cohort) {
        Evaluator older = RandomEvidence.evaluator(Attainment.BEST, true);
        Evaluator newer = RandomEvidence.evaluator(Attainment.LATEST, false);
        Map<LearnerId, List<EvidenceRecord>> records = new TreeMap<>();
        for (int i = 0; i < cohort.size(); i++) {
            LearnerId learner = LearnerId.of("L-" + i);
            List<EvidenceRecord> own = new ArrayList<>();
            cohort.get(i).forEach(s -> own.add(s.toRecord(learner)));
            if (!own.isEmpty()) {
                records.put(learner, own);
            }
        }
        List<EvidenceRecord> all = records.values().stream().flatMap(List::stream).toList();

        Impact impact = Impact.of(older.cohort(all), newer.cohort(all), AS_OF);

        Map<String, Integer> transitions = new TreeMap<>();
        Map<String, int[]> levels = new TreeMap<>();
        Map<String, Integer> modules = new TreeMap<>();
        List<String> affected = new ArrayList<>();
        older.curriculum().competencies().forEach(c -> levels.put(c.id().value(), new int[2]));
        older.curriculum().modules().forEach(m -> modules.put(m.id().value(), 0));
        records.forEach((learner, own) -> {
            LearnerProgress a = older.evaluate(learner, own, AS_OF);
            LearnerProgress b = newer.evaluate(learner, own, AS_OF);
            if (a.certification().status() != b.certification().status()) {
                transitions.merge(a.certification().status() + ">" + b.certification().status(), 1, Integer::sum);
                affected.add(learner.value());
            }
            for (Competency c : older.curriculum().competencies()) {
                int x = rank(a.competency(c.id()).orElseThrow().level());
                int y = rank(b.competency(c.id()).orElseThrow().level());
                int[] counts = levels.get(c.id().value());
                counts[0] += y > x ? 1 : 0;
                counts[1] += y < x ? 1 : 0;
            }
            for (TrainingModule m : older.curriculum().modules()) {
                boolean changed = a.module(m.id()).orElseThrow().status() != b.module(m.id()).orElseThrow().status();
                modules.merge(m.id().value(), changed ? 1 : 0, Integer::sum);
            }
        });

        assertThat(impact.learners()).isEqualTo(records.size());
        Map<String, Integer> reported = new TreeMap<>();
        impact.certification().forEach(t -> reported.put(t.from() + ">" + t.to(), t.count()));
        assertThat(reported).isEqualTo(transitions);
        impact.competencies().forEach((id, shift) -> {
            assertThat(shift.raised()).as(id.value()).isEqualTo(levels.get(id.value())[0]);
            assertThat(shift.lowered()).as(id.value()).isEqualTo(levels.get(id.value())[1]);
        });
        assertThat(impact.competencies()).hasSize(levels.size());
        Map<String, Integer> reportedModules = new TreeMap<>();
        impact.modules().forEach((id, n) -> reportedModules.put(id.value(), n));
        assertThat(reportedModules).isEqualTo(modules);
        assertThat(impact.affected()).extracting(x -> x.learner().value()).containsExactlyElementsOf(affected);
    }

    private static int rank(String level) {
        return level == null ? -1 : TestCurricula.LEVELS.indexOf(level);
    }
}
