package dev.tandem.cli;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.ReadResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem validate FILE...}: checks curriculum documents and prints every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check curriculum documents (YAML or JSON) and print every problem found.",
            "Text output: one line per problem, FILE:LINE:COL: severity: message [code] (at PATH)."})
final class ValidateCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** One line per diagnostic. */
        text,
        /** One JSON document for all files. */
        json
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Curriculum files (.yaml, .yml or .json); - reads standard input.")
    List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CurriculumReader reader = CurriculumReader.create();
        boolean errors = false;
        boolean ioProblem = false;
        StringBuilder json = new StringBuilder("{\"files\":[");
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            List<Diagnostic> diagnostics = List.of();
            String problem = null;
            try {
                ReadResult result = CurriculumFile.load(spec, file);
                diagnostics = result.diagnostics();
                errors |= result.hasErrors();
            } catch (CurriculumFile.Unreadable e) {
                problem = e.getMessage();
            }
            if (problem != null) {
                ioProblem = true;
                Messages.of(spec).error(InputSource.cannotRead("curriculum", file, problem));
            }
            if (format == Format.json) {
                json.append(i == 0 ? "" : ",").append("{\"file\":").append(DiagnosticPrinter.quote(file));
                if (problem != null) {
                    json.append(",\"error\":").append(DiagnosticPrinter.quote("cannot read: " + problem));
                }
                json.append(",\"diagnostics\":[");
                for (int j = 0; j < diagnostics.size(); j++) {
                    json.append(j == 0 ? "" : ",").append(DiagnosticPrinter.json(diagnostics.get(j)));
                }
                json.append("]}");
            } else {
                DiagnosticPrinter.text(out, CurriculumFile.displayName(file), diagnostics);
            }
        }
        if (format == Format.json) {
            out.println(json.append("]}"));
        }
        out.flush();
        err.flush();
        return ioProblem ? TandemCommand.USAGE : errors ? TandemCommand.BAD_INPUT : TandemCommand.OK;
    }
}
