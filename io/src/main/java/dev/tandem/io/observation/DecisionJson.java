package dev.tandem.io.observation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tandem.escalation.Decision;
import dev.tandem.escalation.Explanation;
import dev.tandem.escalation.RuleId;
import dev.tandem.escalation.SignalValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes escalation decisions as one line of JSON (FORMAT section 9):
 * {@code {"tier":"refer","rules":["ideation"],"actions":["Warm hand-off"]}}, with an {@code explanation}
 * field when explained. Stateless and thread-safe.
 *
 * <p>The explanation is a list with one entry per rule, in declaration order:
 * {@code {"rule":..,"tier":..,"fired":..,"condition":NODE}}; a {@code NODE} is
 * {@code {"test":"all","held":true,"parts":[NODE,..]}} for all, any, not and count (the test reads
 * {@code count min 2} for a count), and {@code {"test":"distress at-least 7","held":false,"given":5}} for flag
 * tests and comparisons, with {@code "given":null} when the observation left the signal out.
 */
public final class DecisionJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DecisionJson() {
    }

    /** {@return the decision as one line of JSON} @param decision the decision */
    public static String write(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return generate(g -> {
            fields(g, decision);
        });
    }

    /** {@return the decision and its explanation as one line of JSON} @param explanation the explanation */
    public static String write(Explanation explanation) {
        Objects.requireNonNull(explanation, "explanation");
        return generate(g -> {
            fields(g, explanation.decision());
            g.writeArrayFieldStart("explanation");
            for (Explanation.RuleTrace rule : explanation.rules()) {
                g.writeStartObject();
                g.writeStringField("rule", rule.rule().value());
                g.writeStringField("tier", rule.tier().value());
                g.writeBooleanField("fired", rule.fired());
                g.writeFieldName("condition");
                node(g, rule.condition());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private static void fields(JsonGenerator g, Decision decision) throws IOException {
        g.writeStringField("tier", decision.tier().value());
        g.writeArrayFieldStart("rules");
        for (RuleId rule : decision.rules()) {
            g.writeString(rule.value());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actions");
        for (String action : decision.actions()) {
            g.writeString(action);
        }
        g.writeEndArray();
    }

    private static void node(JsonGenerator g, Explanation.ConditionTrace node) throws IOException {
        g.writeStartObject();
        g.writeStringField("test", node.label());
        g.writeBooleanField("held", node.held());
        if (node.isLeaf()) {
            g.writeFieldName("given");
            value(g, node.given());
        } else {
            g.writeArrayFieldStart("parts");
            for (Explanation.ConditionTrace part : node.parts()) {
                node(g, part);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, SignalValue value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof SignalValue.Bool b) {
            g.writeBoolean(b.value());
        } else if (value instanceof SignalValue.Number n) {
            double v = n.value();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                g.writeNumber((long) v);
            } else {
                g.writeNumber(v);
            }
        } else {
            g.writeString(((SignalValue.Text) value).value());
        }
    }

    private static String generate(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringWriter
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }
}
