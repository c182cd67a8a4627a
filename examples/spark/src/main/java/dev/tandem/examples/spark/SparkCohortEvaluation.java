package dev.tandem.examples.spark;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.progress.ProgressFormat;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * A Spark job that evaluates a cohort: the evidence ({@link EvidenceSource}: JSON Lines, CSV or Parquet) is read
 * as {@link EvidenceItem}s keyed by learner, sorted by learner with {@code sortByKey} (one shuffle; all of a
 * learner's items meet in one partition, the partitions in learner order), and each learner's items are checked
 * with Tandem's {@link EvidenceReader} and evaluated with {@link Evaluator#evaluate(LearnerId, List,
 * java.time.Instant)}. The progress is written per learner with Tandem's own progress writer, so the output,
 * concatenated in partition order, is byte for byte that of {@code tandem evaluate --format json|csv} (for JSON:
 * its learner objects, one per line).
 *
 * <p>Tandem's values are not {@link java.io.Serializable}, so nothing of Tandem travels between Spark's
 * processes: the curriculum goes to the workers as its document text (a broadcast {@code String}) and each
 * partition reads it once and builds its own {@link Evaluator} and {@link EvidenceReader}. Each item carries its
 * place in its file, so a learner's records are read in input order (which breaks ties in time, FORMAT 6.2) and
 * a bad record is reported with its line (or row) in its file. A learner's progress depends only on the
 * curriculum, that learner's records and the instant, so the result does not depend on the partitioning.
 *
 * <p>The command line is in {@link Main}.
 */
public final class SparkCohortEvaluation {

    private SparkCohortEvaluation() {
    }

