package dev.tandem.io.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tandem.competency.CompetencyId;
import dev.tandem.diff.Change;
import dev.tandem.diff.CurriculumDiff;
import dev.tandem.diff.Impact;
import dev.tandem.diff.VignetteChange;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.PolicyDiff;
import dev.tandem.escalation.SignalValue;
import dev.tandem.io.internal.NumberFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link CurriculumDiff} as the JSON document of FORMAT section 14.2: {@code old}, {@code new},
 * {@code changes}, {@code escalation} (null unless both versions have a policy), {@code vignettes} and, with
 * evidence, {@code impact}. Values of changes are in canonical form; numbers are written as the canonical
 * document writes them. No learner id is ever written.
 *
 * <p>Stateless and thread-safe.
 */
public final class DiffJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DiffJson() {
    }

    /** {@return the difference as one JSON document ending with a newline} @param diff the difference */
    public static String write(CurriculumDiff diff) {
        Objects.requireNonNull(diff, "diff");
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            version(g, "old", diff.older());
            version(g, "new", diff.newer());
            g.writeArrayFieldStart("changes");
            for (Change c : diff.changes()) {
                g.writeStartObject();
                g.writeStringField("change", c.kind().id());
                g.writeStringField("path", c.path().toString());
                if (c.kind() != Change.Kind.ADDED) {
                    g.writeFieldName("old");
                    value(g, c.oldValue());
                }
                if (c.kind() != Change.Kind.REMOVED) {
                    g.writeFieldName("new");
                    value(g, c.newValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("escalation");
            escalation(g, diff.escalation());
            g.writeArrayFieldStart("vignettes");
            for (VignetteChange v : diff.vignettes()) {
                g.writeStartObject();
                g.writeStringField("vignette", v.name());
                g.writeStringField("old", v.oldTier().value());
                g.writeStringField("new", v.newTier().value());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (diff.impact() != null) {
                g.writeFieldName("impact");
                impact(g, diff.impact());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    private static void version(JsonGenerator g, String name, CurriculumDiff.Version v) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("id", v.id());
        g.writeStringField("version", v.version());
        g.writeEndObject();
    }

    private static void escalation(JsonGenerator g, PolicyDiff e) throws IOException {
        if (e == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        pairs(g, "lowered", e.lowered());
        pairs(g, "raised", e.raised());
        if (!e.complete()) {
            g.writeBooleanField("complete", false);
        }
        g.writeEndObject();
    }

    private static void pairs(JsonGenerator g, String name, List<PolicyDiff.Change> changes) throws IOException {
        g.writeArrayFieldStart(name);
        for (PolicyDiff.Change c : changes) {
            g.writeStartObject();
            g.writeStringField("from", c.from().value());
            g.writeStringField("to", c.to().value());
            g.writeFieldName("witness");
            witness(g, c.witness());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes an observation as a JSON object of its signal values. */
    static void witness(JsonGenerator g, Observation o) throws IOException {
        g.writeStartObject();
        for (Map.Entry<dev.tandem.escalation.SignalId, SignalValue> e : o.values().entrySet()) {
            g.writeFieldName(e.getKey().value());
            if (e.getValue() instanceof SignalValue.Bool b) {
                g.writeBoolean(b.value());
            } else if (e.getValue() instanceof SignalValue.Number n) {
                g.writeNumber(NumberFormat.format(n.value()));
            } else {
                g.writeString(((SignalValue.Text) e.getValue()).value());
            }
        }
        g.writeEndObject();
    }

    private static void impact(JsonGenerator g, Impact impact) throws IOException {
        g.writeStartObject();
        g.writeNumberField("learners", impact.learners());
        g.writeStringField("asOf", impact.asOf().toString());
        g.writeArrayFieldStart("certification");
        for (Impact.Transition t : impact.certification()) {
            g.writeStartObject();
            g.writeStringField("from", t.from().id());
            g.writeStringField("to", t.to().id());
            g.writeNumberField("count", t.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("competencies");
        for (Map.Entry<CompetencyId, Impact.Shift> e : impact.competencies().entrySet()) {
            g.writeObjectFieldStart(e.getKey().value());
            g.writeNumberField("raised", e.getValue().raised());
            g.writeNumberField("lowered", e.getValue().lowered());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("modules");
        for (Map.Entry<dev.tandem.training.ModuleId, Integer> e : impact.modules().entrySet()) {
            g.writeObjectFieldStart(e.getKey().value());
            g.writeNumberField("changed", e.getValue());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object x : list) {
                value(g, x);
            }
            g.writeEndArray();
        } else if (v instanceof Number n) {
            g.writeNumber(NumberFormat.formatValue(n));
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(v.toString());
        }
    }
}
