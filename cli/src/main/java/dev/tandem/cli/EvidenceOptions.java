package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.internal.Instants;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.xapi.XapiMap;
import dev.tandem.io.xapi.XapiMapException;
import dev.tandem.io.xapi.XapiProblem;
import dev.tandem.io.xapi.XapiReader;
import dev.tandem.io.xapi.XapiSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * The evidence options every command that reads evidence shares ({@code evaluate}, {@code report}, ...): the
 * file or {@code -}, its format (told from the extension or the content when not given), the xAPI map, strict
 * or {@code --skip-invalid} reading, the evaluation instant and the learners. Mixed into the commands.
 */
final class EvidenceOptions {

    /** The evidence formats {@code --evidence-format} accepts. */
    static final List<String> FORMATS = List.of("auto", "jsonl", "json", "csv", "xapi");

    @Option(names = "--evidence", required = true, paramLabel = "FILE",
            description = "The evidence, or - for standard input: JSON Lines (.jsonl, .ndjson), a JSON array "
                    + "(.json), CSV (.csv), or xAPI statements (with --xapi-map).")
    String evidence;

    @Option(names = "--evidence-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default: xapi with --xapi-map, else from the extension or the content), jsonl, "
                    + "json, csv or xapi.")
    String formatName;

    @Option(names = "--xapi-map", paramLabel = "FILE",
            description = "Read the evidence as xAPI statements with this map of activity IRIs to assessments, "
                    + "modules and practice (YAML).")
    Path xapiMap;

