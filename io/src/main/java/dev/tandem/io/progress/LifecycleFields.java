package dev.tandem.io.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tandem.certification.Certification;
import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.TopicId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.internal.Instants;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CompetencyResult;
import dev.tandem.progress.EducationHours;
import dev.tandem.progress.Missing;
import dev.tandem.progress.RenewalDue;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields FORMAT section 13 adds to progress output, for the three writers: which method produced a
 * competency's level, the continuing-education hours, and when renewal is due. Only a document that uses
 * section 13 gets them, so the output of any other document stays as it was. Immutable.
 */
final class LifecycleFields {

    private final boolean enabled;
    private final boolean renewal;
    private final ContinuingEducation education;

    private LifecycleFields(Curriculum curriculum) {
        this.enabled = curriculum.usesLifecycle();
        Certification cert = curriculum.certification().orElse(null);
        this.renewal = cert != null && cert.renewal() != null;
        this.education = cert == null ? null : cert.continuingEducation();
    }

    static LifecycleFields of(Curriculum curriculum) {
        return new LifecycleFields(curriculum);
    }

    /** {@return the method that produced the level: the attainment method, or the roll-up rule} */
    private static String method(CompetencyResult c) {
        return "children".equals(c.source()) ? "rollup " + c.rollup().id() : c.attainment().id();
    }

    // ---------------------------------------------------------------- JSON

    /**
     * {@return true when competencies have fields of section 13: {@link #json(JsonGenerator, CompetencyResult)}
     * writes some}
     */
    boolean writesCompetencies() {
        return enabled;
    }

    /** Writes {@code attainment} and {@code source} of a competency. */
    void json(JsonGenerator g, CompetencyResult c) throws IOException {
        if (!enabled) {
            return;
        }
        JsonValues.string(g, JsonNames.ATTAINMENT, c.attainment().id());
        if (c.rollup() != null) {
            JsonValues.string(g, JsonNames.ROLLUP, c.rollup().id());
        }
        JsonValues.string(g, JsonNames.SOURCE, c.source());
    }

    /** Writes the fields of a continuing-education entry of {@code missing}. */
    static void json(JsonGenerator g, Missing.ContinuingEducation m) throws IOException {
        JsonValues.string(g, JsonNames.TOPIC, m.topic() == null ? null : m.topic().value());
        JsonValues.number(g, JsonNames.REQUIRED, m.required());
        JsonValues.number(g, JsonNames.RECORDED, m.recorded());
    }

    /** Writes {@code education} and {@code renewal} of a certification result. */
    void json(JsonGenerator g, CertificationResult result) throws IOException {
        EducationHours hours = result.education();
        if (education != null && hours != null) {
            g.writeFieldName(JsonNames.EDUCATION);
            g.writeStartObject();
            JsonValues.number(g, JsonNames.RECORDED, hours.total());
            g.writeFieldName(JsonNames.TOPICS);
            g.writeStartObject();
            for (Map.Entry<TopicId, Double> e : hours.topics().entrySet()) {
                JsonValues.number(g, e.getKey().value(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        if (renewal) {
            RenewalDue due = result.renewal();
            g.writeFieldName(JsonNames.RENEWAL);
            if (due == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                JsonValues.string(g, JsonNames.DUE_FROM,
                        due.dueFrom() == null ? null : Instants.text(due.dueFrom()));
                g.writeFieldName(JsonNames.DUE);
                g.writeBoolean(due.due());
                g.writeEndObject();
            }
        }
    }

    // ---------------------------------------------------------------- CSV

    /** {@return the CSV rows (item_type, item, value) of a competency's method} */
    List<String[]> csv(CompetencyResult c) {
        return enabled ? List.<String[]>of(new String[] {"attainment", c.competency().value(), method(c)})
                : List.of();
    }

    /** {@return the CSV rows (item_type, item, value) of the education hours and the renewal} */
    List<String[]> csv(CertificationResult result) {
        List<String[]> rows = new ArrayList<>();
        if (education != null && result.education() != null) {
            rows.add(new String[] {"education", "hours", hours(result.education().total())});
            result.education().topics().forEach((topic, h) -> rows.add(new String[] {"education", "hours:" + topic,
                hours(h)}));
        }
        if (renewal && result.renewal() != null) {
            RenewalDue due = result.renewal();
            rows.add(new String[] {"renewal", "due_from", due.dueFrom() == null ? "" : Instants.text(due.dueFrom())});
            rows.add(new String[] {"renewal", "due", Boolean.toString(due.due())});
        }
        return rows;
    }

    /** {@return the CSV item of a continuing-education entry of {@code missing}} */
    static String csvItem(Missing.ContinuingEducation m) {
        return m.topic() == null ? "continuing-education" : "continuing-education:" + m.topic();
    }

    // ---------------------------------------------------------------- text

    /** {@return the text after a competency's level: the method that produced it, or empty} */
    String text(CompetencyResult c) {
        return enabled && c.level() != null ? " by " + method(c) : "";
    }

    /** {@return the text after the certification status: when renewal is due, or empty} */
    String renewalText(CertificationResult result) {
        RenewalDue due = result.renewal();
        if (due == null || due.dueFrom() == null) {
            return "";
        }
        return ", renewal due from " + day(due.dueFrom()) + (due.due() ? " (due now)" : "");
    }

    /** {@return the line of continuing-education hours, such as "continuing education 12/20 h, ethics 2/6 h"} */
    String educationText(CertificationResult result) {
        if (education == null || result.education() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder("  continuing education ").append(hours(result.education().total()))
                .append('/').append(hours(education.hours())).append(" h");
        education.topics().forEach((topic, required) -> sb.append(", ").append(topic).append(' ')
                .append(hours(result.education().topics().getOrDefault(topic, 0.0))).append('/')
                .append(hours(required)).append(" h"));
        return sb.append('\n').toString();
    }

    /** {@return the date of an instant at the start of a day in UTC, else the instant} */
    private static String day(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() == 0 && t.getNano() == 0
                ? t.atOffset(ZoneOffset.UTC).toLocalDate().toString() : t.toString();
    }

    private static String hours(double h) {
        return h == Math.rint(h) && Math.abs(h) < 1e15 ? Long.toString((long) h) : Double.toString(h);
    }
}
