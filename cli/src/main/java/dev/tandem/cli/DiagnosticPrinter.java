package dev.tandem.cli;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.JsonPointer;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics as the command line shows them: one text line each, or JSON. */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    /**
     * {@return the text line of a diagnostic: {@code FILE:LINE:COL: severity: message [code] (at PATH)}, or
     * {@code FILE: severity: ...} when the diagnostic has no position}
     */
    static String line(String file, Diagnostic d) {
        String position = d.line() > 0 ? ":" + d.line() + ":" + d.column() : "";
        return file + position + ": " + d.severity().id() + ": " + d.message() + " ["
                + d.code().id() + "] (at " + textPath(d.path()) + ")";
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
                + quote(d.message()) + "}";
    }

    /** {@return the text as a JSON string literal} */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
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
