package dev.tandem.examples.spark;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.ReadResult;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.progress.ProgressFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The command line of the Spark cohort evaluation.
 *
 * <pre>
 * SparkCohortEvaluation [--evidence-format jsonl|csv|parquet] [--format json|csv] [--partitions N]
 *                       CURRICULUM EVIDENCE AS-OF OUTPUT-DIR [MASTER]
 * SparkCohortEvaluation --convert CURRICULUM EVIDENCE OUTPUT.parquet
 * </pre>
 *
 * <p>The first form evaluates the cohort and writes its progress into {@code OUTPUT-DIR} (Spark's part files;
 * concatenated in name order they are what {@code tandem evaluate --format json|csv} writes: for JSON its
 * learner objects, one per line). The evidence format comes from the extension unless given. The master is
 * {@code MASTER}, else the one {@code spark-submit} sets, else {@code local[*]}. The second form converts an
 * evidence file into a Parquet file of {@link ParquetEvidence#SCHEMA}, on this machine, without Spark.
 *
 * <p>Exit codes: 0 ran (bad records are skipped and reported, like {@code tandem evaluate --skip-invalid}),
 * 1 the curriculum has errors, 2 a usage mistake or a failed job (one line on standard error, no stack trace).
 */
public final class Main {

    /** The most problems printed; the count covers them all. */
    private static final int PRINTED_PROBLEMS = 20;
    private static final String USAGE = "usage: SparkCohortEvaluation [--evidence-format jsonl|csv|parquet] "
            + "[--format json|csv] [--partitions N] CURRICULUM EVIDENCE AS-OF OUTPUT-DIR [MASTER]\n"
            + "       SparkCohortEvaluation --convert CURRICULUM EVIDENCE OUTPUT.parquet";

    private Main() {
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /**
     * Runs the command.
     *
     * @param args the arguments
     * @param err  where the counts, problems and errors go
     * @return the exit code
     */
    static int run(String[] args, PrintStream err) {
        try {
            return run(Arguments.parse(args), err);
        } catch (Usage e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static int run(Arguments a, PrintStream err) throws Usage {
        Path curriculumFile = Path.of(a.positional.get(0));
        DocumentFormat format = DocumentFormat.fromFileName(curriculumFile.getFileName().toString())
                .orElseThrow(() -> new Usage(curriculumFile + ": not a .yaml, .yml or .json curriculum"));
        String curriculumText;
        try {
            curriculumText = Files.readString(curriculumFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Usage(curriculumFile + ": cannot read: " + e.getMessage());
        }
        ReadResult result = CurriculumReader.create().read(curriculumText, format);
        if (result.hasErrors()) {
            result.errors().forEach(d -> err.println(curriculumFile + ":" + d.line() + ":" + d.column() + ": "
                    + d.message()));
            return 1;
        }
        Curriculum curriculum = result.orElseThrow();
        return a.convert ? convert(a, curriculum, err) : evaluate(a, curriculumText, format, curriculum, err);
    }

    private static int convert(Arguments a, Curriculum curriculum, PrintStream err) throws Usage {
        Path evidence = Path.of(a.positional.get(1));
        Path parquet = Path.of(a.positional.get(2));
        long start = System.nanoTime();
        try {
            EvidenceSummary summary = ParquetEvidence.write(curriculum, evidence, parquet);
            summary.problems().stream().limit(PRINTED_PROBLEMS).forEach(p -> err.println(evidence + ": " + p));
            err.printf("%d records written to %s, %d skipped, in %d ms%n", summary.accepted(), parquet,
                    summary.rejected(), (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (IOException e) {
            throw new Usage("cannot convert " + evidence + " to " + parquet + ": " + e);
        } catch (IllegalArgumentException e) {
            throw new Usage(evidence + ": " + e.getMessage());
        }
    }

    private static int evaluate(Arguments a, String curriculumText, DocumentFormat format, Curriculum curriculum,
            PrintStream err) throws Usage {
        String evidence = a.positional.get(1);
        Instant asOf = instant(a.positional.get(2));
        String output = a.positional.get(3);
        EvidenceSource source = a.evidenceFormat != null ? a.evidenceFormat
                : EvidenceSource.fromFileName(evidence).orElseThrow(() -> new Usage(evidence
                        + ": cannot tell the format from the name; give --evidence-format jsonl, csv or parquet"));
        SparkConf conf = new SparkConf().setAppName("tandem-cohort-evaluation").set("spark.ui.enabled", "false");
        if (a.positional.size() == 5) {
            conf.setMaster(a.positional.get(4));
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        long start = System.nanoTime();
        try (JavaSparkContext context = new JavaSparkContext(conf)) {
            JavaPairRDD<String, EvidenceItem> items = source.read(context, evidence,
                    context.broadcast(curriculumText), format, context.defaultParallelism());
            int partitions = a.partitions > 0 ? a.partitions
                    : Math.max(items.getNumPartitions(), 2 * context.defaultParallelism());
            JavaRDD<GroupResult> groups = SparkCohortEvaluation.evaluate(context, items, curriculumText, format,
                    asOf, a.output, partitions).persist(SparkCohortEvaluation.PERSIST);
            SparkCohortEvaluation.progress(context, groups, a.output, curriculum, asOf).saveAsTextFile(output);
            long[] counts = SparkCohortEvaluation.counts(groups);
            List<LineProblem> problems = SparkCohortEvaluation.problems(groups);
            problems.stream().limit(PRINTED_PROBLEMS).forEach(err::println);
            long skipped = problems.stream().map(p -> p.source() + ":" + p.line()).distinct().count();
            err.printf("%d learners, %d certified, %d records skipped, in %d ms; progress in %s%n", counts[0],
                    counts[1], skipped, (System.nanoTime() - start) / 1_000_000, output);
            return 0;
        } catch (IllegalArgumentException e) {
            throw new Usage(e.getMessage());
        } catch (Exception e) { // Spark rethrows Hadoop's checked exceptions unchecked
            throw new Usage("the Spark job failed (missing evidence, an existing output directory?): " + e);
        }
    }

    private static Instant instant(String text) throws Usage {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new Usage("as-of: not an ISO-8601 instant with offset (2027-01-01T00:00:00Z) or a date: "
                        + text);
            }
        }
    }

    /** A usage mistake or a failure to report in one line; exit 2. */
    private static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message, null, false, false);
        }
    }

    /** The parsed command line. */
    private static final class Arguments {
        boolean convert;
        EvidenceSource evidenceFormat;
        ProgressFormat output = ProgressFormat.JSON;
        int partitions;
        final List<String> positional = new ArrayList<>();

        static Arguments parse(String[] args) throws Usage {
            Arguments a = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--convert" -> a.convert = true;
                    case "--evidence-format" -> a.evidenceFormat = EvidenceSource.fromId(value(args, ++i))
                            .orElseThrow(() -> new Usage("--evidence-format: jsonl, csv or parquet"));
                    case "--format" -> {
                        String name = value(args, ++i);
                        if (!name.equals("json") && !name.equals("csv")) {
                            throw new Usage("--format: json or csv");
                        }
                        a.output = ProgressFormat.fromId(name).orElseThrow();
                    }
                    case "--partitions" -> {
                        try {
                            a.partitions = Integer.parseInt(value(args, ++i));
                        } catch (NumberFormatException e) {
                            a.partitions = 0;
                        }
                        if (a.partitions < 1) {
                            throw new Usage("--partitions: a whole number, at least 1");
                        }
                    }
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new Usage("unknown option " + arg + "\n" + USAGE);
                        }
                        a.positional.add(arg);
                    }
                }
            }
            int n = a.positional.size();
            if (a.convert ? n != 3 || a.evidenceFormat != null || a.partitions != 0 : n < 4 || n > 5) {
                throw new Usage(USAGE);
            }
            return a;
        }

        private static String value(String[] args, int i) throws Usage {
            if (i >= args.length) {
                throw new Usage(args[i - 1] + " needs a value\n" + USAGE);
            }
            return args[i];
        }
    }
}
