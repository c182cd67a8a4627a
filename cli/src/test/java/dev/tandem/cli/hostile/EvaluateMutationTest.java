package dev.tandem.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem evaluate} over mutated evidence files: per-line errors, never a crash, and every record that is
 * not used accounted for (an error in strict mode, a skipped record with {@code --skip-invalid}, an ignored
 * attempt as a learner warning).
 */
class EvaluateMutationTest {

    private static final String AS_OF = "2030-01-01T00:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"community/evidence.jsonl", "school/evidence.json", "workplace/evidence.csv"})
    void mutatedEvidenceGivesPerLineErrorsAndNeverACrash(String example) throws IOException {
        Path original = Examples.root().resolve(example);
        String curriculum = original.resolveSibling("curriculum.yaml").toString();
        String text = Files.readString(original);
        Mutations mutations = new Mutations(example.hashCode());
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 30; i++) {
                Path file = dir.resolve(i + "-" + original.getFileName());
                String mutated = mutations.mutate(text, 4);
                Files.writeString(file, mutated);
                int lines = mutated.split("\n", -1).length;

                Run strict = Run.of("evaluate", "--curriculum", curriculum, "--evidence", file.toString(),
                        "--as-of", AS_OF, "--format", "text").withoutCrash();
                assertThat(strict.exit()).isIn(0, 1);
                Set<Integer> reported = reportedLines(strict.err(), file);
                assertThat(reported.isEmpty()).as("errors reported exactly when the exit code says so")
                        .isEqualTo(strict.exit() == 0);
                for (int line : reported) {
                    assertThat(line).isBetween(1, lines);
                }
                Run lenient = Run.of("evaluate", "--curriculum", curriculum, "--evidence", file.toString(),
                        "--as-of", AS_OF, "--skip-invalid").withoutCrash();
                assertThat(lenient.exit()).isZero();
                JsonNode doc = JSON.readTree(lenient.out());
                assertThat(doc.get("learners")).isNotNull();
                Set<Integer> warned = new TreeSet<>();
                doc.path("warnings").forEach(w -> warned.add(w.get("line").asInt()));
                assertThat(warned).as("the same lines as in strict mode").isEqualTo(reported);
            }
        });
    }

    @Test
    void everyUnusedRecordIsReportedOnceInEitherMode() throws IOException {
        Path original = Examples.file("community", "evidence.jsonl");
        String curriculum = Examples.file("community", "curriculum.yaml").toString();
        List<String> lines = new ArrayList<>(Files.readAllLines(original));
        Set<Integer> touched = new TreeSet<>();
        Mutations mutations = new Mutations(5);
        Random random = new Random(5);
        for (int i = random.nextInt(4); i < lines.size(); i += 4) {
            lines.set(i, mutations.replaceNumber(lines.get(i)));
            touched.add(i + 1);
        }
        lines.set(0, lines.get(0).replace("\"attempt\"", "\"atempt\""));
        touched.add(1);
        for (int day = 1; day <= 5; day++) {
            lines.add("{\"learner\":\"L-090\",\"kind\":\"attempt\",\"assessment\":\"a1-knowledge-exam\",\"score\":10,"
                    + "\"at\":\"2026-01-0" + day + "T10:00:00Z\"}");
        }
        Path file = dir.resolve("evidence.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");

        Run strict = Run.of("evaluate", "--curriculum", curriculum, "--evidence", file.toString(), "--as-of", AS_OF,
                "--format", "text").withoutCrash();
        Run lenient = Run.of("evaluate", "--curriculum", curriculum, "--evidence", file.toString(), "--as-of", AS_OF,
                "--skip-invalid").withoutCrash();

        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).isEmpty();
        Set<Integer> errors = reportedLines(strict.err(), file);
        assertThat(errors).isNotEmpty().contains(1);
        assertThat(touched).as("only broken lines are reported").containsAll(errors);

        assertThat(lenient.exit()).isZero();
        JsonNode doc = JSON.readTree(lenient.out());
        Set<Integer> skipped = new TreeSet<>();
        doc.get("warnings").forEach(w -> skipped.add(w.get("line").asInt()));
        assertThat(doc.get("skipped").asInt()).isEqualTo(errors.size());
        assertThat(skipped).isEqualTo(errors);
        assertThat(lenient.err()).contains("skipped " + errors.size() + " invalid evidence record")
                .contains("of " + lines.size());
        JsonNode retrier = null;
        for (JsonNode learner : doc.get("learners")) {
            if (learner.get("learner").asText().equals("L-090")) {
                retrier = learner;
            }
        }
        assertThat(retrier).isNotNull();
        assertThat(retrier.get("warnings")).as("attempts beyond max-attempts").hasSize(2);
    }

    private static Set<Integer> reportedLines(String err, Path file) {
        Set<Integer> lines = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(file.toString()) + ":(\\d+): (error|warning): ")
                .matcher(err);
        while (m.find()) {
            lines.add(Integer.parseInt(m.group(1)));
        }
        return lines;
    }
}
