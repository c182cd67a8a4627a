package dev.tandem.examples;

// tag::imports[]
import dev.tandem.competency.Competency;
import dev.tandem.competency.Scale;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.curriculum.Setting;
import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.Decision;
import dev.tandem.escalation.Observation;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.evidence.EvidenceCursor;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.training.TrainingModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
// end::imports[]

/**
 * The README's library example, compiled and run as it stands there: reads the shipped community curriculum,
 * evaluates every learner of its evidence file, decides an escalation and builds a small curriculum in code.
 * The README shows the code between the {@code tag::} and {@code end::} comments; a test fails when the two
 * drift apart, and the consumer projects run it on the module path and on the class path.
 *
 * <pre>{@code java -cp "examples/target/classes:cli/target/lib/*" dev.tandem.examples.QuickStart}</pre>
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Runs the example from the repository's root directory.
     *
     * @param args none, or the directory holding {@code curriculum.yaml} and {@code evidence.jsonl}
     *             (default {@code examples/community})
     * @throws IOException when the evidence file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Module module = QuickStart.class.getModule();
        System.out.println("Running " + (module.isNamed() ? "in module " + module.getName() : "on the class path"));
        run(Path.of(args.length > 0 ? args[0] : "examples/community"));
    }

    /**
     * Runs the example on a directory of the examples.
     *
     * @param dir the directory holding {@code curriculum.yaml} and {@code evidence.jsonl}
     * @throws IOException when the evidence file cannot be read
     */
    // tag::body[]
    public static void run(Path dir) throws IOException {   // dir: Path.of("examples/community")
        // Read a curriculum; CurriculumException names the file, line and column of every error.
        Curriculum curriculum = CurriculumReader.create().read(dir.resolve("curriculum.yaml")).orElseThrow();

        // Every learner of an evidence file at an instant: certified? until when? what is missing?
        Evaluator evaluator = Evaluator.of(curriculum);             // immutable, thread-safe: build once
        Instant asOf = Instant.parse("2026-11-21T00:00:00Z");
        Map<LearnerId, LearnerProgress> progress;
        try (EvidenceCursor records = EvidenceReader.of(curriculum).open(dir.resolve("evidence.jsonl"))) {
            progress = evaluator.evaluateAll(records.stream(), asOf);  // grouped per learner for you
            records.summary().problems().forEach(System.err::println); // bad records: line and field
        }
        progress.forEach((learner, p) -> p.certification().ifPresent(cert -> System.out.println(learner + ": "
                + cert.status() + (cert.certified() ? " until " + cert.expiresAt() : ", missing " + cert.missing()))));

        // What must a peer supporter do now?
        CompiledPolicy policy = curriculum.escalation().orElseThrow().compile();
        Decision d = policy.decide(Observation.builder().flag("suicidal-ideation", true).scale("distress", 8).build());
        System.out.println(d.tier() + " because " + d.rules() + ": " + d.actions());

        // Curricula can be built in code too; build() refuses one with errors, reporting them all.
        Curriculum small = Curriculum.builder().id("tiny").version("1").title("Tiny").setting(Setting.SCHOOL)
                .scale(Scale.of("progress", "introduced", "secure"))
                .competency(Competency.builder("listening", "Listens well").build())
                .module(TrainingModule.builder("m1", "Listening").build())
                .build();
        small.warnings().forEach(w -> System.out.println(w.code() + ": " + w.message()));
    }
    // end::body[]
}
