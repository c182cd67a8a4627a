package dev.tandem.cli;

import dev.tandem.analytics.CohortEvidence;
import dev.tandem.analytics.CohortReport;
import dev.tandem.analytics.Grouping;
import dev.tandem.analytics.ReportOptions;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.report.ReportFormat;
import dev.tandem.io.report.ReportWriter;
import dev.tandem.progress.Evaluator;
import java.io.IOException;
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

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5",
            description = "The smallest count shown; counts from 1 to K-1 are suppressed (default: ${DEFAULT-VALUE}).")
    int minCell;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
            description = "json (default), csv (a tidy long table) or html (one self-contained page).")
    ReportFormat format;

    @Option(names = "--by", paramLabel = "FIELD", converter = GroupingConverter.class,
            description = "month: add the same figures per calendar month of each learner's first record.")
    Grouping by;

    @Option(names = "--bin-days", paramLabel = "DAYS", defaultValue = "30",
            description = "The width of the time-to-certification histogram's bins (default: ${DEFAULT-VALUE}).")
    int binDays;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard "
            + "output.")
    String output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (minCell < 1) {
            return usage("--min-cell must be at least 1, not " + minCell);
        }
        if (binDays < 1) {
            return usage("--bin-days must be at least 1, not " + binDays);
        }
        evidenceOptions.check(curriculum);
        Instant asOf = evidenceOptions.asOf(host.clock());
        Set<LearnerId> learners = evidenceOptions.learners(id -> id);
        CurriculumFile read = CurriculumFile.read(spec, curriculum, true);
        if (read.failed()) {
            return read.exitCode();
        }
        Curriculum c = read.curriculum();
        CohortEvidence.Builder cohort = CohortEvidence.builder(Evaluator.of(c));
        Messages messages = Messages.of(spec);
        EvidenceInput input = evidenceOptions.read(c, r -> {
            if (learners.isEmpty() || learners.contains(r.learner())) {
                cohort.add(r);
            }
        }, TandemCommand.standardInput(spec), messages);
        if (!input.accept(messages, evidenceOptions.skipInvalid(), true, "no report written",
                "report on the valid ones")) {
            return TandemCommand.BAD_INPUT;
        }
        ReportOptions options = new ReportOptions(asOf, minCell,
                by == null ? Grouping.NONE : by, binDays);
        CohortReport report = CohortReport.of(cohort.build(), options);
        try {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                ReportWriter.write(report, c, format, out);
                out.flush();
            } else {
                AtomicFiles.write(Path.of(output), w -> ReportWriter.write(report, c, format, w));
            }
        } catch (IOException e) {
            throw CommandFailure.io("cannot write " + output + ": " + DiagnosticPrinter.describe(e));
        } catch (InvalidPathException e) {
            throw CommandFailure.io("cannot write " + output + ": invalid file name");
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
