package dev.tandem.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.generate.EvidenceGenerator;
import dev.tandem.io.generate.EvidenceWriter;
import dev.tandem.io.generate.GeneratorSettings;
import dev.tandem.io.progress.ProgressFormat;
import dev.tandem.io.progress.ProgressWriter;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Spark job in local mode on a generated cohort and compares it with the plain sequential run:
 * the whole evidence file read at once, each learner evaluated in turn, the JSON document of FORMAT
 * section 9 written by {@link ProgressWriter}.
 */
class SparkCohortEvaluationTest {

    private static final Path CURRICULUM = Path.of("../community/curriculum.yaml");
    /** Before the last generated records (so some are ignored) and before certifications lapse. */
    private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");
    private static final int LEARNERS = 2_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JavaSparkContext spark;
    private static String curriculumText;
    private static Curriculum curriculum;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() throws IOException {
        curriculumText = Files.readString(CURRICULUM, StandardCharsets.UTF_8);
        curriculum = CurriculumReader.create().read(curriculumText, DocumentFormat.YAML).orElseThrow();
        spark = new JavaSparkContext(new SparkConf()
                .setMaster("local[2]")
                .setAppName("tandem-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void aGeneratedCohortEvaluatesInSparkExactlyAsInOneSequentialRun() throws IOException {
        Path evidence = generate(LEARNERS, 25, 42L);

        JavaRDD<GroupResult> groups = SparkCohortEvaluation.evaluate(spark, spark.textFile(evidence.toString(), 4),
                curriculumText, DocumentFormat.YAML, AS_OF).cache();
        List<LearnerResult> learners = SparkCohortEvaluation.learners(groups).collect();
        List<LineProblem> problems = SparkCohortEvaluation.problems(groups);

        Sequential expected = sequential(evidence);
        assertThat(problems).isEmpty();
        assertThat(learners).hasSize(LEARNERS);
        assertThat(learners).extracting(LearnerResult::json).containsExactlyElementsOf(expected.learnerLines());
        assertThat(learners.stream().filter(LearnerResult::certified).count())
                .isEqualTo(expected.certified())
                .isBetween(1L, LEARNERS - 1L);
    }

    @Test
    void aBadLineIsReportedWithItsLineInTheFileAndTheOtherRecordsAreStillEvaluated() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(generate(20, 5, 7L)));
        lines.add(37, "{\"learner\": \"L-000003\", \"kind\": \"attempt\", \"assessment\": \"no-such-assessment\", \"score\": 1, \"at\": \"2025-03-01T10:00:00Z\"}");
        lines.add(12, "{not json");
        Path evidence = Files.write(dir.resolve("with-bad-lines.jsonl"), lines);

        JavaRDD<GroupResult> groups = SparkCohortEvaluation.evaluate(spark, spark.textFile(evidence.toString(), 3),
                curriculumText, DocumentFormat.YAML, AS_OF).cache();

        assertThat(SparkCohortEvaluation.problems(groups)).extracting(LineProblem::line)
                .containsExactly(13L, 39L);
        assertThat(SparkCohortEvaluation.learners(groups).collect()).hasSize(20);
    }

    @Test
    void theLearnerKeyIsTheTopLevelLearnerFieldAndEmptyWhenThereIsNone() {
        assertThat(SparkCohortEvaluation.learnerOf("{\"by\": {\"learner\": \"x\"}, \"learner\": \"L-1\"}"))
                .isEqualTo("L-1");
        assertThat(SparkCohortEvaluation.learnerOf("{\"kind\": \"practice\"}")).isEmpty();
        assertThat(SparkCohortEvaluation.learnerOf("{\"learner\": 7}")).isEmpty();
        assertThat(SparkCohortEvaluation.learnerOf("not json")).isEmpty();
        assertThat(SparkCohortEvaluation.learnerOf("")).isEmpty();
    }

    private static Path generate(int learners, int recordsPerLearner, long seed) throws IOException {
        Path file = dir.resolve("cohort-" + learners + "-" + seed + ".jsonl");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            EvidenceGenerator.of(curriculum)
                    .write(GeneratorSettings.of(learners, recordsPerLearner, seed), EvidenceWriter.Format.JSONL, out);
        }
        return file;
    }

    /** The single-machine run: read everything, group in file order, evaluate, write FORMAT 9's document. */
    private static Sequential sequential(Path evidence) throws IOException {
        Map<LearnerId, List<EvidenceRecord>> byLearner = new LinkedHashMap<>();
        EvidenceSummary summary = EvidenceReader.of(curriculum).read(evidence,
                r -> byLearner.computeIfAbsent(r.learner(), k -> new ArrayList<>()).add(r));
        assertThat(summary.isClean()).isTrue();
        Evaluator evaluator = Evaluator.of(curriculum);
        Map<LearnerId, LearnerProgress> progress = new TreeMap<>();
        byLearner.forEach((learner, records) -> progress.put(learner, evaluator.evaluate(learner, records, AS_OF)));
        StringWriter document = new StringWriter();
        try (ProgressWriter writer = ProgressWriter.open(ProgressFormat.JSON, document, curriculum, AS_OF)) {
            for (LearnerProgress p : progress.values()) {
                writer.write(p);
            }
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode learner : MAPPER.readTree(document.toString()).get("learners")) {
            lines.add(MAPPER.writeValueAsString(learner));
        }
        long certified = progress.values().stream()
                .filter(p -> p.certification().map(c -> c.certified()).orElse(false))
                .count();
        return new Sequential(lines, certified);
    }

    private record Sequential(List<String> learnerLines, long certified) {
    }
}
