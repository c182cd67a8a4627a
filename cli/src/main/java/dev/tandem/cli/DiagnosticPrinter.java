package dev.tandem.cli;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.io.internal.JsonText;
import dev.tandem.internal.Excerpt;
import dev.tandem.io.evidence.EvidenceProblem;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics as the command line shows them: one text line each, or JSON. */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    /** The most characters of a message printed: longer ones are cut (their values are cut at the source). */
    static final int MAX_MESSAGE = 500;

    /**
     * {@return the text line of a diagnostic: {@code FILE:LINE:COL: severity: message [code] (at PATH)}}, without
     * the position when the diagnostic has none; the message and path cut and escaped, so that no input can act on
     * a terminal
     */
    static String line(String file, Diagnostic d) {
        return Excerpt.escaped(file) + (d.hasPosition() ? ":" + d.line() + ":" + d.column() : "") + ": "
                + d.severity().id() + ": " + Excerpt.of(d.message(), MAX_MESSAGE) + " [" + d.code().id() + "] (at "
                + Excerpt.of(textPath(d.path()), 200) + ")";
    }

    /**
     * {@return the text line of an evidence problem: {@code FILE:LINE: severity: field: message}}, cut and escaped
     *
     * @param file     the evidence file as named on the command line
     * @param problem  the problem
     * @param severity "error" or "warning"
     */
    static String problem(String file, EvidenceProblem problem, String severity) {
        return Excerpt.escaped(file) + ":" + problem.line() + ": " + severity + ": "
                + Excerpt.of((problem.field() == null ? "" : problem.field() + ": ") + problem.message(), MAX_MESSAGE);
    }

    /** Prints every diagnostic of a file as a text line. */
    static void text(PrintWriter out, String file, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            out.println(line(file, d));
        }
    }

    /** {@return the path as text output shows it: "/" for the document root} */
    static String textPath(JsonPointer path) {
        return path.isRoot() ? "/" : path.toString();
    }

    /** {@return a diagnostic as a JSON object} */
    static String json(Diagnostic d) {
        return "{\"severity\":" + quote(d.severity().id()) + ",\"code\":" + quote(d.code().id()) + ",\"path\":"
                + quote(d.path().toString()) + ",\"line\":" + d.line() + ",\"column\":" + d.column() + ",\"message\":"
                + quote(d.message().length() > MAX_MESSAGE ? d.message().substring(0, MAX_MESSAGE) + "..." : d.message())
                + "}";
    }

    /** {@return the text as a JSON string literal} */
    static String quote(String s) {
        return JsonText.quote(s);
    }

    /** {@return a short description of an I/O failure for messages} */
    static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
