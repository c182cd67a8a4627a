package dev.tandem.cli;

import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.DocumentFormat;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem convert FILE --to yaml|json}: prints the canonical form of a curriculum. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print a curriculum as a canonical YAML or JSON document on standard output.",
            "Reading the output back gives an equal curriculum. Problems go to standard error."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The curriculum file (.yaml, .yml or .json).")
    String file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "The output format: yaml or json.")
    DocumentFormat to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CurriculumFile read = CurriculumFile.read(spec, file, true);
        if (read.failed()) {
            return read.exitCode();
        }
        out.print(CurriculumWriter.write(read.curriculum(), to));
        out.flush();
        return TandemCommand.OK;
    }

    /** Converts "yaml" and "json" (any case) to a format. */
    static final class FormatConverter implements CommandLine.ITypeConverter<DocumentFormat> {
        @Override
        public DocumentFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "yaml", "yml" -> DocumentFormat.YAML;
                case "json" -> DocumentFormat.JSON;
                default -> throw new CommandLine.TypeConversionException("expected yaml or json, not '" + value + "'");
            };
        }
    }
}
