package dev.tandem.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.Decision;
import dev.tandem.escalation.Policy;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.ReadResult;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.observation.ObservationLine;
import dev.tandem.io.observation.ObservationReader;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The public readers, the evaluator and the compiled policy are shared by many threads at once and give what
 * one thread gives alone.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");

    /** Runs the task from many threads released at once; {@return every thread's result} */
    private static <T> List<T> fromManyThreads(Supplier<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return task.get();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneCurriculumReaderReadsForManyThreadsAsForOne() throws Exception {
        CurriculumReader reader = CurriculumReader.create();
        List<String> documents = new ArrayList<>();
        Mutator mutator = new Mutator(17);
        for (String programme : Examples.PROGRAMMES) {
            String text = Examples.text(Examples.curriculumFile(programme));
            documents.add(text);
            for (int i = 0; i < 10; i++) {
                documents.add(mutator.mutate(text, 3));
            }
        }
        Supplier<List<ReadResult>> readAll = () -> documents.stream()
                .map(d -> reader.read(d, DocumentFormat.YAML)).toList();
        List<ReadResult> sequential = readAll.get();
        assertThat(sequential).filteredOn(r -> r.curriculum() != null).hasSizeGreaterThanOrEqualTo(3);
        assertThat(fromManyThreads(readAll)).allSatisfy(r -> assertThat(r).isEqualTo(sequential));
    }

    @Test
    void oneEvidenceReaderReadsForManyThreadsAsForOne() throws Exception {
        Curriculum curriculum = Examples.curriculum("community");
        EvidenceReader reader = EvidenceReader.of(curriculum);
        String text = NothingLostTest.mutatedEvidenceWithIgnoredAttempts(3);
        record Read(List<EvidenceRecord> records, EvidenceSummary summary) {
        }
        Supplier<Read> read = () -> {
            List<Read> reads = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                List<EvidenceRecord> records = new ArrayList<>();
                reads.add(new Read(records, reader.read(text, EvidenceFormat.JSON_LINES, records::add)));
            }
            assertThat(reads).containsOnly(reads.get(0));
            return reads.get(0);
        };
        Read sequential = read.get();
        assertThat(sequential.summary().rejected()).isPositive();
        assertThat(fromManyThreads(read)).allSatisfy(r -> assertThat(r).isEqualTo(sequential));
    }

    @Test
    void oneEvaluatorEvaluatesTheSameCohortForManyThreadsAsForOne() throws Exception {
        Curriculum curriculum = Examples.curriculum("community");
        List<EvidenceRecord> records = new ArrayList<>();
        EvidenceReader.of(curriculum).read(Examples.text(Examples.evidenceFile("community")),
                EvidenceFormat.JSON_LINES, records::add);
        Evaluator evaluator = Evaluator.of(curriculum);
        Cohort cohort = evaluator.cohort(records);
        List<LearnerProgress> sequential = cohort.evaluate(AS_OF).toList();
        assertThat(sequential).hasSizeGreaterThan(1);
        assertThat(fromManyThreads(() -> evaluator.cohort(records).evaluate(AS_OF).toList()))
                .allSatisfy(r -> assertThat(r).isEqualTo(sequential));
        assertThat(fromManyThreads(() -> cohort.evaluate(AS_OF).parallel().toList()))
                .allSatisfy(r -> assertThat(r).isEqualTo(sequential));
    }

    @Test
    void oneCompiledPolicyDecidesForManyThreadsAsForOne() throws Exception {
        Policy policy = Examples.curriculum("community").escalation().orElseThrow();
        CompiledPolicy compiled = policy.compile();
        List<ObservationLine> lines = ObservationReader.create()
                .read(String.join("\n", Observations.lines(policy, 2_000, 23)));
        Supplier<List<Decision>> decideAll = () -> lines.stream().map(l -> compiled.decide(l.observation())).toList();
        List<Decision> sequential = decideAll.get();
        assertThat(sequential.stream().map(Decision::tier).distinct().count()).as("tiers decided").isEqualTo(4);
        assertThat(fromManyThreads(decideAll)).allSatisfy(r -> assertThat(r).isEqualTo(sequential));
    }
}
