package dev.tandem.cli;

import dev.tandem.analytics.CohortEvidence;
import dev.tandem.analytics.CohortReport;
import dev.tandem.analytics.Grouping;
import dev.tandem.analytics.ReportOptions;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.internal.Instants;
import dev.tandem.io.report.ReportFormat;
import dev.tandem.io.report.ReportWriter;
import dev.tandem.progress.Evaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code tandem report --curriculum FILE --evidence FILE [--as-of T] [--min-cell K] [--format json|csv|html]
 * [--by month] [--output FILE]}: the cohort report of FORMAT section 12.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = TandemCommand.Version.class,
        description = {"Report on a cohort: attainment, time to certification, assessments and escalation "
            + "judgement, with counts under K suppressed. Learner ids never appear in the output.",
            "Exit status: 0 reported, 1 the curriculum or the evidence has errors, 2 usage or I/O problem."})
final class ReportCommand implements Callable<Integer> {

    private final Host host;

    /** @param host the clock (the default --as-of) */
    ReportCommand(Host host) {
        this.host = host;
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--curriculum", required = true, paramLabel = "FILE",
            description = "The curriculum (.yaml, .yml or .json).")
    String curriculum;

    @Option(names = "--evidence", required = true, paramLabel = "FILE",
            description = "The evidence (.jsonl, .json or .csv).")
    String evidence;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "The evaluation instant: an ISO-8601 instant with offset, or a date (its start, UTC). "
                    + "Default: now.")
    Instant asOf;

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
        Output out;
        try {
            out = Output.of(output, false, Path.of(curriculum), Path.of(evidence));
        } catch (Output.Problem e) {
            err.println("tandem report: " + e.getMessage());
            return TandemCommand.USAGE;
        } catch (InvalidPathException e) {
            err.println("tandem report: invalid file name");
            return TandemCommand.USAGE;
        }
        CurriculumFile read = CurriculumFile.read(curriculum, err, true);
        if (read.failed()) {
            return read.exitCode();
        }
        Curriculum c = read.curriculum();
        CohortEvidence.Builder cohort = CohortEvidence.builder(Evaluator.of(c));
        EvidenceSummary summary;
        try {
            Path path = Path.of(evidence);
            if (Files.isDirectory(path)) {
                err.println("tandem: cannot read " + evidence + ": is a directory");
                return TandemCommand.USAGE;
            }
            summary = EvidenceReader.of(c).read(path, cohort::add);
        } catch (IOException e) {
            err.println("tandem: cannot read " + evidence + ": " + DiagnosticPrinter.describe(e));
            return TandemCommand.USAGE;
        } catch (UncheckedIOException e) {
            err.println("tandem: cannot read " + evidence + ": " + DiagnosticPrinter.describe(e.getCause()));
            return TandemCommand.USAGE;
        } catch (InvalidPathException e) {
            err.println("tandem: cannot read " + evidence + ": invalid file name");
            return TandemCommand.USAGE;
        }
        if (!summary.isClean()) {
            for (EvidenceProblem p : summary.problems()) {
                err.println(DiagnosticPrinter.problem(evidence, p, "error"));
            }
            err.println("tandem: " + summary.rejected() + " of " + summary.read() + " evidence records have errors; "
                    + "no report written");
            err.flush();
            return TandemCommand.BAD_INPUT;
        }
        ReportOptions options = new ReportOptions(asOf == null ? host.clock().instant() : asOf, minCell,
                by == null ? Grouping.NONE : by, binDays);
        CohortReport report = CohortReport.of(cohort.build(), options);
        try {
            out.write(spec.commandLine().getOut(), w -> ReportWriter.write(report, c, format, w));
        } catch (Output.Problem e) {
            err.println("tandem report: " + e.getMessage());
            return TandemCommand.USAGE;
        }
        err.flush();
        return TandemCommand.OK;
    }

    private int usage(String message) {
        throw new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Converts an ISO-8601 instant with offset, or a date, to an instant. */
    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            return Optional.ofNullable(Instants.parse(value)).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "expected an ISO-8601 instant with offset or a date, not '" + value + "'"));
        }
    }

    /** Converts json, csv or html (any case) to a format. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromId(value.toLowerCase(Locale.ROOT)).orElseThrow(
                    () -> new CommandLine.TypeConversionException("expected json, csv or html, not '" + value + "'"));
        }
    }

    /** Converts "month" to a grouping. */
    static final class GroupingConverter implements CommandLine.ITypeConverter<Grouping> {
        @Override
        public Grouping convert(String value) {
            if (!value.toLowerCase(Locale.ROOT).equals("month")) {
                throw new CommandLine.TypeConversionException("expected month, not '" + value + "'");
            }
            return Grouping.MONTH;
        }
    }
}
