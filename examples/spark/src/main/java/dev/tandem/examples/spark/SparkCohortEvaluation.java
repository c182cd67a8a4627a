package dev.tandem.examples.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.tandem.io.progress.ProgressWriter;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * A Spark job that evaluates a cohort: every evidence line (JSON Lines, FORMAT 6.1) is keyed by its
 * {@code learner}, the lines are grouped with {@code groupByKey}, and each group is checked with
 * {@link EvidenceReader} and evaluated with {@link Evaluator#evaluate(LearnerId, List, Instant)}.
 *
 * <p>Tandem's values are not {@link java.io.Serializable}, so nothing of Tandem travels between Spark's
 * processes: the curriculum goes to the workers as its document text (a broadcast {@code String}) and each
 * partition reads it once and builds its own {@link Evaluator} and {@link EvidenceReader}. Each line carries
 * its position in the file, so a group is read in file order (which breaks ties in time, FORMAT 6.2) and a
 * bad record is reported with its line in the whole file. A learner's progress depends only on the
 * curriculum, that learner's records and the instant, so the result does not depend on the partitioning.
 *
 * <p>Run as a program, it writes one JSON line per learner (the learner object of FORMAT section 9), in
 * ascending learner order, with Spark's {@code saveAsTextFile}, and prints the counts (learners, certified
 * learners, skipped records) and the first problems on standard error. Bad records are skipped and counted,
 * like {@code tandem evaluate --skip-invalid}.
 */
public final class SparkCohortEvaluation {

    /** The most problems the program prints; the count covers them all. */
    private static final int PRINTED_PROBLEMS = 20;

    private SparkCohortEvaluation() {
    }

