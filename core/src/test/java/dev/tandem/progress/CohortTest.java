package dev.tandem.progress;

import static dev.tandem.progress.Evidence.t;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.tandem.competency.Attainment;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Grouping a cohort's evidence by learner and evaluating it. */
class CohortTest {

    private static final Evaluator E = curriculum().competency("c").attainment(Attainment.LATEST)
            .module("m").assessment(quiz("q", "c", "proficient").module("m").build()).require("c", "proficient")
            .evaluator();

    private static List<EvidenceRecord> interleaved() {
        List<EvidenceRecord> records = new ArrayList<>();
        records.addAll(Evidence.of("L-3").attempt("q", 9, "2026-01-01").records());
        records.addAll(Evidence.of("L-1").attempt("q", 9, "2026-01-01").records());
        records.addAll(Evidence.of("L-3").attempt("q", 1, "2026-01-01").records());
        records.addAll(Evidence.of("L-2").attempt("q", 9, "2026-06-01").records());
        return records;
    }

    @Test
    void learnersComeInAscendingIdOrder() {
        Cohort cohort = E.cohort(interleaved());
        assertThat(cohort.evaluate(t("2026-02-01")).map(p -> p.learner().value())).containsExactly("L-1", "L-2",
                "L-3");
    }

    @Test
    void eachLearnersRecordsKeepTheirInputOrderForTies() {
        Cohort cohort = E.cohort(interleaved());
        LearnerProgress l3 = cohort.evaluate(LearnerId.of("L-3"), t("2026-02-01"));
        assertThat(l3.competencies().get(0).level()).isNull();
    }

    @Test
    void aCohortLearnerEvaluatesAsTheSingleLearnerEntryPointDoes() {
        Cohort cohort = E.cohort(interleaved());
        List<EvidenceRecord> l3 = interleaved().stream().filter(r -> r.learner().value().equals("L-3")).toList();
        assertThat(cohort.evaluate(LearnerId.of("L-3"), t("2026-02-01")))
                .isEqualTo(E.evaluate(LearnerId.of("L-3"), l3, t("2026-02-01")));
    }

    @Test
    void aLearnerWhoseRecordsAllLieAfterAsOfAppearsAsNotStarted() {
        LearnerProgress l2 = E.cohort(interleaved()).evaluate(LearnerId.of("L-2"), t("2026-02-01"));
        assertThat(l2.certification().orElseThrow().status()).isEqualTo(CertificationStatus.NOT_STARTED);
    }

    @Test
    void aLearnerNamedWithoutRecordsAppearsWithNoLevelsAndNotStarted() {
        Cohort cohort = E.cohort().addAll(interleaved()).include(LearnerId.of("L-0")).build();
        LearnerProgress first = cohort.evaluate(t("2026-02-01")).findFirst().orElseThrow();
        assertThat(first.learner().value()).isEqualTo("L-0");
        assertThat(first.competencies()).allSatisfy(c -> assertThat(c.level()).isNull());
        assertThat(first.certification().orElseThrow().status()).isEqualTo(CertificationStatus.NOT_STARTED);
    }

    @Test
    void theCohortCountsItsLearnersAndRecords() {
        Cohort cohort = E.cohort(interleaved());
        assertThat(cohort.size()).isEqualTo(3);
        assertThat(cohort.recordCount()).isEqualTo(4);
        assertThat(cohort.learners()).extracting(LearnerId::value).containsExactly("L-1", "L-2", "L-3");
    }

