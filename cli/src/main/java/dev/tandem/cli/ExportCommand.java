package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.badge.BadgeAchievement;
import dev.tandem.io.casepackage.CaseExportOptions;
import dev.tandem.io.casepackage.CasePackage;
import dev.tandem.io.internal.Instants;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code tandem export FILE --to case|badge}: a curriculum as a CASE 1.1 package or an Open Badges 3.0 achievement. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a curriculum's competency framework as a CASE 1.1 package (--to case), or its "
                + "certification as an Open Badges 3.0 Achievement (--to badge). JSON on stdout or in --output."})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The curriculum (YAML or JSON).")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "case|badge", description = "What to export.")
    String to;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file (atomically) instead of "
            + "standard output (-).")
    String output;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "Base of the nodes' URIs, ending in '/' (default: urn:uuid: URIs).")
    String baseUri;

    @Option(names = "--last-change", paramLabel = "INSTANT",
            description = "The lastChangeDateTime of every CASE node (default 1970-01-01T00:00:00Z).")
    String lastChange;

    @Option(names = "--creator", paramLabel = "NAME", description = "The CFDocument's creator (default Tandem).")
    String creator;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!to.equals("case") && !to.equals("badge")) {
            return usage(err, "--to must be case or badge, not '" + to + "'");
        }
        CaseExportOptions options = CaseExportOptions.defaults();
        try {
            if (baseUri != null) {
                options = options.withBaseUri(new URI(baseUri));
            }
            if (lastChange != null) {
                options = options.withLastChange(Optional.ofNullable(Instants.parse(lastChange)).orElseThrow(
                        () -> new IllegalArgumentException("--last-change: not an ISO-8601 instant with offset "
                                + "(2026-11-21T00:00:00Z) or a date (2026-11-21): " + lastChange)));
            }
            if (creator != null) {
                options = options.withCreator(creator);
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        Output out;
        try {
            out = Output.of(output, false, file);
        } catch (Output.Problem e) {
            return usage(err, e.getMessage());
        }
        CurriculumFile read = CurriculumFile.read(spec, file.toString(), false);
        if (read.failed()) {
            return read.exitCode();
        }
        Curriculum curriculum = read.curriculum();
        if (to.equals("badge") && curriculum.certification().isEmpty()) {
            Messages.of(spec).error(file + " has no certification to export as a badge");
            return TandemCommand.BAD_INPUT;
        }
        String json = to.equals("case") ? CasePackage.export(curriculum, options)
                : BadgeAchievement.export(curriculum, options);
        return emit(spec, out, json);
    }

    /** Writes text to the decided output; {@return the exit code} */
    static int emit(CommandLine.Model.CommandSpec spec, Output output, String text) {
        try {
            output.write(spec.commandLine().getOut(), w -> w.write(text));
            return TandemCommand.OK;
        } catch (Output.Problem e) {
            Messages.of(spec).error(e.getMessage());
            return TandemCommand.USAGE;
        }
    }

    private int usage(PrintWriter err, String message) {
        Messages messages = Messages.of(spec);
        messages.error(message);
        messages.helpHint();
        return TandemCommand.USAGE;
    }
}
