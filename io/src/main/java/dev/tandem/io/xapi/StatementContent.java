package dev.tandem.io.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A 64-bit hash of a statement's content under xAPI's statement comparison (xAPI 1.0.3, Data 2.3.1): two
 * statements that compare equal have the same hash, so the reader keeps an id and this hash, never the
 * statement, to tell a re-sent copy from a different statement that reuses an id.
 *
 * <p>Ignored: the statement's {@code id} (compared on its own), {@code authority}, {@code stored},
 * {@code version} and {@code attachments}; activity {@code definition}s and the verb's {@code display}
 * (which the specification does not count as part of the statement); an {@code objectType} that only
 * states the default ({@code Activity}, {@code Agent}). Timestamps compare as instants, the order of
 * properties never matters, and the members of a Group are an unordered list. Everything else counts as
 * written (a number by its value).
 */
final class StatementContent {

    private static final Set<String> IGNORED_AT_TOP = Set.of("id", "authority", "stored", "version", "attachments");
    private static final long OBJECT = 0x9E3779B97F4A7C15L;
    private static final long ARRAY = 0xC2B2AE3D27D4EB4FL;
    private static final long NULL = 0x165667B19E3779F9L;
    private static final long TRUE = 0x27D4EB2F165667C5L;
    private static final long FALSE = 0x85EBCA77C2B2AE63L;
    private static final long NUMBER = 0xFF51AFD7ED558CCDL;
    private static final long TEXT = 0xC4CEB9FE1A85EC53L;

    private StatementContent() {
    }

    /**
     * {@return the hash of a statement's content}
     *
     * @param statement the statement, a JSON object
     */
    static long hash(JsonNode statement) {
        return object(statement, true, false);
    }

    private static long node(JsonNode node, String name, boolean inVerb) {
        if (node.isObject()) {
            return object(node, false, name.equals("verb"));
        }
        if (node.isArray()) {
            return array(node, name.equals("member"));
        }
        if (node.isTextual()) {
            if (name.equals("timestamp")) {
                Instant at = XapiTime.instantOrZoneless(node.asText());
                if (at != null) {
                    return mix(NUMBER ^ mix(at.getEpochSecond() * 1_000_000_007L + at.getNano()));
                }
            }
            return text(node.asText());
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            return mix(NUMBER ^ Double.doubleToLongBits(d == 0 ? 0.0 : d));
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? TRUE : FALSE;
        }
        return NULL;
    }

    private static long object(JsonNode node, boolean top, boolean verb) {
        long sum = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (top && IGNORED_AT_TOP.contains(name) || name.equals("definition") || verb && name.equals("display")
                    || name.equals("objectType") && value.isTextual()
                    && (value.asText().equals("Activity") || value.asText().equals("Agent"))) {
                continue;
            }
            // fields combine by a sum, so their order does not matter
            sum += mix(text(name) * 31 + node(value, name, verb));
        }
        return mix(OBJECT ^ sum);
    }

    private static long array(JsonNode node, boolean unordered) {
        long h = ARRAY;
        long sum = 0;
        for (JsonNode item : node) {
            long e = node(item, "", false);
            if (unordered) {
                sum += mix(e);
            } else {
                h = mix(h * 31 + e);
            }
        }
        return unordered ? mix(h ^ sum) : h;
    }

    /**
     * {@return a 64-bit hash of a text}
     *
     * @param text the text
     */
    static long text(String text) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001B3L;
        }
        return mix(h ^ TEXT);
    }

    /** The finalizer of MurmurHash3: spreads every input bit over the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
