package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.internal.Instants;
import dev.tandem.io.privacy.Pseudonymizer;
import dev.tandem.io.progress.ProgressFormat;
import dev.tandem.io.progress.ProgressWriter;
import dev.tandem.io.xapi.XapiMapException;
import dev.tandem.io.xapi.XapiProblem;
import dev.tandem.io.xapi.XapiReader;
import dev.tandem.io.xapi.XapiSummary;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
            description = "The curriculum (YAML or JSON).")
    Path curriculumFile;

    @Option(names = "--evidence", required = true, paramLabel = "FILE",
            description = "The evidence: JSON Lines (.jsonl, .ndjson), a JSON array (.json) or CSV (.csv).")
    Path evidenceFile;

    @Option(names = "--evidence-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default: from the extension or the first character), jsonl, json, csv, or xapi "
                    + "(xAPI statements, with --xapi-map).")
    String evidenceFormatName;

    @Option(names = "--xapi-map", paramLabel = "FILE",
            description = "With --evidence-format xapi: the map of activity IRIs to assessments, modules and "
                    + "practice (YAML).")
    Path xapiMap;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "The evaluation instant: an ISO-8601 instant with offset, or a date (start of day UTC). "
                    + "Default: now.")
    String asOfText;

    @Option(names = "--learner", paramLabel = "ID",
            description = "Evaluate only this learner (repeatable); shown even without records.")
    List<String> learnerIds = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default), csv or text.")
    String formatName;

    @Option(names = "--skip-invalid",
            description = "Evaluate the good records and report the bad ones as warnings, instead of failing.")
    boolean skipInvalid;

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
            err.println("tandem evaluate: " + e.getMessage());
            return TandemCommand.USAGE;
        } finally {
            err.flush();
        }
    }

    private int evaluate(PrintWriter err) throws UsageProblem {
        ProgressFormat format = ProgressFormat.fromId(formatName).orElseThrow(() -> new UsageProblem(
                "unknown format '" + formatName + "' (formats: json, csv, text)"));
        Instant asOf = asOf();
        pseudonymizer = pseudonymizer();
        Set<LearnerId> learners = learners();
        String evidenceFormat = evidenceFormat();
        BadgeFiles badges = badgeFiles();
        Output out = output();
        CurriculumFile file = readCurriculum(err);
        if (file.failed()) {
            return file.exitCode();
        }
        Curriculum curriculum = file.curriculum();
        if (badges != null && curriculum.certification().isEmpty()) {
            err.println("tandem evaluate: --badges: the curriculum has no certification to issue; nothing evaluated");
            return TandemCommand.BAD_INPUT;
        }
        Evaluator evaluator = Evaluator.of(curriculum);
        Cohort.Builder cohort = evaluator.cohort();
        learners.forEach(cohort::include);
        EvidenceSummary evidence = hidden("xapi".equals(evidenceFormat)
                ? readStatements(err, curriculum, learners, cohort)
                : readEvidence(curriculum, learners, cohort, evidenceFormat));
        if (evidence == null) {
            return TandemCommand.BAD_INPUT;
        }
        if (!evidence.isClean() && !skipInvalid) {
            reportErrors(err, out, format, curriculum, asOf, evidence);
            return TandemCommand.BAD_INPUT;
        }
        if (!evidence.isClean()) {
            if (format != ProgressFormat.JSON) {
                evidence.problems().forEach(p -> err.println(problemLine(p, "warning") + " (record skipped)"));
            }
            err.println("tandem evaluate: skipped " + evidence.rejected() + " invalid evidence record"
                    + (evidence.rejected() == 1 ? "" : "s") + " of " + evidence.read());
        }
        Cohort built = cohort.build();
        List<LearnerId> certified = new ArrayList<>();
        // the progress and the credentials are moved into place together, once all were written
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            out.add(spec.commandLine().getOut(), batch, (Writer w) -> {
                try (ProgressWriter writer = ProgressWriter.open(format, w, curriculum, asOf, evidence)) {
                    Iterator<LearnerProgress> progress = built.evaluate(asOf).iterator();
                    while (progress.hasNext()) {
                        LearnerProgress p = progress.next();
                        writer.write(p);
                        if (badges != null && p.certification() != null && p.certification().certified()) {
                            certified.add(p.learner());
                        }
                    }
                }
            });
            int n = badges == null ? 0 : writeBadges(batch, badges, curriculum, built, certified, asOf);
            batch.commit();
            if (badges != null) {
                err.println("tandem evaluate: wrote " + n + " badge credential" + (n == 1 ? "" : "s") + " to "
                        + badges.directory());
            }
        } catch (Output.Problem e) {
            throw new UsageProblem(e.getMessage());
        } catch (IOException e) {
            throw new UsageProblem(cannotWrite(out.name(), e));
        }
        return TandemCommand.OK;
    }

    /**
     * {@return the summary as a pseudonymized run shows it: without any value of the file (an id shifted into
     * another column would be one); unchanged without --pseudonymize}
     */
    private EvidenceSummary hidden(EvidenceSummary evidence) {
        if (pseudonymizer == null || evidence == null) {
            return evidence;
        }
        return new EvidenceSummary(evidence.read(), evidence.accepted(), evidence.rejected(),
                evidence.problems().stream().map(EvidenceProblem::withoutValues).toList());
    }

    private Output output() throws UsageProblem {
        try {
            return Output.of(output, true, curriculumFile, evidenceFile, xapiMap, pseudonymKeyFile);
        } catch (Output.Problem e) {
            throw new UsageProblem(e.getMessage());
        }
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
            return badges.write(batch, curriculum, cohort, certified, asOf, Output.inputs(curriculumFile,
                    evidenceFile, xapiMap, pseudonymKeyFile));
        } catch (IOException e) {
            throw new UsageProblem("cannot write the badges into " + badges.directory() + ": " + reason(e));
        }
    }

    private Instant asOf() throws UsageProblem {
        if (asOfText == null) {
            return host.clock().instant();
        }
        return Optional.ofNullable(Instants.parse(asOfText)).orElseThrow(() -> new UsageProblem("--as-of: not an "
                + "ISO-8601 instant with offset (2026-11-21T00:00:00Z) or a date (2026-11-21)"));
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

    private Set<LearnerId> learners() throws UsageProblem {
        Set<LearnerId> learners = new LinkedHashSet<>();
        for (String id : learnerIds) {
            if (!LearnerId.isValid(id)) {
                throw new UsageProblem("--learner: a learner id has 1 to " + LearnerId.MAX_LENGTH
                        + " characters, is not blank and has no control characters");
            }
            learners.add(pseudonymizer == null ? LearnerId.of(id) : pseudonymizer.pseudonym(LearnerId.of(id)));
        }
        return learners;
    }

    private CurriculumFile readCurriculum(PrintWriter err) {
        CurriculumFile file = CurriculumFile.read(curriculumFile.toString(), err, false);
        if (file.exitCode() == TandemCommand.BAD_INPUT) {
            err.println("tandem evaluate: the curriculum has errors; nothing evaluated");
        }
        return file;
    }

    private String evidenceFormat() throws UsageProblem {
        String name = evidenceFormatName.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("auto", "jsonl", "json", "csv", "xapi").contains(name)) {
            throw new UsageProblem("unknown evidence format '" + evidenceFormatName
                    + "' (formats: auto, jsonl, json, csv, xapi)");
        }
        if (name.equals("xapi") != (xapiMap != null)) {
            throw new UsageProblem(xapiMap == null ? "--evidence-format xapi needs --xapi-map FILE"
                    : "--xapi-map is used only with --evidence-format xapi");
        }
        return name;
    }

    private EvidenceSummary readEvidence(Curriculum curriculum, Set<LearnerId> learners, Cohort.Builder cohort,
            String format) throws UsageProblem {
        java.util.function.Consumer<dev.tandem.evidence.EvidenceRecord> sink = read -> {
            EvidenceRecord record = pseudonymizer == null ? read : pseudonymizer.pseudonymize(read);
            if (learners.isEmpty() || learners.contains(record.learner())) {
                cohort.add(record);
            }
        };
        EvidenceReader reader = EvidenceReader.of(curriculum);
        try {
            if (format.equals("auto")) {
                return reader.read(evidenceFile, sink);
            }
            EvidenceFormat explicit = switch (format) {
                case "jsonl" -> EvidenceFormat.JSON_LINES;
                case "json" -> EvidenceFormat.JSON_ARRAY;
                default -> EvidenceFormat.CSV;
            };
            try (InputStream in = Files.newInputStream(evidenceFile)) {
                return reader.read(in, explicit, sink);
            }
        } catch (IOException e) {
            throw new UsageProblem(cannotRead("evidence", evidenceFile, e));
        }
    }

    /**
     * Reads xAPI statements (FORMAT section 10) into the cohort; returns null when the map has errors (they are
     * printed). Statement problems become evidence problems at the statement's line; the reader's warnings
     * (voided ids not in the file, statements skipped because the map does not name them) go to stderr.
     */
    private EvidenceSummary readStatements(PrintWriter err, Curriculum curriculum, Set<LearnerId> learners,
            Cohort.Builder cohort) throws UsageProblem {
        XapiSummary summary;
        try {
            summary = XapiReader.read(evidenceFile, xapiMap, curriculum, read -> {
                EvidenceRecord record = pseudonymizer == null ? read : pseudonymizer.pseudonymize(read);
                if (learners.isEmpty() || learners.contains(record.learner())) {
                    cohort.add(record);
                }
            });
        } catch (XapiMapException e) {
            DiagnosticPrinter.text(err, xapiMap.toString(), e.diagnostics());
            err.println("tandem evaluate: the xAPI map has errors; nothing evaluated");
            return null;
        } catch (UncheckedIOException e) {
            throw new UsageProblem("cannot read the evidence or the xAPI map: " + reason(e.getCause()));
        }
        for (XapiProblem w : summary.warnings()) {
            String message = w.message();
            if (pseudonymizer != null) {
                message = new EvidenceProblem(Math.max(1, w.line()), null, message).withoutValues().message();
            }
            err.println(dev.tandem.internal.Excerpt.escaped(evidenceFile.toString()) + (w.line() > 0 ? ":"
                    + w.line() : "") + ": warning: " + dev.tandem.internal.Excerpt.of(message,
                    DiagnosticPrinter.MAX_MESSAGE));
        }
        List<EvidenceProblem> problems = summary.problems().stream()
                .map(p -> new EvidenceProblem(Math.max(1, p.line()), p.field(),
                        (p.statement() > 0 ? "statement " + p.statement() + ": " : "") + p.message()))
                .toList();
        return new EvidenceSummary(summary.accepted() + summary.rejected(), summary.accepted(), summary.rejected(),
                problems);
    }

    /**
     * Reports bad evidence: as the JSON error document on standard output (never into an output file, which a
     * failed run leaves as it was), or as lines on standard error.
     */
    private void reportErrors(PrintWriter err, Output out, ProgressFormat format, Curriculum curriculum,
            Instant asOf, EvidenceSummary evidence) throws UsageProblem {
        if (format == ProgressFormat.JSON && out.isStandardOutput()) {
            try {
                out.write(spec.commandLine().getOut(), w -> ProgressWriter.writeJsonErrors(w, curriculum, asOf,
                        evidence.problems()));
            } catch (Output.Problem e) {
                throw new UsageProblem(e.getMessage());
            }
        } else {
            evidence.problems().forEach(p -> err.println(problemLine(p, "error")));
        }
        err.println("tandem evaluate: " + evidence.rejected() + " of " + evidence.read() + " evidence records "
                + (evidence.rejected() == 1 ? "is" : "are") + " invalid"
                + (evidence.problems().size() > evidence.rejected() ? " (or the file cannot be read)" : "")
                + "; nothing evaluated" + (out.isStandardOutput() ? "" : ", " + out.name() + " left as it was")
                + " (use --skip-invalid to evaluate the valid ones)");
    }

    private String problemLine(EvidenceProblem p, String severity) {
        return DiagnosticPrinter.problem(evidenceFile.toString(), p, severity);
    }

    private static String cannotRead(String what, Path file, Throwable cause) {
        return "cannot read the " + what + " file " + file + ": " + reason(cause);
    }

    private static String cannotWrite(String file, IOException cause) {
        return "cannot write " + file + ": " + reason(cause);
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
