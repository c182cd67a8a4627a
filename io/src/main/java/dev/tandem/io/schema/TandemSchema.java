package dev.tandem.io.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of Tandem curriculum documents, format version 1.
 *
 * <p>The schema checks structure only (fields, types, id syntax, enumerations, simple ranges); references
 * between items, cycles and the other semantic rules are checked by the reader and the core validator.
 */
public final class TandemSchema {

    /** The schema's {@code $id}. */
    public static final String ID = "https://tandem.dev/schema/tandem-1.schema.json";

    private static final String RESOURCE = "tandem-1.schema.json";
    private static final String TEXT = load();

    private TandemSchema() {
    }

    /** {@return the schema as JSON text, ending with a newline} */
    public static String text() {
        return TEXT;
    }

    private static String load() {
        try (InputStream in = TandemSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
