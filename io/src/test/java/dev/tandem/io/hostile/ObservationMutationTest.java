package dev.tandem.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.InvalidObservationException;
import dev.tandem.escalation.Policy;
import dev.tandem.io.observation.ObservationLine;
import dev.tandem.io.observation.ObservationReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Randomly mutated observation files (fixed seeds): each bad line is a problem of that line, the good lines
 * are still decided, and nothing throws but the documented {@link InvalidObservationException}.
 */
class ObservationMutationTest {

    private final Policy policy = Examples.curriculum("community").escalation().orElseThrow();
    private final CompiledPolicy compiled = policy.compile();

    @Test
    void mutatedObservationLinesAreProblemsOfTheirOwnLines() {
        List<String> original = Observations.lines(policy, 40, 3);
        Mutator mutator = new Mutator(3);
        Random random = new Random(3);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < 300; round++) {
                List<String> lines = new ArrayList<>(original);
                Set<Integer> touched = new TreeSet<>();
                for (int k = 0; k < 1 + random.nextInt(6); k++) {
                    int at = random.nextInt(lines.size());
                    lines.set(at, mutator.mutateLine(lines.get(at)));
                    touched.add(at + 1);
                }
                List<ObservationLine> read = ObservationReader.create().read(String.join("\n", lines));
                assertThat(read).extracting(ObservationLine::line).isSorted().doesNotHaveDuplicates();
                assertThat(read).hasSize((int) lines.stream().filter(l -> !l.isBlank()).count());
                for (ObservationLine line : read) {
                    if (!touched.contains(line.line())) {
                        assertThat(line.isValid()).as("untouched line %d", line.line()).isTrue();
                    }
                    if (line.isValid()) {
                        decideOrExplain(line);
                    } else {
                        assertThat(line.problems()).allSatisfy(p -> assertThat(p).isNotBlank());
                    }
                }
            }
        });
    }

    @Test
    void wholeMutatedFilesNeverThrow() {
        String original = String.join("\n", Observations.lines(policy, 40, 5));
        Mutator mutator = new Mutator(5);
        int problems = 0;
        for (int round = 0; round < 300; round++) {
            for (ObservationLine line : ObservationReader.create().read(mutator.mutate(original, 6))) {
                problems += line.isValid() ? decideOrExplain(line) : 1;
            }
        }
        assertThat(problems).as("the mutations break lines").isGreaterThan(100);
    }

    /** {@return 1 when the policy refuses the observation (with problems), 0 when it decides} */
    private int decideOrExplain(ObservationLine line) {
        try {
            assertThat(compiled.decide(line.observation()).tier()).isNotNull();
            return 0;
        } catch (InvalidObservationException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
            return 1;
        }
    }
}
