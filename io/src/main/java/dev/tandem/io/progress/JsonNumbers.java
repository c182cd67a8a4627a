package dev.tandem.io.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;

/** Numbers in progress JSON: whole numbers as integers ({@code 40}, not {@code 40.0}), others as decimals. */
final class JsonNumbers {

    private JsonNumbers() {
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
