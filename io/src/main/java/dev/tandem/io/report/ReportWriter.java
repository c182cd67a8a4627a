package dev.tandem.io.report;

import dev.tandem.analytics.CohortReport;
import dev.tandem.curriculum.Curriculum;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes a {@link CohortReport} as JSON, a tidy CSV table or a self-contained HTML page. Every output holds
 * aggregates only: no learner id can appear, since the report holds none. Stateless and thread-safe.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes a report.
     *
     * @param report     the report
     * @param curriculum the curriculum the report is about (the HTML page takes titles and prompts from it;
     *                   it must have the report's id)
     * @param format     the format
     * @param out        where to write; flushed, not closed
     * @throws IOException              when the output fails
     * @throws IllegalArgumentException when the curriculum is not the report's
     */
    public static void write(CohortReport report, Curriculum curriculum, ReportFormat format, Writer out)
            throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(curriculum, "curriculum");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        if (!curriculum.id().equals(report.curriculum())) {
            throw new IllegalArgumentException("The report is about curriculum '" + report.curriculum()
                    + "', not '" + curriculum.id() + "'");
        }
        switch (format) {
            case JSON -> JsonReport.write(report, out);
            case CSV -> CsvReport.write(report, out);
            case HTML -> out.write(HtmlReport.render(report, curriculum));
        }
        out.flush();
    }

    /**
     * {@return a report written to a string}
     *
     * @param report     the report
     * @param curriculum the curriculum the report is about
     * @param format     the format
     */
    public static String toString(CohortReport report, Curriculum curriculum, ReportFormat format) {
        StringWriter out = new StringWriter();
        try {
            write(report, curriculum, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