    /**
     * Builds the evaluation of a cohort: one {@link GroupResult} per group of lines with the same learner
     * (lines whose learner cannot be read form one more group, whose records are all reported as problems).
     * Nothing runs until an action is called on the result; cache it when more than one action follows.
     *
     * @param context        the Spark context
     * @param lines          the evidence, one JSON Lines record per element, in file order
     * @param curriculumText the curriculum document
     * @param format         the curriculum document's format
     * @param asOf           the evaluation instant, the same for every learner
     * @return the groups' results
     * @throws dev.tandem.diagnostic.CurriculumException when the curriculum has errors (checked here, on the
     *                                                   driver, before any task runs)
     */
    public static JavaRDD<GroupResult> evaluate(JavaSparkContext context, JavaRDD<String> lines,
            String curriculumText, DocumentFormat format, Instant asOf) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(asOf, "asOf");
        CurriculumReader.create().read(Objects.requireNonNull(curriculumText, "curriculumText"), format)
                .orElseThrow();
        Broadcast<String> curriculum = context.broadcast(curriculumText);
        JavaPairRDD<String, Iterable<Tuple2<Long, String>>> byLearner = lines.zipWithIndex()
                .mapToPair(line -> new Tuple2<>(learnerOf(line._1()), new Tuple2<>(line._2(), line._1())))
                .groupByKey();
        return byLearner.mapPartitions(groups -> {
            Curriculum c = CurriculumReader.create().read(curriculum.value(), format).orElseThrow();
            PartitionEvaluator evaluator = new PartitionEvaluator(c, asOf);
            return new Iterator<GroupResult>() {
                @Override
                public boolean hasNext() {
                    return groups.hasNext();
                }

                @Override
                public GroupResult next() {
                    return evaluator.evaluate(groups.next()._2());
                }
            };
        });
    }

    /**
     * {@return the learners' results of an evaluation, in ascending learner order}
     *
     * @param groups the result of {@link #evaluate}
     */
    public static JavaRDD<LearnerResult> learners(JavaRDD<GroupResult> groups) {
        return groups.flatMap(group -> group.learners().iterator())
                .sortBy(LearnerResult::learner, true, groups.getNumPartitions());
    }

    /**
     * {@return the problems of an evaluation's bad records, in line order (collected on the driver)}
     *
     * @param groups the result of {@link #evaluate}
     */
    public static List<LineProblem> problems(JavaRDD<GroupResult> groups) {
        List<LineProblem> problems = new ArrayList<>(groups.flatMap(group -> group.problems().iterator())
                .collect());
        problems.sort(Comparator.comparingLong(LineProblem::line));
        return problems;
    }

    /**
     * {@return the learner a JSON Lines record names, or the empty string when the line has no string
     * {@code learner} field at its top level (the reader then reports what is wrong)}
     *
     * @param line one line of JSON Lines evidence
     */
    static String learnerOf(String line) {
        try (JsonParser parser = Json.FACTORY.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("learner".equals(name)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : "";
                }
                parser.skipChildren();
            }
            return "";
        } catch (IOException e) {
            return ""; // malformed JSON: the reader reports it
        }
    }

    /**
     * Runs the evaluation.
     *
     * <p>Arguments: {@code CURRICULUM EVIDENCE.jsonl AS-OF OUTPUT-DIR [MASTER]}; the master defaults to
     * {@code local[*]}. Exit code 0 when the evaluation ran, 1 when the curriculum has errors, 2 on a usage
     * mistake or when the job fails (a missing evidence file, an existing output directory).
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    private static int run(String[] args, PrintStream err) {
        if (args.length < 4 || args.length > 5) {
            err.println("usage: SparkCohortEvaluation CURRICULUM EVIDENCE.jsonl AS-OF OUTPUT-DIR [MASTER]");
            return 2;
        }
        Path curriculumFile = Path.of(args[0]);
        DocumentFormat format = DocumentFormat.fromFileName(curriculumFile.getFileName().toString()).orElse(null);
        if (format == null) {
            err.println(args[0] + ": not a .yaml, .yml or .json curriculum");
            return 2;
        }
        Instant asOf;
        try {
            asOf = Instant.parse(args[2]);
        } catch (DateTimeParseException e) {
            err.println("as-of: not an instant such as 2027-01-01T00:00:00Z: " + args[2]);
            return 2;
        }
        String curriculumText;
        try {
            curriculumText = Files.readString(curriculumFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(args[0] + ": cannot read: " + e.getMessage());
            return 2;
        }
        var result = CurriculumReader.create().read(curriculumText, format);
        if (result.hasErrors()) {
            result.errors().forEach(d -> err.println(args[0] + ":" + d.line() + ":" + d.column() + ": "
                    + d.message()));
            return 1;
        }
        SparkConf conf = new SparkConf()
                .setAppName("tandem-cohort-evaluation")
                .setMaster(args.length == 5 ? args[4] : "local[*]")
                .set("spark.ui.enabled", "false");
        long start = System.nanoTime();
        try (JavaSparkContext context = new JavaSparkContext(conf)) {
            JavaRDD<GroupResult> groups = evaluate(context, context.textFile(args[1]), curriculumText, format, asOf)
                    .cache();
            JavaRDD<LearnerResult> learners = learners(groups).cache();
            learners.map(LearnerResult::json).saveAsTextFile(args[3]);
            long total = learners.count();
            long certified = learners.filter(LearnerResult::certified).count();
            List<LineProblem> problems = problems(groups);
            problems.stream().limit(PRINTED_PROBLEMS).forEach(p -> err.println(args[1] + ": " + p));
            long skipped = problems.stream().mapToLong(LineProblem::line).distinct().count();
            err.printf("%d learners, %d certified, %d records skipped, in %d ms; progress in %s%n", total,
                    certified, skipped, (System.nanoTime() - start) / 1_000_000, args[3]);
        } catch (Exception e) { // Spark rethrows Hadoop's checked exceptions unchecked
            err.println("the Spark job failed (missing evidence, an existing output directory?): " + e);
            return 2;
        }
        return 0;
    }

    /** The Jackson objects of a JVM, never serialized into a closure. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** One partition's curriculum, reader and evaluator, evaluating group after group. */
    private static final class PartitionEvaluator {

        private final Curriculum curriculum;
        private final Instant asOf;
        private final EvidenceReader reader;
        private final Evaluator evaluator;

        PartitionEvaluator(Curriculum curriculum, Instant asOf) {
            this.curriculum = curriculum;
            this.asOf = asOf;
            this.reader = EvidenceReader.of(curriculum);
            this.evaluator = Evaluator.of(curriculum);
        }

        /** Reads a group's lines in file order, then evaluates each learner with good records. */
        GroupResult evaluate(Iterable<Tuple2<Long, String>> group) {
            List<Tuple2<Long, String>> lines = new ArrayList<>();
            group.forEach(lines::add);
            lines.sort(Comparator.comparingLong(Tuple2::_1));
            StringBuilder text = new StringBuilder();
            for (Tuple2<Long, String> line : lines) {
                text.append(line._2()).append('\n');
            }
            Map<LearnerId, List<EvidenceRecord>> records = new TreeMap<>();
            EvidenceSummary summary = reader.read(text.toString(), EvidenceFormat.JSON_LINES,
                    r -> records.computeIfAbsent(r.learner(), k -> new ArrayList<>()).add(r));
            List<LineProblem> problems = new ArrayList<>();
            for (EvidenceProblem p : summary.problems()) {
                long line = p.line() <= lines.size() ? lines.get((int) p.line() - 1)._1() + 1 : p.line();
                problems.add(new LineProblem(line, p.field(), p.message()));
            }
            List<LearnerResult> learners = new ArrayList<>();
            records.forEach((learner, own) -> {
                LearnerProgress progress = evaluator.evaluate(learner, own, asOf);
                boolean certified = progress.certification().map(CertificationResult::certified)
                        .orElse(false);
                learners.add(new LearnerResult(learner.value(), toJson(progress), certified));
            });
            return new GroupResult(learners, problems);
        }

        /** The learner object exactly as {@link ProgressWriter} writes it, on one line. */
        private String toJson(LearnerProgress progress) {
            StringWriter out = new StringWriter();
            try (ProgressWriter writer = ProgressWriter.open(ProgressFormat.JSON, out, curriculum, asOf)) {
                writer.write(progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter does not fail
            }
            try {
                return Json.MAPPER.writeValueAsString(Json.MAPPER.readTree(out.toString()).get("learners").get(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
