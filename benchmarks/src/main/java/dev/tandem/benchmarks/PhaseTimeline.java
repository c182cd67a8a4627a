package dev.tandem.benchmarks;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.progress.ProgressFormat;
import dev.tandem.io.progress.ProgressWriter;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Where the time of an {@code evaluate} goes while the JVM warms up: the steps of the command (reading the
 * curriculum, reading and grouping the evidence, building the cohort, evaluating and writing JSON to standard
 * output) timed one after the other, with a timeline inside the two long ones (the milliseconds at which each
 * further 100,000 records, and each tenth of the learners, were done). The first round is what a process pays; the
 * rounds after it run the same steps again in the same JVM, compiled, so the difference between the first
 * round and the last is the cost of the JVM's start: code first interpreted, then compiled while it runs.
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar dev.tandem.benchmarks.PhaseTimeline \
 *     examples/community/curriculum.yaml cohort.jsonl 2026-06-01T00:00:00Z 3 [THREADS] > /dev/null
 * }</pre>
 *
 * <p>The figures go to standard error, one line per step and round.
 */
public final class PhaseTimeline {

    private static final int TENTHS = 10;

    private PhaseTimeline() {
    }

    /**
     * Runs the rounds and prints their figures.
     *
     * @param args the curriculum, the evidence (JSON Lines), the evaluation instant and, optionally, the number
     *             of rounds (default 3) and the threads that read and evaluate, as {@code --threads} gives them
     *             (default 1)
     * @throws IOException when a file cannot be read or the output written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 5) {
            System.err.println("usage: PhaseTimeline CURRICULUM EVIDENCE.jsonl AS-OF [ROUNDS [THREADS]] > /dev/null");
            System.exit(2);
        }
        Path curriculumFile = Path.of(args[0]);
        Path evidence = Path.of(args[1]);
        Instant asOf = Instant.parse(args[2]);
        int rounds = args.length >= 4 ? Integer.parseInt(args[3]) : 3;
        int threads = args.length == 5 ? Integer.parseInt(args[4]) : 1;
        PrintStream err = System.err;
        err.printf(Locale.ROOT, "JVM up %d ms before main%n", ManagementFactory.getRuntimeMXBean().getUptime());
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16), false, StandardCharsets.UTF_8);
        for (int round = 1; round <= rounds; round++) {
            round(round, threads, curriculumFile, evidence, asOf, out, err);
        }
        out.flush();
    }

    private static void round(int round, int threads, Path curriculumFile, Path evidence, Instant asOf, PrintStream out,
            PrintStream err) throws IOException {
        long start = System.nanoTime();
        Curriculum curriculum = CurriculumReader.create().read(curriculumFile).curriculum();
        if (curriculum == null) {
            throw new IllegalArgumentException(curriculumFile + " has errors; run tandem validate on it");
        }
        long read = System.nanoTime();
        Cohort.Builder builder = Evaluator.of(curriculum).cohort();
        Timeline records = new Timeline(read);
        EvidenceSummary summary = EvidenceReader.of(curriculum).withThreads(threads).read(evidence, r -> {
            builder.add(r);
            records.tick();
        });
        long grouped = System.nanoTime();
        Cohort cohort = builder.build();
        long built = System.nanoTime();
        Timeline learners = new Timeline(built);
        learners.expect(cohort.size());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (ProgressWriter progress = ProgressWriter.open(ProgressFormat.JSON, writer, curriculum, asOf,
                summary)) {
            progress.writeAll(cohort, threads, p -> learners.tick());
        }
        writer.flush();
        long written = System.nanoTime();
        err.printf(Locale.ROOT, "round %d: curriculum %d ms, evidence %d ms (%d records), cohort %d ms, "
                        + "evaluate and write %d ms (%d learners), all %d ms%n", round, millis(start, read),
                millis(read, grouped), records.count, millis(grouped, built), millis(built, written),
                learners.count, millis(start, written));
        err.printf(Locale.ROOT, "  evidence, ms at every 100,000 records:    %s%n", records);
        err.printf(Locale.ROOT, "  writing, ms at each tenth of the learners: %s%n", learners);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The milliseconds at which every 100,000 items, or each tenth of a number given in advance, were done. */
    private static final class Timeline {
        private final long start;
        private final StringBuilder marks = new StringBuilder();
        private long count;
        private long step;

        Timeline(long start) {
            this.start = start;
        }

        void expect(long total) {
            step = Math.max(1, total / TENTHS);
        }

        void tick() {
            count++;
            if (step == 0 ? count % 100_000 == 0 : count % step == 0) {
                marks.append(' ').append((System.nanoTime() - start) / 1_000_000);
            }
        }

        @Override
        public String toString() {
            return marks.toString().trim();
        }
    }
}
