package dev.tandem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Competency;
import dev.tandem.competency.Scale;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.curriculum.Setting;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.Decision;
import dev.tandem.escalation.Observation;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.ReadResult;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.training.TrainingModule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API example of the README, kept compiling and true. */
class ReadmeApiTest {

    private static final Path COMMUNITY = Path.of("").toAbsolutePath().resolve("../examples/community/curriculum.yaml")
            .normalize();

    @Test
    void readTheCommunityCurriculumAndDecideAnEscalation() {
        ReadResult read = CurriculumReader.create().read(COMMUNITY);
        Curriculum curriculum = read.orElseThrow();

        CompiledPolicy policy = curriculum.escalation().orElseThrow().compile();
        Decision d = policy.decide(Observation.builder().flag("suicidal-ideation", true).scale("distress", 8).build());

        assertThat(d.tier().value()).isEqualTo("refer");
        assertThat(d.rules()).extracting(Object::toString).containsExactly("high-distress", "passive-ideation");
        assertThat(d.actions()).containsExactly("Ask directly about suicide",
                "Arrange a warm hand-off to a mental-health professional");
    }

    @Test
    void aLearnerWithOnlyAnExamIsInProgressAndMissesTheRest() {
        Curriculum curriculum = CurriculumReader.create().read(COMMUNITY).orElseThrow();
        Evaluator evaluator = Evaluator.of(curriculum);
        LearnerId learner = LearnerId.of("L-001");
        List<EvidenceRecord> records = List.of(EvidenceRecord.Attempt.scored(learner,
                curriculum.assessments().get(0).id(), 82, Instant.parse("2026-03-10T10:00:00Z")));

        LearnerProgress p = evaluator.evaluate(learner, records, Instant.parse("2026-11-21T00:00:00Z"));
        CertificationResult cert = p.certification();

        assertThat(cert.status()).isEqualTo(CertificationStatus.IN_PROGRESS);
        assertThat(cert.expiresAt()).isNull();
        assertThat(cert.missing()).isNotEmpty();
    }

    @Test
    void aCurriculumBuiltInCodeBuildsWithAWarningForItsUnmeasuredCompetency() {
        Curriculum small = Curriculum.builder().id("tiny").version("1").title("Tiny").setting(Setting.SCHOOL)
                .scale(Scale.of("progress", "introduced", "secure"))
                .competency(Competency.builder("listening", "Listens well").build())
                .module(TrainingModule.builder("m1", "Listening").build())
                .build();

        assertThat(small.warnings()).extracting(w -> w.code()).containsExactly(DiagnosticCode.UNMEASURED_COMPETENCY);
    }
}
