package dev.tandem.cli;

import dev.tandem.io.schema.TandemSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code tandem schema}: prints the JSON Schema of the curriculum format. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the JSON Schema (draft 2020-12) of the curriculum format, version 1.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(TandemSchema.text());
        out.flush();
        return TandemCommand.OK;
    }
}