    /**
     * Builds the evaluation of a cohort: {@link GroupResult}s of whole learners, in ascending learner order
     * (items without a readable learner, and problems found while reading, have the empty key, which comes
     * first; their records are all reported as problems). Nothing runs until an action is called on the result;
     * persist it when more than one action follows.
     *
     * @param context        the Spark context
     * @param evidence       the evidence, keyed by learner ({@link EvidenceSource#read})
     * @param curriculumText the curriculum document
     * @param format         the curriculum document's format
     * @param asOf           the evaluation instant, the same for every learner
     * @param output         the progress format of the learners' text: JSON or CSV
     * @param partitions     how many partitions to evaluate in
     * @return the groups' results, in learner order
     * @throws dev.tandem.diagnostic.CurriculumException when the curriculum has errors (checked here, on the
     *                                                   driver, before any task runs)
     */
    public static JavaRDD<GroupResult> evaluate(JavaSparkContext context, JavaPairRDD<String, EvidenceItem> evidence,
            String curriculumText, DocumentFormat format, java.time.Instant asOf, ProgressFormat output,
            int partitions) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(output, "output");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
        // the curriculum and the output format are checked here, on the driver, before any task runs
        new LearnerText(output, CurriculumReader.create().read(Objects.requireNonNull(curriculumText,
                "curriculumText"), format).orElseThrow(), asOf);
        Broadcast<String> curriculum = context.broadcast(curriculumText);
        return evidence.sortByKey(true, partitions).mapPartitions(items -> {
            Curriculum c = CurriculumReader.create().read(curriculum.value(), format).orElseThrow();
            return new Groups(items, new GroupEvaluator(c, asOf, output));
        });
    }

    /**
     * {@return the progress as {@code tandem evaluate} writes it: for JSON one learner object per element, for
     * CSV the header and then each learner's rows; in learner order, each element without its final line
     * break (as {@code saveAsTextFile} adds one)}
     *
     * @param context    the Spark context
     * @param groups     the result of {@link #evaluate}
     * @param output     the format {@code groups} was evaluated for: JSON or CSV
     * @param curriculum the curriculum (for the CSV header)
     * @param asOf       the evaluation instant
     */
    public static JavaRDD<String> progress(JavaSparkContext context, JavaRDD<GroupResult> groups,
            ProgressFormat output, Curriculum curriculum, java.time.Instant asOf) {
        JavaRDD<String> learners = groups.flatMap(group -> group.learners().stream().map(LearnerResult::text)
                .filter(text -> !text.isEmpty()).iterator());
        if (output != ProgressFormat.CSV) {
            return learners;
        }
        return context.parallelize(List.of(LearnerText.csvHeader(curriculum, asOf)), 1).union(learners);
    }

    /**
     * {@return how many learners an evaluation has, and how many of them are certified}
     *
     * @param groups the result of {@link #evaluate}
     */
    public static long[] counts(JavaRDD<GroupResult> groups) {
        return groups.map(g -> new long[] {g.learners().size(),
                g.learners().stream().filter(LearnerResult::certified).count()})
                .fold(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    }

    /**
     * {@return the problems of an evaluation's bad records, in file order (collected on the driver)}
     *
     * @param groups the result of {@link #evaluate}
     */
    public static List<LineProblem> problems(JavaRDD<GroupResult> groups) {
        List<LineProblem> problems = new ArrayList<>(groups.flatMap(group -> group.problems().iterator())
                .collect());
        problems.sort(LineProblem.ORDER);
        return problems;
    }

    /** The storage of an evaluation read by several actions: evaluating again would cost most. */
    static final StorageLevel PERSIST = StorageLevel.MEMORY_AND_DISK_SER();

    /**
     * How many items a group gathers at least (whole learners, the last one completed): one reader pass over
     * many learners' records costs less than one per learner.
     */
    private static final int BATCH = 4096;

    /**
     * A partition's items, sorted by learner, as group results: each group holds the items of whole learners,
     * about {@link #BATCH} of them, so its learners come out in ascending order.
     */
    private static final class Groups implements Iterator<GroupResult> {
        private final Iterator<Tuple2<String, EvidenceItem>> items;
        private final GroupEvaluator evaluator;
        private Tuple2<String, EvidenceItem> pending;

        Groups(Iterator<Tuple2<String, EvidenceItem>> items, GroupEvaluator evaluator) {
            this.items = items;
            this.evaluator = evaluator;
        }

        @Override
        public boolean hasNext() {
            return pending != null || items.hasNext();
        }

        @Override
        public GroupResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Tuple2<String, EvidenceItem> first = pending != null ? pending : items.next();
            pending = null;
            List<EvidenceItem> group = new ArrayList<>();
            group.add(first._2());
            String key = first._1();
            while (items.hasNext()) {
                Tuple2<String, EvidenceItem> item = items.next();
                if (!item._1().equals(key)) {
                    if (group.size() >= BATCH) {
                        pending = item;
                        break;
                    }
                    key = item._1();
                }
                group.add(item._2());
            }
            return evaluator.evaluate(group);
        }
    }

    /** One partition's reader, evaluator and writer, evaluating group after group. */
    private static final class GroupEvaluator {

        private final java.time.Instant asOf;
        private final EvidenceReader reader;
        private final Evaluator evaluator;
        private final LearnerText text;

        GroupEvaluator(Curriculum curriculum, java.time.Instant asOf, ProgressFormat output) {
            this.asOf = asOf;
            this.reader = EvidenceReader.of(curriculum);
            this.evaluator = Evaluator.of(curriculum);
            this.text = new LearnerText(output, curriculum, asOf);
        }

        /**
         * Reads a group's items in input order (so each learner's records are in input order), then evaluates
         * each learner with good records, in ascending order.
         */
        GroupResult evaluate(List<EvidenceItem> items) {
            items.sort(EvidenceItem.ORDER);
            Map<LearnerId, List<EvidenceRecord>> records = new TreeMap<>();
            List<LineProblem> problems = new ArrayList<>();
            int i = 0;
            while (i < items.size()) {
                EvidenceItem first = items.get(i);
                if (first.isProblem()) {
                    problems.add(first.problem());
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < items.size() && !items.get(end).isProblem()
                        && items.get(end).source().equals(first.source()) && items.get(end).csv() == first.csv()) {
                    end++;
                }
                read(items.subList(i, end), records, problems);
                i = end;
            }
            List<LearnerResult> learners = new ArrayList<>();
            records.forEach((learner, own) -> {
                LearnerProgress progress = evaluator.evaluate(learner, own, asOf);
                boolean certified = progress.certification().map(CertificationResult::certified).orElse(false);
                learners.add(new LearnerResult(learner.value(), text.of(progress), certified));
            });
            return new GroupResult(learners, problems);
        }

        /** Reads a run of record items of one source and layout as one text; problems get the items' places. */
        private void read(List<EvidenceItem> run, Map<LearnerId, List<EvidenceRecord>> records,
                List<LineProblem> problems) {
            boolean csv = run.get(0).csv();
            StringBuilder all = new StringBuilder();
            long[] starts = new long[run.size()];
            long line = 1;
            if (csv) {
                all.append(EvidenceItem.CSV_HEADER).append('\n');
                line++;
            }
            for (int k = 0; k < run.size(); k++) {
                String item = run.get(k).text();
                starts[k] = line;
                all.append(item).append('\n');
                line += 1 + item.chars().filter(c -> c == '\n').count();
            }
            EvidenceSummary summary = reader.read(all.toString(), csv ? EvidenceFormat.CSV : EvidenceFormat.JSON_LINES,
                    r -> records.computeIfAbsent(r.learner(), k -> new ArrayList<>()).add(r));
            for (EvidenceProblem p : summary.problems()) {
                int k = java.util.Arrays.binarySearch(starts, p.line());
                EvidenceItem item = run.get(Math.max(0, k >= 0 ? k : -k - 2));
                String unit = csv ? "row" : item.line() > 0 ? "line" : "record";
                long where = item.line() > 0 ? item.line() : item.position() + 1;
                problems.add(new LineProblem(item.source(), unit, where, p.field(), p.message()));
            }
        }
    }
}
