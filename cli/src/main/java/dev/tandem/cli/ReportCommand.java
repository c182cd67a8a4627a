package dev.tandem.cli;

import dev.tandem.analytics.CohortEvidence;
import dev.tandem.analytics.CohortReport;
import dev.tandem.analytics.Grouping;
import dev.tandem.analytics.ReportOptions;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.report.ReportFormat;
import dev.tandem.io.report.ReportWriter;
import dev.tandem.progress.Evaluator;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import dev.tandem.evidence.LearnerId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code tandem report --curriculum FILE --evidence FILE [--as-of T] [--min-cell K] [--format json|csv|html]
 * [--by month] [--output FILE]}: the cohort report of FORMAT section 12.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Report on a cohort: attainment, time to certification, assessments and escalation "
            + "judgement, with counts under K suppressed. Learner ids never appear in the output."})
final class ReportCommand implements Callable<Integer> {

    private final Host host;

    /** @param host the clock (the default --as-of) */
    ReportCommand(Host host) {
        this.host = host;
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--curriculum", required = true, paramLabel = "FILE",
            description = "The curriculum (.yaml, .yml or .json), or - for standard input.")
    String curriculum;

    @CommandLine.Mixin
    EvidenceOptions evidenceOptions = new EvidenceOptions();

    @CommandLine.Mixin
    RunOptions runOptions = new RunOptions();

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5",
            description = "The smallest count shown; counts from 1 to K-1 are suppressed (1 to " + MAX_MIN_CELL
                    + ", default: ${DEFAULT-VALUE}).")
    int minCell;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
            description = "json (default), csv (a tidy long table) or html (one self-contained page).")
    ReportFormat format;

    @Option(names = "--by", paramLabel = "FIELD", converter = GroupingConverter.class,
            description = "month: add the same figures per calendar month of each learner's first record.")
    Grouping by;

    @Option(names = "--bin-days", paramLabel = "DAYS", defaultValue = "30",
            description = "The width in days of the time-to-certification histogram's bins (1 to " + MAX_BIN_DAYS
                    + ", default: ${DEFAULT-VALUE}).")
    int binDays;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (atomically) instead of "
            + "standard output (-).")
    String output;

    /** The largest {@code --min-cell}. */
    static final int MAX_MIN_CELL = 1_000_000;
    /** The largest {@code --bin-days}: ten years. */
    static final int MAX_BIN_DAYS = 3650;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (minCell < 1 || minCell > MAX_MIN_CELL) {
            return usage("--min-cell must be from 1 to " + MAX_MIN_CELL + ", not " + minCell);
        }
        if (binDays < 1 || binDays > MAX_BIN_DAYS) {
            return usage("--bin-days must be from 1 to " + MAX_BIN_DAYS + ", not " + binDays);
        }
        evidenceOptions.check(curriculum);
        Output out;
        try {
            List<Path> inputs = new java.util.ArrayList<>(evidenceOptions.inputFiles());
            if (!curriculum.equals("-")) {
                inputs.add(Path.of(curriculum));
            }
            out = Output.of(output, false, inputs.toArray(Path[]::new));
        } catch (Output.Problem e) {
            throw CommandFailure.io(e.getMessage());
        } catch (InvalidPathException e) {
            throw CommandFailure.io("invalid file name");
        }
        Instant asOf = evidenceOptions.asOf(host.clock());
        Set<LearnerId> learners = evidenceOptions.learners(id -> id);
        CurriculumFile read = CurriculumFile.read(spec, curriculum, true);
        if (read.failed()) {
            return read.exitCode();
        }
        Curriculum c = read.curriculum();
        CohortEvidence.Builder cohort = CohortEvidence.builder(Evaluator.of(c));
        Messages messages = Messages.of(spec);
        int threads = runOptions.threads(host);
        evidenceOptions.threads(threads);
        CohortReport report;
        try (Progress progress = runOptions.progress(host, messages)) {
            progress.phase("reading the evidence", "records", -1);
            EvidenceInput input = evidenceOptions.read(c, r -> {
                if (learners.isEmpty() || learners.contains(r.learner())) {
                    cohort.add(r);
                }
                progress.step();
            }, TandemCommand.standardInput(spec), messages);
            progress.pause();
            if (!input.accept(messages, evidenceOptions.skipInvalid(), true, "no report written",
                    "report on the valid ones")) {
                return TandemCommand.BAD_INPUT;
            }
            ReportOptions options = new ReportOptions(asOf, minCell,
                    by == null ? Grouping.NONE : by, binDays);
            progress.phase("evaluating and counting", null, -1);
            report = CohortReport.of(cohort.build(), options, threads);
        }
        try {
            out.write(spec.commandLine().getOut(), w -> ReportWriter.write(report, c, format, w));
        } catch (Output.Problem e) {
            throw CommandFailure.io(e.getMessage());
        }
        err.flush();
        return TandemCommand.OK;
    }

    private int usage(String message) {
        throw new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Converts json, csv or html (any case) to a format. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromId(Choices.convert("format", value, List.of("json", "csv", "html")))
                    .orElseThrow();
        }
    }

    /** Converts "month" to a grouping. */
    static final class GroupingConverter implements CommandLine.ITypeConverter<Grouping> {
        @Override
        public Grouping convert(String value) {
            Choices.convert("grouping", value, List.of("month"));
            return Grouping.MONTH;
        }
    }
}
