package dev.tandem.io.generate;

import static dev.tandem.io.generate.TrainingCurriculum.aCurriculum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.LearnerWarning;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Generated evidence read back with Tandem's own evidence reader, and evaluated. */
class GeneratedEvidenceReadBackTest {

    private static final Instant AS_OF = Instant.parse("2028-01-01T00:00:00Z");

    private final Curriculum curriculum = aCurriculum().build();
    private final EvidenceGenerator generator = EvidenceGenerator.of(curriculum);
    private final GeneratorSettings settings = GeneratorSettings.of(400, 15, 99);

    @Test
    void generatedJsonLinesReadBackWithoutProblemsAsTheSameRecords() throws IOException {
        List<EvidenceRecord> generated = generated();
        List<EvidenceRecord> read = new ArrayList<>();

        EvidenceSummary summary = EvidenceReader.of(curriculum).read(written(EvidenceWriter.Format.JSONL),
                EvidenceFormat.JSON_LINES, read::add);

        assertThat(summary.problems()).isEmpty();
        assertThat(read).isEqualTo(generated);
    }

    @Test
    void generatedCsvReadsBackWithoutProblemsAsTheSameRecords() throws IOException {
        List<EvidenceRecord> generated = generated();
        List<EvidenceRecord> read = new ArrayList<>();

        EvidenceSummary summary = EvidenceReader.of(curriculum).read(written(EvidenceWriter.Format.CSV),
                EvidenceFormat.CSV, read::add);

        assertThat(summary.problems()).isEmpty();
        assertThat(read).isEqualTo(generated);
    }

    @Test
    void aGeneratedCohortMixesCertifiedAndInProgressLearners() {
        Set<CertificationStatus> statuses = evaluated(GeneratorSettings.of(400, 30, 99)).stream()
                .map(p -> p.certification().orElseThrow().status()).collect(Collectors.toSet());

        assertThat(statuses).contains(CertificationStatus.CERTIFIED, CertificationStatus.IN_PROGRESS);
    }

    @Test
    void someGeneratedLearnersHaveAttemptsIgnoredAfterMaxAttempts() {
        assertThat(evaluated(settings)).flatExtracting(LearnerProgress::warnings).extracting(LearnerWarning::code)
                .contains(LearnerWarning.IGNORED_ATTEMPT);
    }

    private List<LearnerProgress> evaluated(GeneratorSettings settings) {
        List<EvidenceRecord> records = new ArrayList<>();
        generator.generate(settings, records::add);
        return Evaluator.of(curriculum).cohort(records).evaluate(AS_OF).toList();
    }

    private List<EvidenceRecord> generated() {
        List<EvidenceRecord> records = new ArrayList<>();
        generator.generate(settings, records::add);
        return records;
    }

    private String written(EvidenceWriter.Format format) throws IOException {
        StringWriter out = new StringWriter();
        generator.write(settings, format, out);
        return out.toString();
    }
}
