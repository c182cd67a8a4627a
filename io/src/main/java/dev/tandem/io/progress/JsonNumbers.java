package dev.tandem.io.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Numbers in progress JSON: whole numbers as integers ({@code 40}, not {@code 40.0}), others as decimals. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    static void number(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(value);
        }
    }
}
