package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.InvalidObservationException;
import dev.tandem.escalation.Policy;
import dev.tandem.io.ReadResult;
import dev.tandem.io.observation.DecisionJson;
import dev.tandem.io.observation.ObservationLine;
import dev.tandem.io.observation.ObservationReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tandem escalate}: decides the escalation tier for observations with a curriculum's policy (FORMAT
 * section 9), one JSON line per observation in input order.
 *
 * <p>Bad observations are reported on standard error with their line and what is wrong; the good ones are
 * still decided and printed, and the exit code is then 1. A curriculum with errors prints its diagnostics and
 * exits 1; usage and I/O problems exit 2.
 */
@Command(name = "escalate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decide the escalation tier for observations with a curriculum's escalation policy.",
            "Prints one JSON line {\"tier\":..,\"rules\":[..],\"actions\":[..]} per observation, in input order."})
final class EscalateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--curriculum", required = true, paramLabel = "FILE",
            description = "The curriculum (YAML or JSON) whose escalation policy decides.")
    Path curriculum;

    @Option(names = "--signal", paramLabel = "NAME=VALUE",
            description = "A signal value of the one observation: true/false for flags, a number for scales. "
                    + "Repeat for each signal.")
    List<String> signals;

    @Option(names = "--observations", paramLabel = "FILE.jsonl",
            description = "Observations as JSON Lines, one object of signal values per line, "
                    + "e.g. {\"distress\":7,\"plan\":true}.")
    Path observations;

    @Option(names = "--explain", description = "Add an explanation: per rule, whether it fired and which parts "
            + "of its condition held.")
    boolean explain;

    @Override
    public Integer call() {
        if ((signals == null) == (observations == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either --signal NAME=VALUE... or --observations FILE.jsonl (exactly one of the two)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CurriculumFile file = CurriculumFile.read(spec, curriculum.toString(), false);
        if (file.failed()) {
            return file.exitCode();
        }
        ReadResult read = file.result();
        Curriculum c = file.curriculum();
        Policy policy = c.escalation().orElse(null);
        if (policy == null) {
            Messages.of(spec).error("the curriculum " + curriculum + " has no escalation policy");
            return TandemCommand.BAD_INPUT;
        }
        // the policy's own warnings (unreachable rules, non-monotonic policies) matter to every decision
        DiagnosticPrinter.text(err, curriculum.toString(), read.diagnostics().stream()
                .filter(d -> !d.path().tokens().isEmpty() && d.path().tokens().get(0).equals("escalation"))
                .toList());
        Decider decider = new Decider(policy.compile(), out, err);
        if (signals != null) {
            decider.decide("--signal", ObservationReader.create().parseAssignments(signals));
        } else {
            try (java.io.InputStream in = Files.newInputStream(observations)) {
                ObservationReader.create().read(in, line -> decider.decide(observations + ":" + line.line(), line));
            } catch (IOException | UncheckedIOException e) {
                out.flush();
                throw CommandFailure.io(InputSource.cannotRead("observations", observations.toString(),
                        describe(e instanceof UncheckedIOException u ? u.getCause() : e)));
            }
        }
        out.flush();
        return decider.bad == 0 ? TandemCommand.OK : TandemCommand.BAD_INPUT;
    }

    private static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Decides observations one at a time, printing decisions and counting bad observations. */
    private final class Decider {
        private final CompiledPolicy policy;
        private final PrintWriter out;
        private final PrintWriter err;
        private int bad;

        Decider(CompiledPolicy policy, PrintWriter out, PrintWriter err) {
            this.policy = policy;
            this.out = out;
            this.err = err;
        }

        void decide(String where, ObservationLine line) {
            if (!line.isValid()) {
                report(where, line.problems());
                return;
            }
            try {
                out.println(explain ? DecisionJson.write(policy.explain(line.observation()))
                        : DecisionJson.write(policy.decide(line.observation())));
            } catch (InvalidObservationException e) {
                report(where, e.problems());
            }
        }

        private void report(String where, List<String> problems) {
            bad++;
            out.flush();
            for (String problem : problems) {
                err.println(dev.tandem.internal.Excerpt.escaped(where) + ": error: "
                        + dev.tandem.internal.Excerpt.of(problem, DiagnosticPrinter.MAX_MESSAGE));
            }
        }
    }
}
