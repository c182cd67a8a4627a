package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diff.CurriculumDiff;
import dev.tandem.diff.Impact;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.diff.AffectedCsv;
import dev.tandem.io.diff.DiffJson;
import dev.tandem.io.diff.DiffText;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
            "Violated policy requirements are reported and the comparison still runs."})
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

    @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "0..1",
            heading = "%nCohort impact (evaluate every learner under both versions):%n")
    EvidenceOptions evidenceOptions;

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
        String format = Choices.check("format", formatName, List.of("text", "json"));
        if (evidenceOptions == null && affected != null) {
            throw CommandFailure.usage("--affected is used only with --evidence FILE");
        }
        Instant asOf = null;
        if (evidenceOptions != null) {
            evidenceOptions.check(oldFile);
            evidenceOptions.check(newFile);
            if (InputSource.STANDARD_INPUT.equals(evidenceOptions.evidence())) {
                throw CommandFailure.usage("diff reads the evidence once for each version: give a file, not -");
            }
            asOf = evidenceOptions.asOf(host.clock());
        }
        Curriculum older = read(oldFile);
        Curriculum newer = read(newFile);
        if (older == null || newer == null) {
            return TandemCommand.USAGE;
        }
        CurriculumDiff diff = CurriculumDiff.of(older, newer, CurriculumWriter::canonicalTree);
        if (evidenceOptions != null) {
            Cohort before = cohort(older);
            Cohort after = before == null ? null : cohort(newer);
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
    private Curriculum read(String file) {
        CurriculumFile read = CurriculumFile.read(spec, file, false);
        if (read.exitCode() == TandemCommand.USAGE) {
            return null;
        }
        Curriculum c = read.result().forReview().orElse(null);
        if (c == null) {
            Messages.of(spec).error(file + " has errors; nothing compared");
        }
        return c;
    }

    /** Reads the evidence against one version; null when it is invalid (and not skipped). */
    private Cohort cohort(Curriculum curriculum) {
        Set<LearnerId> learners = evidenceOptions.learners(id -> id);
        Cohort.Builder cohort = Evaluator.of(curriculum).cohort();
        learners.forEach(cohort::include);
        Messages messages = Messages.of(spec);
        EvidenceInput input;
        try {
            input = evidenceOptions.read(curriculum, r -> {
                if (learners.isEmpty() || learners.contains(r.learner())) {
                    cohort.add(r);
                }
            }, TandemCommand.standardInput(spec), messages);
        } catch (CommandFailure e) {
            // an xAPI map with errors is bad input elsewhere; here any evidence problem ends with exit 2
            throw e.exitCode() == TandemCommand.USAGE ? e : CommandFailure.io(e.getMessage());
        }
        String version = curriculum.id() + " " + curriculum.version();
        if (!input.accept(messages, evidenceOptions.skipInvalid(), true, "nothing compared (the evidence was read "
                + "for " + version + ")", "compare with the valid ones")) {
            return null;
        }
        return cohort.build();
    }

    private void writeAffected(Impact impact) {
        try {
            AtomicFiles.write(affected, out -> AffectedCsv.write(impact, out));
        } catch (IOException e) {
            throw CommandFailure.io("cannot write " + affected + ": " + DiagnosticPrinter.describe(e));
        }
    }
}