    @Option(names = "--skip-invalid",
            description = "Use the good evidence records and report the bad ones as warnings, instead of "
                    + "stopping with exit 1.")
    boolean skipInvalid;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "The evaluation instant: an ISO-8601 instant with offset (2026-11-21T09:00:00Z), or a "
                    + "date (its start, UTC). Default: now.")
    String asOfText;

    @Option(names = "--learner", paramLabel = "ID",
            description = "Only this learner (repeatable); shown even without records.")
    List<String> learnerIds = new ArrayList<>();

    /** {@return the evidence as named on the command line: a file name or -} */
    String evidence() {
        return evidence;
    }

    /** {@return the files these options read (the evidence unless it is standard input, the xAPI map)} */
    List<Path> inputFiles() {
        List<Path> files = new ArrayList<>();
        if (evidence != null && !evidence.equals("-")) {
            try {
                files.add(Path.of(evidence));
            } catch (java.nio.file.InvalidPathException e) {
                // not a file that can exist
            }
        }
        if (xapiMap != null) {
            files.add(xapiMap);
        }
        return files;
    }

    /** {@return whether bad records are skipped (with warnings) rather than stopping the command} */
    boolean skipInvalid() {
        return skipInvalid;
    }

    /**
     * {@return the evaluation instant: {@code --as-of}, or the clock's instant}
     *
     * @param clock the clock read when {@code --as-of} is not given
     * @throws CommandFailure a usage problem when {@code --as-of} is neither an instant nor a date
     */
    Instant asOf(Clock clock) {
        if (asOfText == null) {
            return clock.instant();
        }
        Instant asOf = Instants.parse(asOfText);
        if (asOf == null) {
            throw CommandFailure.usage("--as-of: not an ISO-8601 instant with offset (2026-11-21T09:00:00Z) or a "
                    + "date (2026-11-21)");
        }
        return asOf;
    }

    /**
     * {@return the learners of {@code --learner}, each passed through a mapping (such as pseudonyms), in order;
     * empty for every learner}
     *
     * @param mapping applied to each id
     * @throws CommandFailure a usage problem when an id is not a valid learner id (the id is not repeated)
     */
    Set<LearnerId> learners(UnaryOperator<LearnerId> mapping) {
        Set<LearnerId> learners = new LinkedHashSet<>();
        for (String id : learnerIds) {
            if (!LearnerId.isValid(id)) {
                throw CommandFailure.usage("--learner: a learner id has 1 to " + LearnerId.MAX_LENGTH
                        + " characters, is not blank and has no control characters");
            }
            learners.add(mapping.apply(LearnerId.of(id)));
        }
        return learners;
    }

    /**
     * Checks what can be checked before anything is read: the format, the map, and that standard input is not
     * named twice.
     *
     * @param curriculum the curriculum as named on the command line
     * @throws CommandFailure a usage problem
     */
    void check(String curriculum) {
        format();
        if (InputSource.STANDARD_INPUT.equals(evidence) && InputSource.STANDARD_INPUT.equals(curriculum)) {
            throw CommandFailure.usage("the curriculum and the evidence cannot both come from standard input (-)");
        }
    }

    /** {@return the format to read: "xapi", "jsonl", "json", "csv", or "auto" to be told from the input} */
    private String format() {
        String name = Choices.check("evidence format", formatName, FORMATS);
        if (name.equals("xapi") && xapiMap == null) {
            throw CommandFailure.usage("--evidence-format xapi needs --xapi-map FILE, the map of activity IRIs to "
                    + "assessments, modules and practice");
        }
        if (xapiMap != null && !name.equals("auto") && !name.equals("xapi")) {
            throw CommandFailure.usage("--xapi-map is used only with xAPI statements (--evidence-format xapi)");
        }
        return xapiMap != null ? "xapi" : name;
    }

    /** The threads that parse JSON Lines evidence; set by the commands that take {@code --threads}. */
    private int threads = 1;

    /**
     * Sets the threads that parse JSON Lines evidence.
     *
     * @param n at least 1
     */
    void threads(int n) {
        threads = n;
    }

    /**
     * Reads the evidence into a sink.
     *
     * @param curriculum the curriculum the evidence is checked against
     * @param sink       receives each good record, in order
     * @param stdin      standard input, read when the evidence is {@code -}
     * @param messages   where the xAPI map's problems and the reader's warnings go
     * @return what was read, with every problem
     * @throws CommandFailure when the evidence cannot be read (exit 2), looks like xAPI statements without a
     *                        map (exit 2), or the xAPI map has errors (exit 1, the errors printed)
     */
    EvidenceInput read(Curriculum curriculum, Consumer<? super EvidenceRecord> sink, InputStream stdin,
            Messages messages) {
        String format = format();
        try (InputSource source = InputSource.open(evidence, stdin, "evidence")) {
            EvidenceSniff sniff = EvidenceSniff.of(source.head());
            if (format.equals("xapi")) {
                return readStatements(source, curriculum, sink, messages);
            }
            if (format.equals("auto") && sniff.xapi()) {
                throw CommandFailure.usage("the evidence " + source.name() + " looks like xAPI statements (they "
                        + "have actor, verb and object); read them with --xapi-map FILE, the map of activity IRIs "
                        + "to assessments, modules and practice");
            }
            EvidenceFormat layout = switch (format) {
                case "jsonl" -> EvidenceFormat.JSON_LINES;
                case "json" -> EvidenceFormat.JSON_ARRAY;
                case "csv" -> EvidenceFormat.CSV;
                default -> EvidenceFormat.fromFileName(source.fileName())
                        .orElse(EvidenceFormat.fromFirstCharacter(sniff.firstCharacter()));
            };
            EvidenceSummary summary = EvidenceReader.of(curriculum).withThreads(threads)
                    .read(source.stream(), layout, sink);
            return new EvidenceInput(source.name(), summary, hints(sniff, layout, summary));
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw CommandFailure.io(InputSource.cannotRead("evidence", evidence, DiagnosticPrinter.describe(cause)));
        }
    }

    private static List<String> hints(EvidenceSniff sniff, EvidenceFormat layout, EvidenceSummary summary) {
        List<String> hints = new ArrayList<>();
        if (summary.isClean()) {
            return hints;
        }
        if (sniff.xapi()) {
            hints.add("the evidence looks like xAPI statements (they have actor, verb and object); read them with "
                    + "--xapi-map FILE");
        }
        if (layout == EvidenceFormat.CSV && sniff.semicolonHeader()) {
            hints.add("the CSV header is separated by semicolons; evidence CSV separates fields with commas "
                    + "(a spreadsheet set to another locale may export semicolons)");
        }
        return hints;
    }

    private EvidenceInput readStatements(InputSource source, Curriculum curriculum,
            Consumer<? super EvidenceRecord> sink, Messages messages) {
        XapiReader reader;
        try {
            reader = XapiReader.of(curriculum, XapiMap.read(xapiMap));
        } catch (XapiMapException e) {
            DiagnosticPrinter.text(messages.err(), xapiMap.toString(), e.diagnostics());
            throw CommandFailure.badInput("the xAPI map has errors; nothing read");
        } catch (UncheckedIOException e) {
            throw CommandFailure.io(InputSource.cannotRead("xAPI map", xapiMap.toString(),
                    DiagnosticPrinter.describe(e.getCause())));
        }
        XapiSummary summary = reader.read(source.stream(), sink);
        for (XapiProblem w : summary.warnings()) {
            messages.err().println(dev.tandem.internal.Excerpt.escaped(source.name())
                    + (w.line() > 0 ? ":" + w.line() + ":" + w.column() : "") + ": warning: "
                    + dev.tandem.internal.Excerpt.of((w.statement() > 0 ? "statement " + w.statement() + ": " : "")
                    + (w.field() == null ? "" : w.field() + ": ") + w.message(), DiagnosticPrinter.MAX_MESSAGE));
        }
        List<EvidenceProblem> problems = summary.problems().stream()
                .map(p -> new EvidenceProblem(Math.max(1, p.line()), p.field(), (p.statement() > 0 ? "statement "
                        + p.statement() + " (" + p.line() + ":" + p.column() + "): " : "") + p.message()))
                .toList();
        return new EvidenceInput(source.name(), new EvidenceSummary(summary.accepted() + summary.rejected(),
                summary.accepted(), summary.rejected(), problems).withCounts(summary.counts()), List.of());
    }
}
