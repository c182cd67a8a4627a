package dev.tandem.io.xapi;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_FIELD;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.certification.TopicId;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Ids;
import java.util.Iterator;

/**
 * Continuing education in xAPI (FORMAT 13.3): the map's {@code {education: true}} and
 * {@code {education: true, topic: ID}} activities, and the record a statement about one gives. Stateless.
 */
final class XapiEducation {

    /** Reports a problem of a map at a path. */
    @FunctionalInterface
    interface Problems {
        void report(DiagnosticCode code, JsonPointer at, String message);
    }

    private XapiEducation() {
    }

    /** {@return the target of an activity written with {@code education}, or null (its problems reported)} */
    static ActivityTarget target(JsonPointer at, JsonNode node, Problems problems) {
        boolean ok = true;
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("education") && !name.equals("topic")) {
                problems.report(UNKNOWN_FIELD, at.append(name), "unknown field '" + name + "' (an education "
                        + "activity is {education: true} or {education: true, topic: ID})");
                ok = false;
            }
        }
        JsonNode education = node.get("education");
        if (!education.isBoolean() || !education.asBoolean()) {
            problems.report(INVALID_VALUE, at.append("education"), "'education' can only be true");
            ok = false;
        }
        JsonNode topic = node.get("topic");
        if (topic != null && (!topic.isTextual() || !Ids.isValid(topic.asText()))) {
            problems.report(INVALID_VALUE, at.append("topic"), "'topic' needs an id (lower-case letters, digits, "
                    + "'.', '_' and '-')");
            ok = false;
        }
        return ok ? new ActivityTarget.OfEducation(topic == null ? null : TopicId.of(topic.asText())) : null;
    }
}