    @Test
    void evaluatingALearnerOutsideTheCohortIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> E.cohort(interleaved()).evaluate(LearnerId.of("L-9"),
                Instant.EPOCH));
    }

    @Test
    void aBuilderBuildsOnce() {
        Cohort.Builder builder = E.cohort();
        builder.build();
        assertThatIllegalStateException().isThrownBy(builder::build);
    }

    @Test
    void aRecordThatDoesNotFitTheCurriculumIsRejectedWhenAdded() {
        assertThatIllegalArgumentException().isThrownBy(() -> E.cohort().addAll(Evidence.of("L-1")
                .attempt("nope", 1, "2026-01-01").records()));
    }

    @Test
    void aLearnersFirstRecordIsTheirEarliestWhateverTheInputOrder() {
        Cohort cohort = E.cohort().addAll(Evidence.of("L-1").attempt("q", 9, "2026-03-01").attempt("q", 2, "2026-01-05")
                .attempt("q", 5, "2026-02-01").records()).include(LearnerId.of("L-2")).build();

        assertThat(cohort.firstRecord(LearnerId.of("L-1"))).contains(t("2026-01-05"));
        assertThat(cohort.firstRecord(LearnerId.of("L-2"))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> cohort.firstRecord(LearnerId.of("L-3")));
    }

    @Test
    void aLargeCohortEvaluatesEachLearnerAsTheirOwnRecordsAloneDo() {
        // 40,000 records: more than the grouping's chunk of 16,384, so records cross chunks on their way
        Evaluator evaluator = RandomEvidence.evaluator();
        List<EvidenceRecord> records = RandomEvidence.cohort(2_000, 20, 7L);
        Cohort cohort = evaluator.cohort(records);
        Instant asOf = RandomEvidence.BASE.plusSeconds(800L * 86_400);
        java.util.Map<LearnerId, List<EvidenceRecord>> byLearner = records.stream()
                .collect(Collectors.groupingBy(EvidenceRecord::learner));

        assertThat(cohort.size()).isEqualTo(2_000);
        assertThat(cohort.recordCount()).isEqualTo(40_000);
        for (LearnerId learner : List.of(LearnerId.of("L-00000"), LearnerId.of("L-00999"), LearnerId.of("L-01999"))) {
            assertThat(cohort.evaluate(learner, asOf)).isEqualTo(evaluator.evaluate(learner, byLearner.get(learner),
                    asOf));
        }
        assertThat(cohort.evaluate(asOf).toList()).isEqualTo(cohort.learners().stream()
                .map(l -> evaluator.evaluate(l, byLearner.get(l), asOf)).toList());
    }

    @Test
    void theCohortsStreamIteratedSplitOrParallelGivesEachLearnersEvaluationOnceInLearnerOrder() {
        Evaluator evaluator = RandomEvidence.evaluator();
        Cohort cohort = evaluator.cohort(RandomEvidence.cohort(37, 6, 7L));
        Instant asOf = RandomEvidence.BASE.plusSeconds(500L * 86_400);
        List<LearnerProgress> one = cohort.learners().stream().map(l -> cohort.evaluate(l, asOf)).toList();
        List<LearnerProgress> iterated = new ArrayList<>();
        cohort.evaluate(asOf).iterator().forEachRemaining(iterated::add);
        List<LearnerProgress> split = new ArrayList<>();
        Spliterator<LearnerProgress> rest = cohort.evaluate(asOf).spliterator();
        assertThat(rest.estimateSize()).isEqualTo(37);
        assertThat(rest.hasCharacteristics(Spliterator.ORDERED | Spliterator.SIZED)).isTrue();
        Spliterator<LearnerProgress> first = rest.trySplit();
        assertThat(first.tryAdvance(split::add)).isTrue();
        first.forEachRemaining(split::add);
        assertThat(first.tryAdvance(split::add)).isFalse();
        rest.forEachRemaining(split::add);
        assertThat(iterated).isEqualTo(one);
        assertThat(split).isEqualTo(one);
        assertThat(cohort.evaluate(asOf).parallel().toList()).isEqualTo(one);
    }

    @Test
    void theListsOfAProgressAreUnmodifiable() {
        LearnerProgress p = RandomEvidence.evaluator().evaluate(LearnerId.of("L-1"),
                RandomEvidence.records(LearnerId.of("L-1"), List.of(new RandomEvidence.Spec(0, 9, 0, 1),
                        new RandomEvidence.Spec(0, 2, 0, 2), new RandomEvidence.Spec(6, 4, 0, 3))),
                RandomEvidence.BASE.plusSeconds(86_400));
        List<List<?>> lists = new ArrayList<>(List.of(p.competencies(), p.modules(), p.attempts(), p.warnings(),
                p.certification().orElseThrow().missing()));
        p.competencies().forEach(c -> lists.add(c.awards()));
        p.modules().forEach(m -> lists.addAll(List.of(m.pendingAssessments(), m.unmetPrerequisites())));
        for (List<?> list : lists) {
            assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(list::clear);
        }
    }

    @Test
    void manyThreadsEvaluatingTheSameCohortGetTheSequentialResult() throws Exception {
        Evaluator evaluator = RandomEvidence.evaluator();
        Cohort cohort = evaluator.cohort(RandomEvidence.cohort(200, 12, 42L));
        Instant asOf = RandomEvidence.BASE.plusSeconds(800L * 86_400);
        List<LearnerProgress> sequential = cohort.evaluate(asOf).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<LearnerProgress>>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(i % 2 == 0 ? () -> cohort.evaluate(asOf).toList()
                        : () -> cohort.evaluate(asOf).parallel().collect(Collectors.toList()));
            }
            for (Future<List<LearnerProgress>> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
