package dev.tandem.io.generate;

import static dev.tandem.io.generate.TrainingCurriculum.aCurriculum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EvidenceGeneratorTest {

    private final Curriculum curriculum = aCurriculum().build();
    private final EvidenceGenerator generator = EvidenceGenerator.of(curriculum);

    @Test
    void theSameSeedGivesByteIdenticalJsonLines() throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(300, 12, 42);

        assertThat(written(settings, EvidenceWriter.Format.JSONL))
                .isEqualTo(written(settings, EvidenceWriter.Format.JSONL));
    }

    @Test
    void theSameSeedGivesByteIdenticalCsv() throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(300, 12, 42);

        assertThat(written(settings, EvidenceWriter.Format.CSV)).isEqualTo(written(settings, EvidenceWriter.Format.CSV));
    }

    @Test
    void aSeparatelyPreparedGeneratorGivesTheSameOutput() throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(50, 8, 7);
        StringWriter other = new StringWriter();
        EvidenceGenerator.of(aCurriculum().build()).write(settings, EvidenceWriter.Format.JSONL, other);

        assertThat(other.toString()).isEqualTo(written(settings, EvidenceWriter.Format.JSONL));
    }

    @Test
    void differentSeedsGiveDifferentOutput() throws IOException {
        assertThat(written(GeneratorSettings.of(50, 10, 1), EvidenceWriter.Format.JSONL))
                .isNotEqualTo(written(GeneratorSettings.of(50, 10, 2), EvidenceWriter.Format.JSONL));
    }

    @Test
    void everyLearnerGetsExactlyTheRequestedNumberOfRecords() {
        Map<String, Long> perLearner = records(GeneratorSettings.of(2_500, 7, 3)).stream()
                .collect(Collectors.groupingBy(r -> r.learner().value(), Collectors.counting()));

        assertThat(perLearner).hasSize(2_500);
        assertThat(perLearner.values()).containsOnly(7L);
    }

    @Test
    void learnerIdsAreNumberedWithSixDigits() {
        assertThat(records(GeneratorSettings.of(12, 1, 3)).stream().map(r -> r.learner().value()).sorted())
                .containsExactly("L-000001", "L-000002", "L-000003", "L-000004", "L-000005", "L-000006", "L-000007",
                        "L-000008", "L-000009", "L-000010", "L-000011", "L-000012");
    }

    @Test
    void learnerIdsGrowBeyondSixDigitsWhenNeeded() {
        assertThat(EvidenceGenerator.learnerId(1_234_567)).isEqualTo("L-1234567");
    }

    @Test
    void writeReportsHowManyRecordsItWrote() throws IOException {
        long count = generator.write(GeneratorSettings.of(40, 9, 5), EvidenceWriter.Format.JSONL, new StringWriter());

        assertThat(count).isEqualTo(360);
    }

    @Test
    void recordsOfOneBlockOfLearnersComeInTimeOrder() {
        List<EvidenceRecord> records = records(GeneratorSettings.of(500, 10, 11));

        assertThat(records).extracting(EvidenceRecord::at).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void eachLearnersRecordsLieBetweenTheStartAndFourYearsLater() {
        Instant start = Instant.parse("2030-06-01T00:00:00Z");
        List<EvidenceRecord> records = records(GeneratorSettings.of(200, 30, 9).withStart(start));

        assertThat(records).allSatisfy(r -> assertThat(r.at()).isBetween(start, start.plusSeconds(4L * 366 * 86_400)));
    }

    @Test
    void completionsAreRecordedOnlyForModulesWithoutAssessments() {
        List<EvidenceRecord> records = records(GeneratorSettings.of(200, 20, 4));

        assertThat(records).filteredOn(r -> r instanceof EvidenceRecord.Completion)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(curriculum.assessmentsOf(((EvidenceRecord.Completion) r).module()))
                        .isEmpty());
    }

    @Test
    void learnersWithEnoughRecordsReachTheRequiredPracticeHours() {
        Map<String, Double> hours = new LinkedHashMap<>();
        generator.generate(GeneratorSettings.of(100, 40, 8), r -> {
            if (r instanceof EvidenceRecord.Practice p) {
                hours.merge(p.learner().value(), p.hours(), Double::sum);
            }
        });

        assertThat(hours).hasSize(100);
        assertThat(hours.values()).allSatisfy(h -> assertThat(h).isGreaterThanOrEqualTo(40.0));
    }

    @Test
    void noPracticeIsGeneratedWithoutAPracticeRequirement() {
        EvidenceGenerator noPractice = EvidenceGenerator.of(aCurriculum().withoutCertification().build());
        List<EvidenceRecord> records = new ArrayList<>();
        noPractice.generate(GeneratorSettings.of(100, 20, 8), records::add);

        assertThat(records).noneMatch(r -> r instanceof EvidenceRecord.Practice).hasSize(2_000);
    }

    @Test
    void someLearnersRetryAfterUsingUpTheirAttempts() {
        Map<String, Integer> quizFailsInARow = new LinkedHashMap<>();
        Map<String, Integer> mostFailsInARow = new LinkedHashMap<>();
        for (EvidenceRecord r : records(GeneratorSettings.of(1_000, 12, 21))) {
            if (r instanceof EvidenceRecord.Attempt a && a.assessment().equals(AssessmentId.of("a1-quiz"))) {
                String learner = a.learner().value();
                int fails = a.score() < 75 ? quizFailsInARow.getOrDefault(learner, 0) + 1 : 0;
                quizFailsInARow.put(learner, fails);
                mostFailsInARow.merge(learner, fails, Math::max);
            }
        }

        assertThat(mostFailsInARow.values()).contains(1, 2, 3);
    }

    @Test
    void mostScenarioResponsesMatchThePolicyButSomeUnderAndSomeOverEscalate() {
        Map<String, TierId> expected = Map.of("v1", TierId.of("continue"), "v2", TierId.of("consult"), "v3",
                TierId.of("refer"), "v4", TierId.of("emergency"));
        List<String> tiers = List.of("continue", "consult", "refer", "emergency");
        int match = 0;
        int under = 0;
        int over = 0;
        int missing = 0;
        for (EvidenceRecord r : records(GeneratorSettings.of(1_000, 12, 5))) {
            if (r instanceof EvidenceRecord.Attempt a && a.assessment().value().equals("a3-triage")) {
                for (String vignette : expected.keySet()) {
                    TierId given = a.responses().get(dev.tandem.assessment.VignetteId.of(vignette));
                    if (given == null) {
                        missing++;
                        continue;
                    }
                    int difference = tiers.indexOf(given.value()) - tiers.indexOf(expected.get(vignette).value());
                    if (difference == 0) {
                        match++;
                    } else if (difference < 0) {
                        under++;
                    } else {
                        over++;
                    }
                }
            }
        }
        int total = match + under + over + missing;

        assertThat(total).isGreaterThan(1_000);
        assertThat((double) match / total).isBetween(0.6, 0.95);
        assertThat(under).isPositive();
        assertThat(over).isPositive();
        assertThat(missing).isPositive();
    }

    @Test
    void scoresAreWholeNumbersWhenTheAssessmentsScoresAre() {
        assertThat(records(GeneratorSettings.of(200, 10, 6))).filteredOn(r -> r instanceof EvidenceRecord.Attempt a
                && a.score() != null).allSatisfy(r -> {
                    double score = ((EvidenceRecord.Attempt) r).score();
                    assertThat(score).isEqualTo(Math.rint(score));
                });
    }

    @Test
    void fractionalPassScoresGiveScoresWithinRange() {
        EvidenceGenerator fractional = EvidenceGenerator.of(aCurriculum().withQuizScores(7.5, 4.25).build());
        List<EvidenceRecord> records = new ArrayList<>();
        fractional.generate(GeneratorSettings.of(300, 6, 6), records::add);

        assertThat(records).filteredOn(r -> r instanceof EvidenceRecord.Attempt a
                && a.assessment().value().equals("a1-quiz"))
                .extracting(r -> ((EvidenceRecord.Attempt) r).score())
                .allSatisfy(s -> assertThat(s).isBetween(0.0, 7.5))
                .anySatisfy(s -> assertThat(s).isLessThan(4.25))
                .anySatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(4.25));
    }

    @Test
    void settingsRejectNoLearners() {
        assertThatThrownBy(() -> GeneratorSettings.of(0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learners");
    }

    @Test
    void settingsRejectNoRecords() {
        assertThatThrownBy(() -> GeneratorSettings.of(1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("records per learner");
    }

    private List<EvidenceRecord> records(GeneratorSettings settings) {
        List<EvidenceRecord> records = new ArrayList<>();
        generator.generate(settings, records::add);
        return records;
    }

    private String written(GeneratorSettings settings, EvidenceWriter.Format format) throws IOException {
        StringWriter out = new StringWriter();
        generator.write(settings, format, out);
        return out.toString();
    }
}
