package dev.tandem.io.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;

/**
 * Fields of progress JSON, a name and its value in one call: strings as they are (null as {@code null}), whole
 * numbers as integers ({@code 40}, not {@code 40.0}) and other numbers as decimals.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** Writes a field of a string, or of null, under a fixed name. */
    static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    /** Writes a field of an escaped string, such as a status, under a name. */
    static void string(JsonGenerator g, SerializableString name, SerializableString value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    /** Writes a field of a number under a fixed name. */
    static void number(JsonGenerator g, SerializableString name, double value) throws IOException {
        g.writeFieldName(name);
        value(g, value);
    }

    /** Writes a field of a number under a name of the document, such as a topic's id. */
    static void number(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        value(g, value);
    }

    private static void value(JsonGenerator g, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(value);
        }
    }
}
