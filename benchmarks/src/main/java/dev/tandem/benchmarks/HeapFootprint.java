package dev.tandem.benchmarks;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark 5: the heap that evaluating a cohort needs. For cohorts of growing size it reports the heap
 * retained by the grouped evidence (live after a full GC, while the cohort is held) and the peak heap
 * occupancy of the whole end-to-end run, so that growth with learners and records is visible. Run it with a
 * small {@code -Xmx} to show that the default heap is never needed:
 * {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.tandem.benchmarks.HeapFootprint}.
 */
public final class HeapFootprint {

    private static final int[][] SIZES = {{10_000, 10}, {50_000, 10}, {100_000, 10}, {100_000, 20}};
    private static final double MIB = 1024.0 * 1024.0;

    private HeapFootprint() {
    }

    /**
     * Measures the cohorts and prints a table.
     *
     * @param args optional {@code learners recordsPerLearner} pairs replacing the default sizes
     * @throws IOException when an evidence file cannot be read
     */
    public static void main(String[] args) throws IOException {
        int[][] sizes = SIZES;
        if (args.length >= 2) {
            sizes = new int[args.length / 2][];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = new int[] {Integer.parseInt(args[2 * i]), Integer.parseInt(args[2 * i + 1])};
            }
        }
        Curriculum curriculum = CohortFiles.communityCurriculum();
        Evaluator evaluator = Evaluator.of(curriculum);
        EvidenceReader reader = EvidenceReader.of(curriculum);
        System.out.printf(Locale.ROOT, "max heap %.0f MiB%n", Runtime.getRuntime().maxMemory() / MIB);
        System.out.printf(Locale.ROOT, "%10s %8s %10s %14s %14s %12s %10s%n", "learners", "per", "records",
                "retained MiB", "bytes/record", "peak MiB", "time ms");
        for (int[] size : sizes) {
            Path file = CohortFiles.jsonl(curriculum, size[0], size[1]);
            measure(reader, evaluator, curriculum, file, size[0], size[1]);
        }
    }

    private static void measure(EvidenceReader reader, Evaluator evaluator, Curriculum curriculum, Path file,
            int learners, int perLearner) throws IOException {
        long before = settledHeap();
        Cohort.Builder builder = evaluator.cohort();
        reader.read(file, builder::add);
        Cohort cohort = builder.build();
        long retained = settledHeap() - before;
        if (cohort.size() != learners) {
            throw new IllegalStateException("Expected " + learners + " learners, got " + cohort.size());
        }
        cohort = null;
        settledHeap();
        resetPeaks();
        long start = System.nanoTime();
        CohortEvaluationBenchmark.evaluate(reader, evaluator, curriculum, file, OutputStream.nullOutputStream(), 1);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long records = (long) learners * perLearner;
        System.out.printf(Locale.ROOT, "%10d %8d %10d %14.1f %14.0f %12.1f %10d%n", learners, perLearner, records,
                retained / MIB, (double) retained / records, peakHeap() / MIB, millis);
    }

    private static long settledHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        }
        return used;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
