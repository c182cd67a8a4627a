package dev.tandem.cli;

import dev.tandem.io.generate.EvidenceGenerator;
import dev.tandem.io.generate.EvidenceWriter;
import dev.tandem.io.generate.GeneratorSettings;
import dev.tandem.io.internal.Instants;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code tandem generate}: a synthetic, realistic evidence stream for a curriculum, deterministic for a seed,
 * in the JSON Lines or CSV form of FORMAT section 6.1.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate synthetic evidence for a curriculum: attempts with retries, module completions, "
                + "supervised practice and scenario responses that sometimes under- or over-escalate.",
            "The same curriculum, options and seed always give the same bytes."})
public final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--curriculum", required = true, paramLabel = "FILE", description = "The curriculum (YAML or JSON).")
    Path curriculum;

    @Option(names = "--learners", required = true, paramLabel = "N", description = "Number of learners (1 to 10,000,000).")
    int learners;

    @Option(names = "--records-per-learner", required = true, paramLabel = "K",
            description = "Records per learner (1 to 10,000).")
    int recordsPerLearner;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "The random seed (any integer).")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default) or csv.")
    String format;

    @Option(names = "--start", paramLabel = "INSTANT", description = "The earliest instant of any record "
            + "(ISO-8601, default ${DEFAULT-VALUE}).", defaultValue = "2025-01-01T00:00:00Z")
    String start;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here (atomically) instead of standard "
            + "output (-).")
    String output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        GeneratorSettings settings;
        EvidenceWriter.Format outputFormat;
        try {
            outputFormat = EvidenceWriter.Format.fromId(format);
            settings = new GeneratorSettings(learners, recordsPerLearner, seed,
                    Optional.ofNullable(Instants.parse(start)).orElseThrow(() -> new IllegalArgumentException("--start: not an ISO-8601 instant with offset "
                            + "(2025-01-01T00:00:00Z) or a date (2025-01-01): " + start)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Output out;
        try {
            out = Output.of(output, false, curriculum);
        } catch (Output.Problem e) {
            Messages.of(spec).error(e.getMessage());
            return TandemCommand.USAGE;
        }
        CurriculumFile read = CurriculumFile.read(spec, curriculum.toString(), true);
        if (read.failed()) {
            return read.exitCode();
        }
        EvidenceGenerator generator = EvidenceGenerator.of(read.curriculum());
        long[] written = {0};
        try {
            out.write(spec.commandLine().getOut(), w -> {
                Writer buffered = new BufferedWriter(w, 1 << 16);
                written[0] = generator.write(settings, outputFormat, buffered);
                buffered.flush();
            });
        } catch (Output.Problem e) {
            Messages.of(spec).error(e.getMessage());
            return TandemCommand.USAGE;
        }
        if (!out.isStandardOutput()) {
            Messages.of(spec).note("wrote " + Messages.count(written[0], "record", "records") + " for "
                    + Messages.count(learners, "learner", "learners") + " to " + output);
        }
        return TandemCommand.OK;
    }
}
