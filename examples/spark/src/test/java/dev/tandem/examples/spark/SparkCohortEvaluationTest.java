package dev.tandem.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cli.TandemCommand;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.generate.EvidenceGenerator;
import dev.tandem.io.generate.EvidenceWriter;
import dev.tandem.io.generate.GeneratorSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the Spark job in local mode, through its command line, on generated cohorts in each evidence format
 * (JSON Lines, CSV, Parquet), and {@code tandem evaluate --skip-invalid} itself on the same evidence, and compares
 * the progress byte for byte (the part files concatenated in name order) in both output formats, and the bad
 * records' problems line for line.
 */
class SparkCohortEvaluationTest {

    private static final Path CURRICULUM = Path.of("../community/curriculum.yaml");
    /** Before the last generated records (so some are ignored) and before certifications lapse. */
    private static final String AS_OF = "2027-01-01T00:00:00Z";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A problem line of the Spark job: {@code source: line N: field: message}. */
    private static final Pattern PROBLEM = Pattern.compile("^(.+): (line|row) (\\d+): (.*)$");

    @TempDir
    static Path dir;

    private static Curriculum curriculum;
    private static Path jsonl;
    private static Path csv;
    private static Path parquet;

    @BeforeAll
    static void generate() throws IOException {
        curriculum = CurriculumReader.create().read(Files.readString(CURRICULUM, StandardCharsets.UTF_8),
                DocumentFormat.YAML).orElseThrow();
        List<String> lines = generated(EvidenceWriter.Format.JSONL);
        lines.add(37, "{\"learner\": \"L-000003\", \"kind\": \"attempt\", \"assessment\": \"no-such-assessment\", "
                + "\"score\": 1, \"at\": \"2025-03-01T10:00:00Z\"}");
        lines.add(12, "{not json");
        lines.add(900, "{\"learner\": \"L-000007\", \"kind\": \"practice\", \"at\": \"2026-01-01\"}");
        jsonl = Files.write(dir.resolve("cohort.jsonl"), lines);

        List<String> rows = generated(EvidenceWriter.Format.CSV);
        // a bad row whose quoted cell holds a line break: the rows after it are one line further down
        rows.add(20, "L-000004,practice,,,,2,,2026-02-01T10:00:00Z,\"S-1\nS-2\"");
        rows.add(50, "L-000005,attempt,no-such-assessment,,3,,,2026-02-01T10:00:00Z,");
        rows.add(700, "L-000006,attempt,,,,,,not-an-instant,");
        csv = Files.write(dir.resolve("cohort.csv"), rows);

        parquet = dir.resolve("cohort.parquet");
        Run convert = spark("--convert", CURRICULUM.toString(), csv.toString(), parquet.toString());
        assertThat(convert.exit()).as(convert.err()).isZero();
        assertThat(convert.err()).contains("3 skipped");
    }

    @ParameterizedTest(name = "{0} evidence, {1} progress")
    @CsvSource({"jsonl, json", "jsonl, csv", "csv, json", "csv, csv", "parquet, json", "parquet, csv"})
    void theSparkJobWritesExactlyWhatEvaluateWritesForTheSameEvidence(String input, String output)
            throws IOException {
        Path evidence = switch (input) {
            case "jsonl" -> jsonl;
            case "csv" -> csv;
            default -> parquet;
        };
        Path out = dir.resolve("progress-" + input + "-" + output);
        Run spark = spark("--format", output, "--partitions", "3", CURRICULUM.toString(), evidence.toString(),
                AS_OF, out.toString(), "local[2]");
        assertThat(spark.exit()).as(spark.err()).isZero();

        // Parquet holds the good records of the CSV it was converted from
        Path reference = input.equals("parquet") ? csv : evidence;
        Run evaluate = evaluate(reference, output);
        assertThat(evaluate.exit()).as(evaluate.err()).isZero();

        String expected = output.equals("json") ? learnerLines(evaluate.out()) : evaluate.out();
        if (output.equals("json")) {
            assertThat(expected).hasLineCount(1000);
        }
        assertThat(concatenated(out)).isEqualTo(expected);

        List<String> expectedProblems = input.equals("parquet") ? List.of()
                : warnings(evaluate(reference, "json").out());
        // three bad records each; the CSV's last one has two problems
        assertThat(expectedProblems).hasSize(switch (input) {
            case "jsonl" -> 3;
            case "csv" -> 4;
            default -> 0;
        });
        assertThat(problems(spark.err(), "line")).containsExactlyElementsOf(expectedProblems);
        assertThat(spark.err()).contains("1000 learners, ");
    }

