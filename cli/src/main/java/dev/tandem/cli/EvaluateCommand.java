package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.privacy.Pseudonymizer;
import dev.tandem.io.progress.ProgressFormat;
import dev.tandem.io.progress.ProgressWriter;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code tandem evaluate}: learner progress from a curriculum and an evidence file (FORMAT sections 6 and 9).
 *
 * <p>Strict by default: any bad evidence record means no progress, the problems reported, exit 1.
 * {@code --skip-invalid} evaluates the good records and reports the bad ones as warnings.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate learner progress: competency levels, module status and certification.")
final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--curriculum", required = true, paramLabel = "FILE",
            description = "The curriculum (YAML or JSON), or - for standard input.")
    String curriculumFile;

    @CommandLine.Mixin
    EvidenceOptions evidenceOptions = new EvidenceOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default), csv or text.")
    String formatName;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to this file (atomically; a new file is readable by its owner only) instead of "
                    + "standard output (-).")
    String output;

    @Option(names = "--pseudonymize",
            description = "Replace every learner id by a keyed pseudonym (p- and the hex HMAC-SHA-256 of the id), "
                    + "stable across runs with the same key. The key comes from the environment variable "
                    + Pseudonymizer.KEY_VARIABLE + " or from --pseudonym-key-file, never from the command line.")
    boolean pseudonymize;

    @Option(names = "--pseudonym-key-file", paramLabel = "FILE",
            description = "Read the pseudonym key (at least 16 bytes) from this file instead of the environment.")
    Path pseudonymKeyFile;

    /** Replaces learner ids as records are read, or null without --pseudonymize. */
    private Pseudonymizer pseudonymizer;

    @CommandLine.Mixin
    BadgeOptions badgeOptions = new BadgeOptions();

    @CommandLine.Mixin
    RunOptions runOptions = new RunOptions();

    private final Host host;

    /** @param host the clock (the default --as-of) and the environment (the pseudonym key) */
    EvaluateCommand(Host host) {
        this.host = host;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return evaluate(err);
        } catch (UsageProblem e) {
            throw CommandFailure.io(e.getMessage());
        } finally {
            err.flush();
        }
    }

    private int evaluate(PrintWriter err) throws UsageProblem {
        Messages messages = Messages.of(spec);
        int threads = runOptions.threads(host);
        evidenceOptions.threads(threads);
        try (Progress progress = runOptions.progress(host, messages)) {
            return evaluate(err, messages, threads, progress);
        }
    }

    private int evaluate(PrintWriter err, Messages messages, int threads, Progress progress) throws UsageProblem {
        ProgressFormat format = ProgressFormat.fromId(Choices.check("format", formatName,
                List.of("json", "csv", "text"))).orElseThrow();
        Instant asOf = evidenceOptions.asOf(host.clock());
        pseudonymizer = pseudonymizer();
        Set<LearnerId> learners = evidenceOptions.learners(id -> pseudonymizer == null ? id
                : pseudonymizer.pseudonym(id));
        evidenceOptions.check(curriculumFile);
        BadgeFiles badges = badgeFiles();
        Output out = output();
        CurriculumFile file = readCurriculum(err);
        if (file.failed()) {
            return file.exitCode();
        }
        Curriculum curriculum = file.curriculum();
        if (badges != null && curriculum.certification().isEmpty()) {
            messages.error("--badges: the curriculum has no certification to issue; nothing evaluated");
            return TandemCommand.BAD_INPUT;
        }
        Evaluator evaluator = Evaluator.of(curriculum);
        Cohort.Builder cohort = evaluator.cohort();
        learners.forEach(cohort::include);
        progress.phase("reading the evidence", "records", -1);
        EvidenceInput read = evidenceOptions.read(curriculum, r -> {
            EvidenceRecord record = pseudonymizer == null ? r : pseudonymizer.pseudonymize(r);
            if (learners.isEmpty() || learners.contains(record.learner())) {
                cohort.add(record);
            }
            progress.step();
        }, TandemCommand.standardInput(spec), messages);
        progress.pause();
        // a pseudonymized run shows no value of the file: an id shifted into another column would be one
        EvidenceInput input = pseudonymizer == null ? read : read.withoutValues();
        EvidenceSummary evidence = input.summary();
        boolean json = format == ProgressFormat.JSON;
        if (!input.accept(messages, evidenceOptions.skipInvalid(), !json, "nothing evaluated",
                "evaluate the valid ones")) {
            if (json && out.isStandardOutput()) {
                // the error document goes to standard output only: a failed run never replaces an output file
                try {
                    out.write(spec.commandLine().getOut(), w -> ProgressWriter.writeJsonErrors(w, curriculum, asOf,
                            evidence));
                } catch (Output.Problem e) {
                    throw new UsageProblem(e.getMessage());
                }
            } else if (json) {
                input.summary().problems().forEach(p -> err.println(input.line(p, "error")));
            }
            if (!out.isStandardOutput()) {
                messages.note(out.name() + " left as it was");
            }
            return TandemCommand.BAD_INPUT;
        }
        Cohort built = cohort.build();
        List<LearnerId> certified = new ArrayList<>();
        progress.phase("evaluating and writing", "learners", built.size());
        // the progress and the credentials are moved into place together, once all were written
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            out.add(spec.commandLine().getOut(), batch, (Writer w) -> {
                try (ProgressWriter writer = ProgressWriter.open(format, w, curriculum, asOf, evidence)) {
                    writer.writeAll(built, threads, p -> {
                        if (badges != null && p.certification().map(CertificationResult::certified).orElse(false)) {
                            certified.add(p.learner());
                        }
                        progress.step();
                    });
                }
            });
            progress.pause();
            int n = badges == null ? 0 : writeBadges(batch, badges, curriculum, built, certified, asOf);
            batch.commit();
            if (badges != null) {
                messages.note("wrote " + Messages.count(n, "badge credential", "badge credentials") + " to "
                        + badges.directory());
            }
        } catch (Output.Problem e) {
            throw new UsageProblem(e.getMessage());
        } catch (IOException e) {
            throw new UsageProblem("cannot write " + out.name() + ": " + reason(e));
        }
        return TandemCommand.OK;
    }

    private Output output() throws UsageProblem {
        try {
            return Output.of(output, true, inputs().toArray(Path[]::new));
        } catch (Output.Problem e) {
            throw new UsageProblem(e.getMessage());
        }
    }

    /** {@return the files this run reads, which no output may replace} */
    private List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(evidenceOptions.inputFiles());
        inputs.add(pseudonymKeyFile);
        try {
            inputs.add(Path.of(curriculumFile));
        } catch (java.nio.file.InvalidPathException e) {
            // not a file that can exist
        }
        return Output.inputs(inputs.toArray(Path[]::new));
    }

    private BadgeFiles badgeFiles() throws UsageProblem {
        try {
            return badgeOptions.files();
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
    }

    /** Writes the certified learners' credentials into the batch; {@return how many} */
    private int writeBadges(AtomicFiles.Batch batch, BadgeFiles badges, Curriculum curriculum, Cohort cohort,
            List<LearnerId> certified, Instant asOf) throws UsageProblem {
        try {
            return badges.write(batch, curriculum, cohort, certified, asOf, inputs());
        } catch (IOException e) {
            throw new UsageProblem("cannot write the badges into " + badges.directory() + ": " + reason(e));
        }
    }

    private Pseudonymizer pseudonymizer() throws UsageProblem {
        if (!pseudonymize) {
            if (pseudonymKeyFile != null) {
                throw new UsageProblem("--pseudonym-key-file is only used with --pseudonymize");
            }
            return null;
        }
        try {
            if (pseudonymKeyFile != null) {
                return Pseudonymizer.fromKeyFile(pseudonymKeyFile);
            }
            return Pseudonymizer.fromEnvironment(host.environment()).orElseThrow(() -> new UsageProblem(
                    "--pseudonymize needs a key: set the environment variable " + Pseudonymizer.KEY_VARIABLE
                            + " or give --pseudonym-key-file FILE (a key is never taken from the command line)"));
        } catch (IOException e) {
            throw new UsageProblem(cannotRead("pseudonym key", pseudonymKeyFile, e));
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
    }

    private CurriculumFile readCurriculum(PrintWriter err) {
        CurriculumFile file = CurriculumFile.read(spec, curriculumFile, false);
        if (file.exitCode() == TandemCommand.BAD_INPUT) {
            Messages.of(spec).error("the curriculum has errors; nothing evaluated");
        }
        return file;
    }

    private static String cannotRead(String what, Path file, Throwable cause) {
        return "cannot read the " + what + " file " + file + ": " + reason(cause);
    }

    private static String reason(Throwable cause) {
        if (cause instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return cause == null || cause.getMessage() == null ? "I/O error" : cause.getMessage();
    }

    /** A usage or I/O problem: reported in one line, exit 2. */
    private static final class UsageProblem extends Exception {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message, null, false, false);
        }
    }
}
