package dev.tandem.io.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tandem.analytics.AssessmentFigures;
import dev.tandem.analytics.Cell;
import dev.tandem.analytics.CohortReport;
import dev.tandem.analytics.Figures;
import dev.tandem.analytics.MonthFigures;
import dev.tandem.analytics.TimeToCertification;
import dev.tandem.analytics.VignetteFigures;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** The report as one JSON document (FORMAT section 12, extended). Package-private. */
final class JsonReport {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonReport() {
    }

    static void write(CohortReport r, Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("curriculum", r.curriculum());
        g.writeStringField("version", r.version());
        g.writeStringField("asOf", r.asOf().toString());
        g.writeNumberField("learners", r.learners());
        g.writeNumberField("minCell", r.minCell());
        g.writeStringField("by", r.grouping().id());
        figures(g, r.figures());
        g.writeArrayFieldStart("months");
        for (MonthFigures m : r.months()) {
            g.writeStartObject();
            g.writeStringField("month", m.month().toString());
            g.writeFieldName("learners");
            cell(g, m.learners());
            figures(g, m.figures());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    private static void figures(JsonGenerator g, Figures f) throws IOException {
        g.writeFieldName("certification");
        if (f.certification() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            for (var e : f.certification().entrySet()) {
                g.writeFieldName(e.getKey().toString());
                cell(g, e.getValue());
            }
            if (f.renewalDue() != null) {
                g.writeFieldName("due");
                cell(g, f.renewalDue());
            }
            g.writeEndObject();
        }
        g.writeFieldName("timeToCertification");
        TimeToCertification t = f.timeToCertification();
        if (t == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            number(g, "median", t.median());
            number(g, "lowerQuartile", t.lowerQuartile());
            number(g, "upperQuartile", t.upperQuartile());
            g.writeNumberField("binDays", t.binDays());
            g.writeArrayFieldStart("histogram");
            for (TimeToCertification.DayBin b : t.histogram()) {
                g.writeStartObject();
                g.writeNumberField("fromDay", b.fromDay());
                g.writeNumberField("toDay", b.toDay());
                g.writeFieldName("learners");
                cell(g, b.learners());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeObjectFieldStart("competencies");
        for (var e : f.competencies().entrySet()) {
            g.writeFieldName(e.getKey().toString());
            cells(g, e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("modules");
        for (var e : f.modules().entrySet()) {
            g.writeFieldName(e.getKey().toString());
            cells(g, e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("assessments");
        for (var e : f.assessments().entrySet()) {
            AssessmentFigures a = e.getValue();
            g.writeObjectFieldStart(e.getKey().toString());
            g.writeFieldName("learners");
            cell(g, a.learners());
            if (a.attempts() == null) {
                g.writeNullField("attempts");
            } else {
                g.writeNumberField("attempts", a.attempts());
            }
            number(g, "attemptsPerLearner", a.attemptsPerLearner());
            number(g, "firstAttemptPassRate", a.firstAttemptPassRate());
            number(g, "passRate", a.passRate());
            number(g, "meanAttemptsToPass", a.meanAttemptsToPass());
            g.writeArrayFieldStart("scores");
            for (AssessmentFigures.ScoreBin b : a.scores()) {
                g.writeStartObject();
                g.writeNumberField("from", b.from());
                g.writeNumberField("to", b.to());
                g.writeFieldName("learners");
                cell(g, b.learners());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("vignettes");
        for (VignetteFigures v : f.vignettes()) {
            g.writeObjectFieldStart(v.key());
            g.writeFieldName("under");
            cell(g, v.under());
            g.writeFieldName("match");
            cell(g, v.match());
            g.writeFieldName("over");
            cell(g, v.over());
            g.writeFieldName("missing");
            cell(g, v.missing());
            g.writeStringField("expected", v.expected().toString());
            g.writeFieldName("chosen");
            cells(g, v.chosen());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("dangerous");
        for (VignetteFigures v : f.dangerous()) {
            g.writeStartObject();
            g.writeStringField("vignette", v.key());
            g.writeStringField("expected", v.expected().toString());
            g.writeFieldName("under");
            cell(g, v.under());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("possiblyDangerous");
        for (VignetteFigures v : f.possiblyDangerous()) {
            g.writeStartObject();
            g.writeStringField("vignette", v.key());
            g.writeStringField("expected", v.expected().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static void cells(JsonGenerator g, Map<?, Cell> cells) throws IOException {
        g.writeStartObject();
        for (var e : cells.entrySet()) {
            g.writeFieldName(e.getKey().toString());
            cell(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void cell(JsonGenerator g, Cell c) throws IOException {
        g.writeStartObject();
        if (c.suppressed()) {
            g.writeNullField("count");
            g.writeNullField("share");
        } else {
            g.writeNumberField("count", c.count());
            g.writeNumberField("share", c.share());
        }
        g.writeBooleanField("suppressed", c.suppressed());
        g.writeEndObject();
    }
}
