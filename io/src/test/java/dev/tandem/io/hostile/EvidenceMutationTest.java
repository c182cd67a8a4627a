package dev.tandem.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hundreds of randomly mutated copies of the shipped evidence files (fixed seeds): every one is read into
 * counted records and problems with their lines, never an exception, and the good records still evaluate.
 */
class EvidenceMutationTest {

    private static final Instant AS_OF = Instant.parse("2027-06-01T00:00:00Z");
    private static final int FILES_PER_PROGRAMME = 100;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"community", "school", "workplace"})
    void mutatedEvidenceFilesGiveProblemsWithLinesAndNeverACrash(String programme) {
        Curriculum curriculum = Examples.curriculum(programme);
        EvidenceReader reader = EvidenceReader.of(curriculum);
        Evaluator evaluator = Evaluator.of(curriculum);
        EvidenceFormat format = EvidenceFormat.fromFileName(Examples.evidenceFile(programme).getFileName().toString())
                .orElseThrow();
        String original = Examples.text(Examples.evidenceFile(programme));
        Mutator mutator = new Mutator(programme.hashCode());
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < FILES_PER_PROGRAMME; i++) {
                String mutated = mutator.mutate(original, 4);
                List<EvidenceRecord> records = new ArrayList<>();
                EvidenceSummary summary = reader.read(mutated, format, records::add);
                int lines = mutated.split("\n", -1).length;
                assertThat(summary.problems()).as("problems of mutation %d", i).allSatisfy(p -> {
                    assertThat(p.line()).isBetween(1L, (long) lines);
                    assertThat(p.message()).isNotBlank();
                });
                assertThat(records).hasSize((int) summary.accepted());
                List<LearnerProgress> progress = evaluator.cohort(records).evaluate(AS_OF).toList();
                assertThat(progress.stream().mapToLong(LearnerProgress::recordCount).sum())
                        .isEqualTo(records.stream().filter(r -> !r.at().isAfter(AS_OF)).count());
            }
        });
    }

    @Test
    void inJsonLinesABrokenLineNeverTakesAGoodLineWithIt() {
        Curriculum curriculum = Examples.curriculum("community");
        EvidenceReader reader = EvidenceReader.of(curriculum);
        List<String> original = Examples.text(Examples.evidenceFile("community")).lines().toList();
        Mutator mutator = new Mutator(7);
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> lines = new ArrayList<>(original);
            Set<Long> touched = new TreeSet<>();
            for (int k = 0; k < 1 + random.nextInt(5); k++) {
                int at = random.nextInt(lines.size());
                String changed = mutator.mutateLine(lines.get(at));
                if (!changed.equals(lines.get(at))) {
                    lines.set(at, changed);
                    touched.add(at + 1L);
                }
            }
            EvidenceSummary summary = reader.read(String.join("\n", lines), EvidenceFormat.JSON_LINES, r -> { });
            Set<Long> problemLines = summary.problems().stream().map(EvidenceProblem::line)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(touched).as("round %d", round).containsAll(problemLines);
            assertThat(summary.accepted() + problemLines.size()).isEqualTo(lines.stream()
                    .filter(l -> !l.isBlank()).count());
        }
    }

    @Test
    void theMutatorReallyBreaksTheEvidence() {
        Curriculum curriculum = Examples.curriculum("community");
        EvidenceReader reader = EvidenceReader.of(curriculum);
        String original = Examples.text(Examples.evidenceFile("community"));
        Mutator mutator = new Mutator(11);
        long broken = Arrays.stream(new int[50]).filter(x -> !reader.read(mutator.mutate(original, 4),
                EvidenceFormat.JSON_LINES, r -> { }).isClean()).count();
        assertThat(reader.read(original, EvidenceFormat.JSON_LINES, r -> { }).isClean()).isTrue();
        assertThat(broken).isGreaterThan(25);
    }
}
