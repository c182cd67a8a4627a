package dev.tandem.cli;

import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceSummary;
import java.util.List;

/**
 * The evidence a command read: where from, the counts and problems, and hints about what may have gone wrong
 * (xAPI statements read as records, a CSV separated by semicolons). Applies the one policy every command
 * follows: strict by default, {@code --skip-invalid} to go on with the good records, a warning when there are
 * none at all.
 *
 * @param name    the input as messages name it: the file name as given, or {@code <stdin>}
 * @param summary the counts and every problem
 * @param hints   what may explain the problems, printed as notes
 */
record EvidenceInput(String name, EvidenceSummary summary, List<String> hints) {

    EvidenceInput {
        hints = List.copyOf(hints);
    }

    /** {@return {@code NAME:LINE: severity: [field: ]message} for one problem, cut and escaped} */
    String line(EvidenceProblem p, String severity) {
        return DiagnosticPrinter.problem(name, p, severity);
    }

    /**
     * {@return the same input with every value of the file hidden in its problems}: for pseudonymized runs,
     * where an id shifted into another column would otherwise be shown
     */
    EvidenceInput withoutValues() {
        return new EvidenceInput(name, new EvidenceSummary(summary.read(), summary.accepted(), summary.rejected(),
                summary.problems().stream().map(EvidenceProblem::withoutValues).toList()), hints);
    }

    /**
     * Says what the command does about bad or missing records, and whether it goes on.
     *
     * @param messages      where to say it
     * @param skipInvalid   whether {@code --skip-invalid} was given
     * @param printProblems whether to print each problem (false when the output carries them)
     * @param stopped       what happens when the command stops, e.g. "nothing evaluated"
     * @param skipHint      what --skip-invalid would do, e.g. "evaluate the valid ones"
     * @return true to go on with the good records; false when the command must stop with exit 1
     */
    boolean accept(Messages messages, boolean skipInvalid, boolean printProblems, String stopped, String skipHint) {
        String severity = skipInvalid ? "warning" : "error";
        if (printProblems) {
            for (EvidenceProblem p : summary.problems()) {
                messages.err().println(line(p, severity) + (skipInvalid ? " (record skipped)" : ""));
            }
        }
        hints.forEach(messages::note);
        if (!summary.isClean() && !skipInvalid) {
            messages.error(Messages.grouped(summary.rejected()) + " of "
                    + Messages.count(summary.read(), "evidence record", "evidence records") + " "
                    + (summary.rejected() == 1 ? "is" : "are") + " invalid"
                    + (summary.problems().size() > summary.rejected() ? " (or the file cannot be read)" : "")
                    + "; " + stopped + " (use --skip-invalid to " + skipHint + ")");
            return false;
        }
        if (!summary.isClean()) {
            messages.warning("skipped " + Messages.count(summary.rejected(), "invalid evidence record",
                    "invalid evidence records") + " of " + Messages.grouped(summary.read()));
        }
        if (summary.read() == 0 && summary.problems().isEmpty()) {
            messages.warning("the evidence " + name + " has no records");
        }
        return true;
    }
}
