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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem escalate --observations} over a randomly mutated observation file: every good line is decided in
 * order, every bad line is reported with its line number, nothing crashes.
 */
class EscalateMutationTest {

    private static final String[] SIGNALS = {"distress", "wish-to-be-dead", "suicidal-ideation", "method", "intent",
        "plan", "recent-attempt", "means-access", "attempt-in-progress", "harm-to-others", "abuse-disclosure"};

    @Test
    void badLinesAreReportedByLineAndGoodLinesAreStillDecided(@TempDir Path dir) throws IOException {
        Random random = new Random(99);
        Mutations mutations = new Mutations(99);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String line = observation(random);
            lines.add(random.nextInt(4) == 0 ? mutations.mutate(line, 2).replace('\n', ' ') : line);
        }
        Path file = dir.resolve("observations.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");

        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Run.of("escalate", "--curriculum",
                Examples.file("community", "curriculum.yaml").toString(), "--observations", file.toString()))
                .withoutCrash();

        assertThat(run.exit()).isEqualTo(1);
        Set<Integer> badLines = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(file.toString()) + ":(\\d+): \\S.*$").matcher(run.err());
        int reported = 0;
        while (m.find()) {
            badLines.add(Integer.parseInt(m.group(1)));
            reported++;
        }
        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        assertThat(run.err().lines().filter(l -> !l.isBlank()).count()).as("every stderr line names its line")
                .isEqualTo(reported);
        assertThat(badLines).isNotEmpty().allSatisfy(n -> assertThat(n).isBetween(1, lines.size()));
        List<String> decisions = run.out().lines().toList();
        assertThat(decisions.size() + badLines.size()).isEqualTo(nonBlank);
        ObjectMapper json = new ObjectMapper();
        for (String decision : decisions) {
            JsonNode node = json.readTree(decision);
            assertThat(node.get("tier").asText()).isIn("continue", "consult", "refer", "emergency");
        }
    }

    private static String observation(Random random) {
        StringBuilder line = new StringBuilder("{");
        for (String signal : SIGNALS) {
            if (random.nextInt(3) == 0) {
                line.append(line.length() == 1 ? "" : ",").append('"').append(signal).append("\":")
                        .append(signal.equals("distress") ? String.valueOf(random.nextInt(11))
                                : String.valueOf(random.nextBoolean()));
            }
        }
        return line.append('}').toString();
    }
}
