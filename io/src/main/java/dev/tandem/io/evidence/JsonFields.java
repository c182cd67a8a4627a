package dev.tandem.io.evidence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.tandem.internal.Suggestions;
import dev.tandem.io.internal.Instants;
import java.io.IOException;
import java.time.Instant;

/** Reads the fields of one JSON evidence object into a raw record. Stateless. */
final class JsonFields {

    /** The fields' names, for the parser's match of the name expected next ({@link #next}). */
    private static final SerializedString[] NAMES = RawRecord.FIELDS.stream().map(SerializedString::new)
            .toArray(SerializedString[]::new);

    private JsonFields() {
    }

    /**
     * Reads the object the parser stands at (on its START_OBJECT) up to and including its END_OBJECT; the values
     * of {@code kind}, {@code assessment}, {@code module} and the tiers of {@code responses} that are known ids
     * are taken as the known instances.
     */
    static void read(JsonParser p, RawRecord raw, KnownIds ids) throws IOException {
        int expected = RawRecord.LEARNER;
        while (true) {
            int field;
            if (expected >= 0 && p.nextFieldName(NAMES[expected])) {
                field = expected; // the usual order: the parser matched the name's bytes, nothing looked up
            } else if ((expected >= 0 ? p.currentToken() : p.nextToken()) == JsonToken.FIELD_NAME) {
                field = RawRecord.index(p.currentName()); // once: the field is known by its index from here on
            } else {
                return; // the object's end (or what the caller reports)
            }
            JsonToken value = p.nextToken();
            expected = -1;
            if (field < 0) {
                String name = p.currentName();
                raw.problem(RecordChecker.quote(name), "unknown field" + Suggestions.closest(name, RawRecord.FIELDS)
                        .map(s -> " (did you mean '" + s + "'?)").orElse("") + "; fields: "
                        + String.join(", ", RawRecord.FIELDS.subList(0, 9)));
                p.skipChildren();
                continue;
            }
            if (!raw.firstOccurrence(field) || value == JsonToken.VALUE_NULL) {
                p.skipChildren();
                continue;
            }
            switch (field) {
                case RawRecord.SCORE, RawRecord.HOURS -> number(p, raw, field, value);
                case RawRecord.RESPONSES -> responses(p, raw, value, ids);
                case RawRecord.KIND, RawRecord.ASSESSMENT, RawRecord.MODULE -> text(p, raw, field, value, ids);
                case RawRecord.AT -> instant(p, raw, value);
                default -> text(p, raw, field, value, null);
            }
            expected = next(field, raw);
        }
    }

    /**
     * {@return the field that usually follows a field, in the order the format's examples and writers keep
     * (learner, kind, the kind's own fields, at, by), or -1 for none}: the parser is asked first whether the next
     * name is that one, which it answers by comparing bytes; any other name is read and looked up as usual.
     */
    private static int next(int field, RawRecord raw) {
        return switch (field) {
            case RawRecord.LEARNER -> RawRecord.KIND;
            case RawRecord.KIND -> {
                Object kind = raw.get(RawRecord.KIND);
                yield "completion".equals(kind) ? RawRecord.MODULE
                        : "practice".equals(kind) || "education".equals(kind) ? RawRecord.HOURS
                        : RawRecord.ASSESSMENT;
            }
            case RawRecord.ASSESSMENT -> RawRecord.SCORE;
            case RawRecord.SCORE, RawRecord.RESPONSES, RawRecord.MODULE, RawRecord.HOURS, RawRecord.TOPIC ->
                    RawRecord.AT;
            case RawRecord.AT -> RawRecord.BY;
            default -> -1;
        };
    }

    private static void number(JsonParser p, RawRecord raw, int field, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            // a whole number, as scores and hours mostly are: read as an int, not through the text of a double;
            // the same value the parser's double of an int token is
            raw.put(field, (double) p.getIntValue());
        } else if (value.isNumeric()) {
            raw.put(field, p.getDoubleValue());
        } else {
            raw.problem(RawRecord.FIELDS.get(field), "must be a number");
            p.skipChildren();
        }
    }

    private static void text(JsonParser p, RawRecord raw, int field, JsonToken value, KnownIds ids)
            throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            raw.put(field, ids == null ? p.getText() : known(p, ids));
        } else {
            raw.problem(RawRecord.FIELDS.get(field), "must be a string");
            p.skipChildren();
        }
    }

    /**
     * Reads {@code at}: an instant in one of the two usual forms is taken from the parser's characters as an
     * {@link java.time.Instant}, without a string; any other text is kept as text for the checks to read (or
     * reject with their words), as every other reader gives it.
     */
    private static void instant(JsonParser p, RawRecord raw, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            Instant usual = Instants.parseUsual(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            raw.put(RawRecord.AT, usual != null ? usual : p.getText());
        } else {
            text(p, raw, RawRecord.AT, value, null);
        }
    }

    /** {@return the string value the parser stands at: a known id's instance, or else a new string} */
    private static String known(JsonParser p, KnownIds ids) throws IOException {
        return ids.text(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    private static void responses(JsonParser p, RawRecord raw, JsonToken value, KnownIds ids) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            raw.problem("responses", "must be an object of vignette: tier, for example {\"v1\": \"refer\"}");
            p.skipChildren();
            return;
        }
        boolean ok = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String vignette = p.currentName();
            JsonToken tier = p.nextToken();
            if (tier != JsonToken.VALUE_STRING) {
                raw.problem("responses", "the response to " + RecordChecker.quote(vignette) + " must be a tier id");
                p.skipChildren();
                ok = false;
            } else if (!raw.addResponse(vignette, known(p, ids))) {
                raw.problem("responses", "more than one response to " + RecordChecker.quote(vignette));
                ok = false;
            }
        }
        if (ok) {
            raw.putResponses();
        }
    }
}
