package dev.tandem.io.xapi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;

/**
 * Finds the statements in a stream by its content, not by its lines (FORMAT section 10.1): one streaming
 * parser over a sequence of root-level JSON values, each of which is a statement, an array of statements or
 * a {@code StatementResult} ({@code {"statements":[..],"more":".."}}). So JSON Lines, a JSON array, LRS pages
 * one after another, a single statement and pretty-printed JSON are all read alike. Only one statement is
 * held as a tree at a time; a page's {@code statements} array is streamed.
 *
 * <p>Not well-formed JSON: inside an array or a page, the rest of the file cannot be told apart and is not
 * read (a problem of the file); in a root-level statement, that statement is refused and reading goes on at
 * the next line that starts, in its first column, with {@code {} or {@code [}, so that one broken line of
 * JSON Lines costs one statement.
 */
final class StatementStream {

    /**
     * Where a statement starts.
     *
     * @param index its 1-based index in the file
     * @param line its line
     * @param column its column
     */
    record Position(long index, long line, long column) {
    }

    /** Receives what the stream finds. */
    interface Handler {
        /**
         * A statement (any JSON value where a statement stands).
         *
         * @param node the value
         * @param at where it starts
         */
        void statement(JsonNode node, Position at);

        /**
         * A statement that is not well-formed JSON, or the end of what can be read.
         *
         * @param at        where the problem is (the index is 0 when no statement is lost: the rest of the file
         *                  cannot be read)
         * @param message   what is wrong, in words
         */
        void unreadable(Position at, String message);
    }

    private final ObjectMapper json;
    private final Handler handler;
    private long index;
    /** Lines before the current parser's first line (after resuming past broken JSON). */
    private long lineBase;
    /** True while inside an array or page of statements, where broken JSON cannot be resumed after. */
    private boolean inContainer;
    /** The root-level statement being read, or null. */
    private Position current;

    StatementStream(ObjectMapper json, Handler handler) {
        this.json = json;
        this.handler = handler;
    }

    /**
     * Reads every statement of a stream.
     *
     * @param in the stream, UTF-8; not closed
     * @throws IOException on failure to read
     */
    void read(InputStream in) throws IOException {
        InputStream source = in;
        while (source != null) {
            JsonParser p = json.getFactory().createParser(source);
            try {
                values(p);
                source = null;
            } catch (JsonProcessingException e) {
                source = broken(p, e, source);
            }
        }
    }

    private void values(JsonParser p) throws IOException {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            inContainer = false;
            current = null;
            if (t == JsonToken.START_ARRAY) {
                inContainer = true;
                elements(p);
            } else if (t == JsonToken.START_OBJECT) {
                rootObject(p);
            } else {
                Position at = position(p);
                p.skipChildren();
                handler.statement(json.getNodeFactory().textNode(""), at);
            }
        }
        inContainer = false;
    }

    /** Reads the statements of an array whose start the parser is at, up to its end. */
    private void elements(JsonParser p) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            Position at = position(p);
            handler.statement(json.readTree(p), at);
        }
    }

    /**
     * Reads a root-level object: a page of statements when it has a {@code statements} array (streamed, the
     * other fields such as {@code more} dropped), else one statement.
     */
    private void rootObject(JsonParser p) throws IOException {
        Position at = location(p);
        current = at;
        ObjectNode statement = json.createObjectNode();
        boolean page = false;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("statements") && value == JsonToken.START_ARRAY) {
                page = true;
                inContainer = true;
                elements(p);
            } else if (page) {
                p.skipChildren();
            } else {
                statement.set(name, json.readTree(p));
            }
        }
        current = null;
        if (!page) {
            handler.statement(statement, numbered(at));
        }
    }

    /** {@return the position of the current token, numbered as the next statement} */
    private Position position(JsonParser p) {
        return numbered(location(p));
    }

    /** {@return the position of the current token, not numbered yet (index 0)} */
    private Position location(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new Position(0, lineBase + Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private Position numbered(Position at) {
        return new Position(++index, at.line(), at.column());
    }

    /**
     * Reports broken JSON and returns the stream to resume at, or null when the rest of the file cannot be
     * read.
     */
    private InputStream broken(JsonParser p, JsonProcessingException e, InputStream source) throws IOException {
        JsonLocation l = e.getLocation() == null ? p.currentLocation() : e.getLocation();
        long line = lineBase + Math.max(1, l.getLineNr());
        long column = Math.max(1, l.getColumnNr());
        boolean limits = e instanceof StreamConstraintsException;
        boolean end = e instanceof JsonEOFException;
        if (inContainer || limits) {
            String what = limits ? "a statement exceeds the limits of nesting depth or text length"
                    : end ? "the file ends inside a statement" : "the file stops being well-formed JSON";
            handler.unreadable(new Position(0, line, column), what + "; the statements after this point were not "
                    + "read");
            return null;
        }
        String what = (end ? "is not well-formed JSON: the file ends inside it, at " : "is not well-formed JSON at ")
                + line + ":" + column;
        handler.unreadable(numbered(current != null ? current : new Position(0, line, column)), what);
        current = null;
        ByteArrayOutputStream buffered = new ByteArrayOutputStream();
        if (p.releaseBuffered(buffered) < 0) {
            return null;
        }
        PushbackInputStream rest = new PushbackInputStream(new SequenceInputStream(
                new ByteArrayInputStream(buffered.toByteArray()), source), 1);
        JsonLocation current = p.currentLocation();
        long at = lineBase + Math.max(1, current.getLineNr());
        boolean lineStart = current.getColumnNr() <= 1;
        for (int b = rest.read(); b != -1; b = rest.read()) {
            if (lineStart && (b == '{' || b == '[')) {
                rest.unread(b);
                lineBase = at - 1;
                return rest;
            }
            lineStart = b == '\n';
            if (lineStart) {
                at++;
            }
        }
        return null;
    }
}
