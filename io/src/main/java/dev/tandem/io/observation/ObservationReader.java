package dev.tandem.io.observation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.SignalId;
import dev.tandem.escalation.SignalValue;
import dev.tandem.io.ReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads observations for escalation decisions (FORMAT section 9): JSON Lines, one object of signal values per
 * line such as {@code {"distress":7,"plan":true}}, or {@code NAME=VALUE} strings such as
 * {@code distress=7} and {@code plan=true}.
 *
 * <p>Values are taken as given: {@code true}/{@code false} become booleans, numbers become numbers, and
 * anything else in a {@code NAME=VALUE} string becomes text, so that deciding can name the signal and say what
 * it allows. A line is a problem when it is not one JSON object, when a value is {@code null}, an array or an
 * object, when a name is not a valid signal id, or when a signal is given twice. Blank lines are skipped.
 * Lines are streamed, one at a time; a line longer than {@link ReadOptions#maxStringLength()} characters is
 * a problem and is skipped without being held in memory.
 *
 * <p>Immutable and thread-safe.
 */
public final class ObservationReader {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int MAX_SHOWN = 40;

    private final ReadOptions options;
    private final JsonMapper mapper;

    private ObservationReader(ReadOptions options) {
        this.options = options;
        this.mapper = JsonMapper.builder()
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
    }

    /** {@return a reader with the default limits} */
    public static ObservationReader create() {
        return new ObservationReader(ReadOptions.defaults());
    }

    /**
     * {@return a reader with the given limits}
     *
     * @param options the limits (the longest line is maxStringLength)
     */
    public static ObservationReader create(ReadOptions options) {
        return new ObservationReader(Objects.requireNonNull(options, "options"));
    }

    /**
     * Reads JSON Lines, handing every non-blank line to the consumer in input order, good or bad.
     *
     * @param in       the text; not closed
     * @param consumer receives each line
     * @throws IOException when reading fails
     */
    public void read(Reader in, Consumer<ObservationLine> consumer) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(consumer, "consumer");
        int max = options.maxStringLength();
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int number = 1;
        char[] buffer = new char[8192];
        boolean afterCarriageReturn = false;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n' && afterCarriageReturn) {
                    afterCarriageReturn = false; // the LF of a CRLF
                    continue;
                }
                afterCarriageReturn = c == '\r';
                if (c == '\n' || c == '\r') {
                    emit(number++, line, tooLong, consumer);
                    line.setLength(0);
                    tooLong = false;
                } else if (!tooLong) {
                    if (line.length() >= max) {
                        tooLong = true;
                        line.setLength(0);
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        emit(number, line, tooLong, consumer);
    }

    /**
     * Reads JSON Lines from a stream of UTF-8 bytes, strictly: bytes that are not UTF-8 end the reading with a
     * problem line at their line (the lines before are handed on first).
     *
     * @param in       the bytes; not closed
     * @param consumer receives each line
     * @throws IOException when reading fails
     */
    public void read(java.io.InputStream in, Consumer<ObservationLine> consumer) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(consumer, "consumer");
        try {
            read(dev.tandem.io.internal.Utf8.reader(new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                    // the caller closes the stream
                }
            }), consumer);
        } catch (dev.tandem.io.internal.Utf8.Malformed e) {
            consumer.accept(ObservationLine.failed((int) Math.min(Integer.MAX_VALUE, e.line()),
                    java.util.List.of(e.describe() + "; the rest of the file cannot be read")));
        }
    }

    /**
     * Reads JSON Lines from a string.
     *
     * @param text the text
     * @return every non-blank line, in input order
     */
    public List<ObservationLine> read(String text) {
        List<ObservationLine> lines = new ArrayList<>();
        try {
            read(new StringReader(Objects.requireNonNull(text, "text")), lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringReader
        }
        return lines;
    }

    private void emit(int number, StringBuilder line, boolean tooLong, Consumer<ObservationLine> consumer) {
        if (tooLong) {
            consumer.accept(ObservationLine.failed(number, List.of("the line is longer than "
                    + options.maxStringLength() + " characters")));
            return;
        }
        String text = line.toString();
        if (number == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark some editors write
        }
        if (!text.isBlank()) {
            consumer.accept(parseLine(number, text));
        }
    }

    /**
     * Reads one JSON object of signal values.
     *
     * @param number the line number to report
     * @param text   the line
     * @return the observation or its problems
     */
    ObservationLine parseLine(int number, String text) {
        Map<SignalId, SignalValue> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (JsonParser p = mapper.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return ObservationLine.failed(number, List.of("expected one JSON object of signal values, such as "
                        + "{\"distress\":7,\"plan\":true}"));
            }
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                SignalValue v = switch (value) {
                    case VALUE_TRUE -> SignalValue.of(true);
                    case VALUE_FALSE -> SignalValue.of(false);
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> SignalValue.of(p.getDoubleValue());
                    case VALUE_STRING -> SignalValue.of(p.getText());
                    default -> null;
                };
                if (v == null) {
                    problems.add("signal '" + shown(name) + "': give true, false or a number, not "
                            + (value == JsonToken.VALUE_NULL ? "null" : value == JsonToken.START_ARRAY ? "a list"
                            : "an object"));
                    p.skipChildren();
                    continue;
                }
                put(name, v, values, problems);
            }
            if (token != JsonToken.END_OBJECT || p.nextToken() != null) {
                problems.add("expected one JSON object of signal values on the line, and nothing after it");
            }
        } catch (JsonProcessingException e) {
            problems.add("not valid JSON: " + dev.tandem.io.internal.ParserMessages.clean(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a string source
        }
        return problems.isEmpty() ? ObservationLine.of(number, new Observation(values))
                : ObservationLine.failed(number, problems);
    }

    /**
     * Reads an observation from {@code NAME=VALUE} strings: {@code true} or {@code false} for flags, numbers
     * for scales.
     *
     * @param assignments the strings, for example {@code ["distress=7", "plan=true"]}
     * @return the observation (line 0), or the problems, each naming the string it is about
     */
    public ObservationLine parseAssignments(List<String> assignments) {
        Map<SignalId, SignalValue> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String assignment : List.copyOf(assignments)) {
            int eq = assignment.indexOf('=');
            if (eq < 0) {
                problems.add("'" + shown(assignment) + "': expected NAME=VALUE, such as distress=7 or plan=true");
                continue;
            }
            String name = assignment.substring(0, eq).strip();
            String text = assignment.substring(eq + 1).strip();
            put(name, value(text), values, problems);
        }
        return problems.isEmpty() ? ObservationLine.of(0, new Observation(values))
                : ObservationLine.failed(0, problems);
    }

    private static SignalValue value(String text) {
        if (text.equals("true") || text.equals("false")) {
            return SignalValue.of(Boolean.parseBoolean(text));
        }
        if (text.equals("NaN")) {
            return SignalValue.of(Double.NaN);
        }
        return NUMBER.matcher(text).matches() ? SignalValue.of(Double.parseDouble(text)) : SignalValue.of(text);
    }

    private static void put(String name, SignalValue value, Map<SignalId, SignalValue> values, List<String> problems) {
        SignalId id;
        try {
            id = SignalId.of(name);
        } catch (IllegalArgumentException e) {
            problems.add("'" + shown(name) + "' is not a signal id (lower-case letters, digits, '.', '_' and '-')");
            return;
        }
        if (values.putIfAbsent(id, value) != null) {
            problems.add("signal '" + id + "' is given twice");
        }
    }

    /** Keeps messages short whatever the input: long names and parser messages are cut. */
    private static String shown(String text) {
        return text == null ? "" : dev.tandem.internal.Excerpt.of(text, MAX_SHOWN);
    }
}
