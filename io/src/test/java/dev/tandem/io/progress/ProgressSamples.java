package dev.tandem.io.progress;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Scale;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.curriculum.Setting;
import dev.tandem.evidence.LearnerId;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.CompetencyResult;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.LearnerWarning;
import dev.tandem.progress.Missing;
import dev.tandem.progress.ModuleResult;
import dev.tandem.progress.ModuleStatus;
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Progress values built by hand, so that writer tests do not depend on the evaluator. */
final class ProgressSamples {

    static final Instant AS_OF = Instant.parse("2026-11-21T00:00:00Z");
    static final Instant MARCH_2028 = Instant.parse("2028-03-02T14:00:00Z");

    private ProgressSamples() {
    }

    static Curriculum curriculum() {
        return Curriculum.builder().id("peer-basics").version("1.0.0").title("Peer basics").setting(Setting.SCHOOL)
                .scale(Scale.of("proficiency", "aware", "developing", "proficient"))
                .competency(Competency.builder("listening", "Listens").build())
                .competency(Competency.builder("escalation", "Escalates").build())
                .module(TrainingModule.builder("m1-foundations", "Foundations").build())
                .module(TrainingModule.builder("m2-crisis", "Crisis").build())
                .build();
    }

    /** A builder of one learner's progress; starts with every competency unattained and every module not started. */
    static final class Learner {
        private final String id;
        private String listening;
        private Instant listeningUntil;
        private ModuleStatus foundations = ModuleStatus.NOT_STARTED;
        private CertificationResult certification;
        private final List<LearnerWarning> warnings = new ArrayList<>();

        Learner(String id) {
            this.id = id;
        }

        Learner listening(String level, Instant until) {
            this.listening = level;
            this.listeningUntil = until;
            return this;
        }

        Learner foundations(ModuleStatus status) {
            this.foundations = status;
            return this;
        }

        Learner certification(CertificationStatus status, Instant expiresAt, Missing... missing) {
            this.certification = new CertificationResult(status, expiresAt, List.of(missing), null);
            return this;
        }

        Learner warning(String message) {
            warnings.add(new LearnerWarning(LearnerWarning.IGNORED_ATTEMPT, AssessmentId.of("a1-quiz"),
                    Instant.parse("2026-05-01T00:00:00Z"), message));
            return this;
        }

        LearnerProgress build() {
            return new LearnerProgress(LearnerId.of(id), AS_OF, 1,
                    List.of(new CompetencyResult(CompetencyId.of("listening"), listening, listeningUntil, listening,
                                    null, List.of()),
                            new CompetencyResult(CompetencyId.of("escalation"), null, null, null, null, List.of())),
                    List.of(new ModuleResult(ModuleId.of("m1-foundations"), foundations, null, List.of(), List.of()),
                            new ModuleResult(ModuleId.of("m2-crisis"), ModuleStatus.LOCKED, null, List.of(),
                                    List.of(ModuleId.of("m1-foundations")))),
                    certification, List.of(), warnings);
        }
    }

    static Learner learner(String id) {
        return new Learner(id);
    }
}
