package dev.tandem.io.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.tandem.analytics.AssessmentFigures;
import dev.tandem.analytics.Cell;
import dev.tandem.analytics.CohortReport;
import dev.tandem.analytics.Figures;
import dev.tandem.analytics.MonthFigures;
import dev.tandem.analytics.TimeToCertification;
import dev.tandem.analytics.VignetteFigures;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.Writer;
import java.util.Map;

/**
 * The report as one tidy long CSV table, one observation per row, with the columns
 * {@code population,figure,item,category,bin_from,bin_to,count,share,suppressed,statistic,value}. A count row
 * fills count, share (six decimals, never an exponent) and suppressed; a histogram bin also fills its bounds in
 * bin_from (inclusive) and bin_to; a statistic row (a rate, a median) names the statistic in statistic and fills
 * value, and suppressed when the statistic is withheld. Text cells a spreadsheet would run as a formula are
 * neutralised. Package-private.
 */
final class CsvReport {

    static final String[] COLUMNS = {"population", "figure", "item", "category", "bin_from", "bin_to", "count",
        "share", "suppressed", "statistic", "value"};

    /** Cells are quoted only where CSV needs it (Jackson otherwise quotes every cell longer than 24 characters). */
    private static final CsvMapper MAPPER = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private final SequenceWriter rows;
    private String population;

    private CsvReport(Writer out) throws IOException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n").build();
        rows = MAPPER.writerFor(String[].class).with(schema).writeValues(out);
    }

    static void write(CohortReport r, Writer out) throws IOException {
        CsvReport csv = new CsvReport(out);
        csv.rows.write(COLUMNS);
        csv.population = "all";
        csv.cell("learners", "", "", Cell.shown(r.learners(), r.learners()), "", "");
        csv.figures(r.figures());
        for (MonthFigures m : r.months()) {
            csv.population = m.month().toString();
            csv.cell("learners", "", "", m.learners(), "", "");
            csv.figures(m.figures());
        }
        csv.rows.flush();
        csv.rows.close();
    }

    private void figures(Figures f) throws IOException {
        if (f.certification() != null) {
            cells("certification", "", f.certification());
            if (f.renewalDue() != null) {
                cell("certification", "", "due", f.renewalDue(), "", "");
            }
            TimeToCertification t = f.timeToCertification();
            for (TimeToCertification.DayBin b : t.histogram()) {
                cell("time_to_certification", "days", "[" + b.fromDay() + "," + b.toDay() + ")", b.learners(),
                        Integer.toString(b.fromDay()), Integer.toString(b.toDay()));
            }
            statistic("time_to_certification", "days", "median", t.median());
            statistic("time_to_certification", "days", "lower_quartile", t.lowerQuartile());
            statistic("time_to_certification", "days", "upper_quartile", t.upperQuartile());
        }
        for (var e : f.competencies().entrySet()) {
            cells("competency", e.getKey().toString(), e.getValue());
        }
        for (var e : f.modules().entrySet()) {
            cells("module", e.getKey().toString(), e.getValue());
        }
        for (var e : f.assessments().entrySet()) {
            String id = e.getKey().toString();
            AssessmentFigures a = e.getValue();
            cell("assessment", id, "learners", a.learners(), "", "");
            statistic("assessment", id, "attempts", a.attempts() == null ? null : a.attempts().doubleValue());
            statistic("assessment", id, "attempts_per_learner", a.attemptsPerLearner());
            statistic("assessment", id, "first_attempt_pass_rate", a.firstAttemptPassRate());
            statistic("assessment", id, "pass_rate", a.passRate());
            statistic("assessment", id, "mean_attempts_to_pass", a.meanAttemptsToPass());
            for (AssessmentFigures.ScoreBin b : a.scores()) {
                cell("assessment_score", id, "[" + b.from() + "," + b.to() + (b.to() >= 1 ? "]" : ")"),
                        b.learners(), number(b.from()), number(b.to()));
            }
        }
        for (VignetteFigures v : f.vignettes()) {
            rows.write(new String[] {text(population), "vignette_expected", text(v.key()), text(v.expected()
                    .toString()), "", "", "", "", "", "", ""});
            cell("vignette", v.key(), "under", v.under(), "", "");
            cell("vignette", v.key(), "match", v.match(), "", "");
            cell("vignette", v.key(), "over", v.over(), "", "");
            cell("vignette", v.key(), "missing", v.missing(), "", "");
            cells("vignette_chosen", v.key(), v.chosen());
        }
    }

    private void cells(String figure, String item, Map<?, Cell> cells) throws IOException {
        for (var e : cells.entrySet()) {
            cell(figure, item, e.getKey().toString(), e.getValue(), "", "");
        }
    }

    private void cell(String figure, String item, String category, Cell c, String binFrom, String binTo)
            throws IOException {
        rows.write(new String[] {text(population), figure, text(item), text(category), binFrom, binTo,
            c.suppressed() ? "" : Integer.toString(c.count()), c.suppressed() ? "" : share(c.share()),
            Boolean.toString(c.suppressed()), "", ""});
    }

    private void statistic(String figure, String item, String name, Double value) throws IOException {
        rows.write(new String[] {text(population), figure, text(item), "", "", "", "", "",
            Boolean.toString(value == null), name, value == null ? "" : number(value)});
    }

    /** {@return a share with six decimals, never in exponent notation: 0.000858} */
    static String share(double share) {
        return new BigDecimal(share).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@return a statistic as plain decimal text, at most six decimals, no trailing zeros: 42.5, 3, 0.833333} */
    static String number(double v) {
        BigDecimal d = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }

    /**
     * {@return the text as a safe cell: a leading {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
     * return, which a spreadsheet would run as a formula, gets a leading apostrophe}
     *
     * @param s the text
     */
    static String text(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + s : s;
    }
}
