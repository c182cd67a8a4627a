package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diff.CurriculumDiff;
import dev.tandem.diff.Impact;
import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.diff.AffectedCsv;
import dev.tandem.io.diff.DiffJson;
import dev.tandem.io.diff.DiffText;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.xapi.XapiMapException;
import dev.tandem.io.xapi.XapiSummary;
import dev.tandem.io.xapi.XapiReader;
import dev.tandem.progress.Cohort;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tandem diff OLD NEW}: what changes between two versions of a curriculum (FORMAT section 14.2), as a
 * review (text) or JSON; with evidence, the impact on the cohort. Exit 0 when the versions are the same in
 * everything compared, 1 when they differ, 2 for usage or I/O problems, a curriculum with errors other than
 * violated requirements, or invalid evidence (unless {@code --skip-invalid}).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two versions of a curriculum: structural changes by id, every situation the "
                + "escalation policy now decides differently (lowered tiers first, each with an example), the "
                + "scenario vignettes whose expected answer changes and, with --evidence, the impact on a cohort.",
            "Exit status: 0 the same, 1 they differ, 2 usage or I/O problem, a curriculum with errors, or "
                    + "invalid evidence. Violated policy requirements are reported and the comparison still runs."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old version (.yaml, .yml or .json).")
    String oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version (.yaml, .yml or .json).")
    String newFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: a review to read) or json.")
    String formatName;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "Evidence to evaluate every learner under both versions: JSON Lines, a JSON array, "
                    + "CSV, or xAPI statements (with --evidence-format xapi and --xapi-map).")
    Path evidenceFile;

    @Option(names = "--evidence-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default: from the extension or the first character), jsonl, json, csv or xapi.")
    String evidenceFormatName;

    @Option(names = "--xapi-map", paramLabel = "FILE",
            description = "With --evidence-format xapi: the map of activity IRIs to assessments, modules and "
                    + "practice.")
    Path xapiMap;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "The evaluation instant for the impact: an ISO-8601 instant with offset, or a date "
                    + "(its start, UTC). Default: now.")
    String asOfText;

    @Option(names = "--skip-invalid",
            description = "Evaluate the good evidence records and report the bad ones as warnings, instead of "
                    + "stopping with exit 2.")
    boolean skipInvalid;

    @Option(names = "--affected", paramLabel = "FILE",
            description = "Write learner,old-status,new-status for every learner whose certification status "
                    + "changes to this CSV file (personal data: never printed).")
    Path affected;

    private final Host host;

    /** @param host the clock (the default --as-of) */
    DiffCommand(Host host) {
        this.host = host;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return diff(err);
        } catch (UsageProblem e) {
            err.println("tandem diff: " + e.getMessage());
            return TandemCommand.USAGE;
        } finally {
            err.flush();
        }
    }

    private int diff(PrintWriter err) throws UsageProblem {
        String format = formatName.toLowerCase(Locale.ROOT);
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageProblem("unknown format '" + formatName + "' (formats: text, json)");
        }
        if (evidenceFile == null && (affected != null || asOfText != null || xapiMap != null || skipInvalid
                || !evidenceFormatName.equals("auto"))) {
            throw new UsageProblem("--affected, --as-of, --evidence-format, --xapi-map and --skip-invalid are used "
                    + "only with --evidence FILE");
        }
        String evidenceFormat = evidenceFile == null ? null : evidenceFormat();
        Instant asOf = evidenceFile == null ? null : asOf();
        Curriculum older = read(oldFile, err);
        Curriculum newer = read(newFile, err);
        if (older == null || newer == null) {
            return TandemCommand.USAGE;
        }
        CurriculumDiff diff = CurriculumDiff.of(older, newer, CurriculumWriter::canonicalTree);
        if (evidenceFile != null) {
            Cohort before = cohort(err, older, evidenceFormat);
            Cohort after = before == null ? null : cohort(err, newer, evidenceFormat);
            if (before == null || after == null) {
                return TandemCommand.USAGE;
            }
            diff = diff.withImpact(Impact.of(before, after, asOf));
            if (affected != null) {
                writeAffected(diff.impact());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? DiffJson.write(diff) : DiffText.write(diff));
        out.flush();
        return diff.isEmpty() ? TandemCommand.OK : TandemCommand.BAD_INPUT;
    }

    /**
     * Reads one version; prints its problems as {@code validate} does. A curriculum whose only errors are violated
     * requirements is compared all the same (it is the draft a reviewer most needs to see).
     *
     * @return the curriculum to compare, or null when the command must stop with exit 2
     */
    private static Curriculum read(String file, PrintWriter err) {
        CurriculumFile read = CurriculumFile.read(file, err, false);
        if (read.exitCode() == TandemCommand.USAGE) {
            return null;
        }
        Curriculum c = read.result().forReview().orElse(null);
        if (c == null) {
            err.println("tandem diff: " + file + " has errors; nothing compared");
        }
        return c;
    }

    private String evidenceFormat() throws UsageProblem {
        String name = evidenceFormatName.toLowerCase(Locale.ROOT);
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

    private Instant asOf() throws UsageProblem {
        if (asOfText == null) {
            return host.clock().instant();
        }
        return EvidenceReader.parseInstant(asOfText).orElseThrow(() -> new UsageProblem("--as-of: not an "
                + "ISO-8601 instant with offset (2026-11-21T00:00:00Z) or a date (2026-11-21)"));
    }

    /** Reads the evidence against one version; null when it is invalid (and not skipped) or the map has errors. */
    private Cohort cohort(PrintWriter err, Curriculum curriculum, String format) throws UsageProblem {
        Cohort.Builder cohort = dev.tandem.progress.Evaluator.of(curriculum).cohort();
        EvidenceSummary summary = format.equals("xapi") ? statements(err, curriculum, cohort)
                : records(curriculum, cohort, format);
        if (summary == null) {
            return null;
        }
        String version = curriculum.id() + " " + curriculum.version();
        if (!summary.isClean()) {
            String severity = skipInvalid ? "warning" : "error";
            summary.problems().forEach(p -> err.println(evidenceFile + ":" + p.line() + ": " + severity + ": "
                    + (p.field() == null ? "" : p.field() + ": ") + p.message() + " (evidence for " + version + ")"));
            if (!skipInvalid) {
                err.println("tandem diff: " + summary.rejected() + " of " + summary.read() + " evidence records "
                        + (summary.rejected() == 1 ? "is" : "are") + " invalid for " + version
                        + "; nothing compared (use --skip-invalid to evaluate the valid ones)");
                return null;
            }
        }
        return cohort.build();
    }

    private EvidenceSummary records(Curriculum curriculum, Cohort.Builder cohort, String format)
            throws UsageProblem {
        EvidenceReader reader = EvidenceReader.of(curriculum);
        try {
            if (format.equals("auto")) {
                return reader.read(evidenceFile, cohort::add);
            }
            EvidenceFormat explicit = switch (format) {
                case "jsonl" -> EvidenceFormat.JSON_LINES;
                case "json" -> EvidenceFormat.JSON_ARRAY;
                default -> EvidenceFormat.CSV;
            };
            try (InputStream in = Files.newInputStream(evidenceFile)) {
                return reader.read(in, explicit, cohort::add);
            }
        } catch (IOException e) {
            throw new UsageProblem("cannot read the evidence file " + evidenceFile + ": "
                    + DiagnosticPrinter.describe(e));
        }
    }

    private EvidenceSummary statements(PrintWriter err, Curriculum curriculum, Cohort.Builder cohort)
            throws UsageProblem {
        XapiSummary summary;
        try {
            summary = XapiReader.read(evidenceFile, xapiMap, curriculum, cohort::add);
        } catch (XapiMapException e) {
            DiagnosticPrinter.text(err, xapiMap.toString(), e.diagnostics());
            err.println("tandem diff: the xAPI map has errors; nothing compared");
            return null;
        } catch (UncheckedIOException e) {
            throw new UsageProblem("cannot read the evidence or the xAPI map: " + DiagnosticPrinter.describe(
                    e.getCause()));
        }
        List<EvidenceProblem> problems = summary.problems().stream()
                .map(p -> new EvidenceProblem(Math.max(1, p.line()), p.field(),
                        (p.statement() > 0 ? "statement " + p.statement() + ": " : "") + p.message()))
                .toList();
        return new EvidenceSummary(summary.accepted() + summary.rejected(), summary.accepted(), summary.rejected(),
                problems);
    }

    private void writeAffected(Impact impact) throws UsageProblem {
        try {
            AtomicFiles.write(affected, out -> AffectedCsv.write(impact, out));
        } catch (IOException e) {
            throw new UsageProblem("cannot write " + affected + ": " + DiagnosticPrinter.describe(e));
        }
    }

    /** A usage or I/O problem: reported in one line, exit 2. */
    private static final class UsageProblem extends Exception {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message, null, false, false);
        }
    }
}
