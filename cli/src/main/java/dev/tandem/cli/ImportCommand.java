package dev.tandem.cli;

import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.ReadResult;
import dev.tandem.io.casepackage.CasePackage;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tandem import FILE --from case}: the competency part of a curriculum from a CASE package. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a CASE 1.0 or 1.1 package as a curriculum skeleton: its competencies, domains, "
                + "hierarchy and relations, with a placeholder scale, module and setting to replace. Canonical "
                + "YAML on stdout or in --output; what was left out is reported on stderr."})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CASE package (JSON).")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "case", description = "The format of FILE.")
    String from;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file (atomically) instead of "
            + "standard output (-).")
    String output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!from.equals("case")) {
            throw CommandFailure.usage("--from: " + Choices.unknown("format", from, java.util.List.of("case")));
        }
        Output out;
        try {
            out = Output.of(output, false, file);
        } catch (Output.Problem e) {
            err.println("tandem import: " + e.getMessage());
            return TandemCommand.USAGE;
        }
        ReadResult result;
        try {
            result = CasePackage.read(file);
        } catch (UncheckedIOException e) {
            throw CommandFailure.io(InputSource.cannotRead("CASE package", file.toString(),
                    DiagnosticPrinter.describe(e.getCause())));
        }
        DiagnosticPrinter.text(err, file.toString(), result.diagnostics());
        if (result.hasErrors()) {
            return TandemCommand.BAD_INPUT;
        }
        return ExportCommand.emit(spec, out, CurriculumWriter.write(result.orElseThrow(), DocumentFormat.YAML));
    }
}
