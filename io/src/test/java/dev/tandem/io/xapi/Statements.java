package dev.tandem.io.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Test data builder of xAPI statements, as JSON text. */
final class Statements {

    static final String QUIZ = "https://lms.example/act/listening-quiz";
    static final String TRIAGE = "https://lms.example/act/triage";
    static final String FOUNDATIONS = "https://lms.example/act/foundations";
    static final String PRACTICE = "https://lms.example/act/supervised-practice";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String ATTENDED = "http://adlnet.gov/expapi/verbs/attended";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    private Statements() {
    }

    /** {@return a statement by learner L-001 with the verb and activity, at 2026-03-02T14:00:00Z} */
    static Statements statement(String verb, String activity) {
        Statements s = new Statements();
        s.node.putObject("actor").putObject("account").put("homePage", "https://lms.example").put("name", "L-001");
        s.node.putObject("verb").put("id", verb);
        s.node.putObject("object").put("objectType", "Activity").put("id", activity);
        s.node.put("timestamp", "2026-03-02T14:00:00Z");
        return s;
    }

    /** {@return a voiding statement of the statement with that id} @param id its own id @param target the voided id */
    static Statements voiding(String id, String target) {
        Statements s = new Statements();
        s.node.put("id", id);
        s.node.putObject("actor").put("mbox", "mailto:admin@lms.example");
        s.node.putObject("verb").put("id", XapiReader.VOIDED);
        s.node.putObject("object").put("objectType", "StatementRef").put("id", target);
        s.node.put("timestamp", "2026-03-05T00:00:00Z");
        return s;
    }

    Statements id(String id) {
        node.put("id", id);
        return this;
    }

    Statements raw(double raw) {
        node.withObjectProperty("result").withObjectProperty("score").put("raw", raw);
        return this;
    }

    Statements scaled(double scaled) {
        node.withObjectProperty("result").withObjectProperty("score").put("scaled", scaled);
        return this;
    }

    Statements success(boolean success) {
        node.withObjectProperty("result").put("success", success);
        return this;
    }

    Statements response(String response) {
        node.withObjectProperty("result").put("response", response);
        return this;
    }

    Statements duration(String duration) {
        node.withObjectProperty("result").put("duration", duration);
        return this;
    }

    Statements timestamp(String timestamp) {
        node.put("timestamp", timestamp);
        return this;
    }

    Statements score(String field, double value) {
        node.withObjectProperty("result").withObjectProperty("score").put(field, value);
        return this;
    }

    Statements stored(String stored) {
        node.put("stored", stored);
        return this;
    }

    Statements account(String homePage, String name) {
        node.putObject("actor").putObject("account").put("homePage", homePage).put("name", name);
        return this;
    }

    Statements groupActor() {
        ObjectNode group = node.putObject("actor").put("objectType", "Group").put("name", "Team");
        group.putArray("member").addObject().put("mbox", "mailto:member@lms.example");
        return this;
    }

    Statements object(ObjectNode object) {
        node.set("object", object);
        return this;
    }

    Statements objectType(String objectType) {
        ((ObjectNode) node.get("object")).put("objectType", objectType);
        return this;
    }

    Statements context(String kind, String... activities) {
        var list = node.withObjectProperty("context").withObjectProperty("contextActivities").putArray(kind);
        for (String a : activities) {
            list.addObject().put("id", a).put("objectType", "Activity");
        }
        return this;
    }

    /** Sets any field, given as JSON. */
    Statements set(String field, String json) {
        try {
            node.set(field, JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** {@return a copy of this statement} */
    Statements copy() {
        Statements s = new Statements();
        s.node.setAll(node.deepCopy());
        return s;
    }

    /** {@return the statement as a tree (a copy)} */
    ObjectNode tree() {
        return node.deepCopy();
    }

    /** {@return the statement pretty-printed over many lines} */
    String pretty() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Statements without(String field) {
        node.remove(field);
        return this;
    }

    Statements actor(String field, String value) {
        node.putObject("actor").put(field, value);
        return this;
    }

    Statements instructor(String name) {
        node.withObjectProperty("context").putObject("instructor").putObject("account").put("homePage", "https://lms.example")
                .put("name", name);
        return this;
    }

    String json() {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the statements as JSON Lines} */
    static String lines(List<Statements> statements) {
        StringBuilder b = new StringBuilder();
        statements.forEach(s -> b.append(s.json()).append('\n'));
        return b.toString();
    }

    /** {@return the statements as LRS StatementResult pages of at most {@code size} statements, one after another} */
    static String pages(List<Statements> statements, int size) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < statements.size() || i == 0; i += size) {
            List<Statements> page = statements.subList(i, Math.min(statements.size(), i + size));
            b.append("{\"statements\":").append(array(page)).append(",\"more\":\"")
                    .append(i + size < statements.size() ? "/xapi/statements?more=" + (i + size) : "")
                    .append("\"}\n");
        }
        return b.toString();
    }

    /** {@return the statements pretty-printed, one after another} */
    static String pretty(List<Statements> statements) {
        StringBuilder b = new StringBuilder();
        statements.forEach(s -> b.append(s.pretty()).append('\n'));
        return b.toString();
    }

    /** {@return the statements as a JSON array} */
    static String array(List<Statements> statements) {
        return "[" + String.join(",\n", statements.stream().map(Statements::json).toList()) + "]";
    }
}