    @Test
    void badParquetRowsAreReportedWithTheirRowAndTheOtherRowsEvaluatedAsTheSameCsvRows() throws IOException {
        String[][] rows = {
            {"L-1", "completion", null, "m1-foundations", null, null, null, "2026-01-05T09:00:00Z"},
            {"L-1", "attempt", "no-such-assessment", null, "3", null, null, "2026-01-06T09:00:00Z"},
            {"L-2", "practice", null, null, null, "4.5", null, "2026-01-07T09:00:00Z"},
            {"L-2", "practice", null, null, null, "-1", null, "2026-01-08T09:00:00Z"},
            {"L-3", "completion", null, "no-such-module", null, null, null, "2026-01-09T00:00:00Z"},
            {"L-3", "completion", null, "m1-foundations", null, null, null, "2026-01-09T00:00:00Z"},
        };
        Path table = dir.resolve("small.parquet");
        SimpleGroupFactory groups = new SimpleGroupFactory(ParquetEvidence.SCHEMA);
        StringBuilder text = new StringBuilder("learner,kind,assessment,module,score,hours,responses,at\n");
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(
                new org.apache.hadoop.fs.Path(table.toUri())).withType(ParquetEvidence.SCHEMA).build()) {
            for (String[] row : rows) {
                Group g = groups.newGroup().append("learner", row[0]).append("kind", row[1]);
                for (int i = 2; i < 7; i++) {
                    if (row[i] != null) {
                        String column = ParquetEvidence.COLUMNS.get(i);
                        if (column.equals("score") || column.equals("hours")) {
                            g.append(column, Double.parseDouble(row[i]));
                        } else {
                            g.append(column, row[i]);
                        }
                    }
                }
                g.append("at", ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(row[7])));
                writer.write(g);
                text.append(String.join(",", Stream.of(row).map(c -> c == null ? "" : c).toList())).append('\n');
            }
        }
        Path sameCsv = Files.writeString(dir.resolve("small.csv"), text);

        Path out = dir.resolve("small-progress");
        Run spark = spark(CURRICULUM.toString(), table.toString(), AS_OF, out.toString(), "local[2]");
        assertThat(spark.exit()).as(spark.err()).isZero();
        Run evaluate = evaluate(sameCsv, "json");

        assertThat(concatenated(out)).isEqualTo(learnerLines(evaluate.out())).hasLineCount(3);
        // a row's number is its CSV line less the header's
        List<String> csvProblems = warnings(evaluate.out()).stream()
                .map(p -> p.replaceFirst("^(\\d+)", "") + "@" + (Long.parseLong(p.split(":")[0]) - 1)).toList();
        List<String> rowProblems = problems(spark.err(), "row").stream()
                .map(p -> p.replaceFirst("^(\\d+)", "") + "@" + p.split(":")[0]).toList();
        assertThat(rowProblems).hasSize(3).containsExactlyElementsOf(csvProblems);
        assertThat(spark.err()).contains("3 learners, ");
    }

    @Test
    void aParquetFileWithoutARequiredColumnIsAUsageErrorNamingIt() throws IOException {
        Path table = dir.resolve("no-at.parquet");
        var schema = org.apache.parquet.schema.Types.buildMessage()
                .required(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY)
                .as(org.apache.parquet.schema.LogicalTypeAnnotation.stringType()).named("learner")
                .required(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY)
                .as(org.apache.parquet.schema.LogicalTypeAnnotation.stringType()).named("kind")
                .named("evidence");
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(
                new org.apache.hadoop.fs.Path(table.toUri())).withType(schema).build()) {
            writer.write(new SimpleGroupFactory(schema).newGroup().append("learner", "L-1").append("kind", "x"));
        }
        Run spark = spark(CURRICULUM.toString(), table.toString(), AS_OF, dir.resolve("never").toString(),
                "local[2]");
        assertThat(spark.exit()).isEqualTo(2);
        assertThat(spark.err()).contains("has no 'at' column").doesNotContain("Exception");
    }

    @Test
    void usageMistakesExitWithTwoAndOneLine() {
        assertThat(spark("--format", "text", "a.yaml", "b.jsonl", AS_OF, "out").exit()).isEqualTo(2);
        Run noFormat = spark(CURRICULUM.toString(), "evidence.txt", AS_OF, "out");
        assertThat(noFormat.exit()).isEqualTo(2);
        assertThat(noFormat.err()).contains("--evidence-format");
        assertThat(spark(CURRICULUM.toString(), "e.jsonl", "tomorrow", "out").err()).startsWith("as-of:");
    }

    @Test
    void theLearnerKeyIsTheTopLevelLearnerFieldAndEmptyWhenThereIsNone() {
        assertThat(EvidenceSource.learnerOf("{\"by\": {\"learner\": \"x\"}, \"learner\": \"L-1\"}")).isEqualTo("L-1");
        assertThat(EvidenceSource.learnerOf("{\"kind\": \"practice\"}")).isEmpty();
        assertThat(EvidenceSource.learnerOf("{\"learner\": 7}")).isEmpty();
        assertThat(EvidenceSource.learnerOf("not json")).isEmpty();
        assertThat(EvidenceSource.learnerOf("")).isEmpty();
    }

    @Test
    void theFormatComesFromTheExtension() {
        assertThat(EvidenceSource.fromFileName("hdfs://x/cohort.JSONL")).contains(EvidenceSource.JSON_LINES);
        assertThat(EvidenceSource.fromFileName("c.ndjson")).contains(EvidenceSource.JSON_LINES);
        assertThat(EvidenceSource.fromFileName("c.csv")).contains(EvidenceSource.CSV);
        assertThat(EvidenceSource.fromFileName("s3a://b/cohort.parquet/")).contains(EvidenceSource.PARQUET);
        assertThat(EvidenceSource.fromFileName("cohort")).isEmpty();
    }

    private static List<String> generated(EvidenceWriter.Format format) throws IOException {
        StringWriter out = new StringWriter();
        EvidenceGenerator.of(curriculum).write(GeneratorSettings.of(1000, 20, 42L), format, out);
        return new ArrayList<>(List.of(out.toString().split("\n")));
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run spark(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, "", err.toString(StandardCharsets.UTF_8));
    }

    /** {@code tandem evaluate --skip-invalid} itself, in this process. */
    private static Run evaluate(Path evidence, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TandemCommand.run(new String[] {"evaluate", "--curriculum", CURRICULUM.toString(), "--evidence",
            evidence.toString(), "--as-of", AS_OF, "--skip-invalid", "--format", format},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@return the part files of a Spark output directory, concatenated in name order} */
    private static String concatenated(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(out)) {
            for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.append(Files.readString(part, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    /** {@return the learner objects of evaluate's JSON document, cut out as they are written, one per line} */
    private static String learnerLines(String document) throws IOException {
        StringBuilder lines = new StringBuilder();
        try (JsonParser p = new JsonFactory().createParser(document)) {
            JsonToken token = p.nextToken();
            while (!(token == JsonToken.FIELD_NAME && p.currentName().equals("learners") && p.getParsingContext()
                    .getParent().inRoot())) {
                token = p.nextToken();
            }
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int start = (int) p.currentTokenLocation().getCharOffset();
                p.skipChildren();
                int end = (int) p.currentLocation().getCharOffset();
                lines.append(document, start, end).append('\n');
            }
        }
        return lines.toString();
    }

    /** {@return evaluate's warnings as {@code LINE: field: message}} */
    private static List<String> warnings(String document) throws IOException {
        List<String> warnings = new ArrayList<>();
        JsonNode all = MAPPER.readTree(document).path("warnings");
        for (JsonNode w : all) {
            warnings.add(w.get("line").asLong() + (w.get("field").isNull() ? "" : ": " + w.get("field").asText())
                    + ": " + w.get("message").asText());
        }
        return warnings;
    }

    /** {@return the Spark job's problems as {@code LINE: field: message}} */
    private static List<String> problems(String err, String unit) {
        List<String> problems = new ArrayList<>();
        for (String line : err.split("\n")) {
            Matcher m = PROBLEM.matcher(line);
            if (m.matches() && m.group(2).equals(unit)) {
                problems.add(m.group(3) + ": " + m.group(4));
            }
        }
        return problems;
    }
}
