package dev.tandem.io.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One record as a file gave it, before it is checked: its fields with their plain values ({@code String},
 * {@code Double} for score and hours, an {@code Instant} for an {@code at} the JSON reader found in its usual
 * form; the responses as vignette and tier pairs, see {@link #responseCount()})
 * and the problems already found while reading it. Mutable; confined to the reading thread.
 */
final class RawRecord {

    /** Every field an evidence record may have, in the order of the CSV header. */
    static final List<String> FIELDS = List.of("learner", "kind", "assessment", "module", "score", "hours",
            "responses", "at", "by", "topic");

    /** The index of {@code learner} in {@link #FIELDS}. */
    static final int LEARNER = 0;
    /** The index of {@code kind} in {@link #FIELDS}. */
    static final int KIND = 1;
    /** The index of {@code assessment} in {@link #FIELDS}. */
    static final int ASSESSMENT = 2;
    /** The index of {@code module} in {@link #FIELDS}. */
    static final int MODULE = 3;
    /** The index of {@code score} in {@link #FIELDS}. */
    static final int SCORE = 4;
    /** The index of {@code hours} in {@link #FIELDS}. */
    static final int HOURS = 5;
    /** The index of {@code responses} in {@link #FIELDS}. */
    static final int RESPONSES = 6;
    /** The index of {@code at} in {@link #FIELDS}. */
    static final int AT = 7;
    /** The index of {@code by} in {@link #FIELDS}. */
    static final int BY = 8;
    /** The index of {@code topic} in {@link #FIELDS}. */
    static final int TOPIC = 9;

    /** The CSV header of FORMAT 6.1, named in messages; {@code topic} (13.3) may follow it. */
    static final String HEADER = String.join(",", FIELDS.subList(0, 9));

    /** The most problems listed for one record, so that a hostile record cannot flood the report. */
    static final int MAX_PROBLEMS = 20;

    /** The most responses whose vignettes are compared one by one; more are kept in a set as well. */
    private static final int LINEAR_RESPONSES = 8;
    /** The room for responses kept between records; a record that needed more gives its room back. */
    private static final int KEPT_RESPONSES = 32;

    long line;
    final List<EvidenceProblem> problems = new ArrayList<>();
    /** The values by field index (the index in {@link #FIELDS}); null when not given. */
    private final Object[] values = new Object[FIELDS.size()];
    /** The indices of the fields given a value, in the order they were given. */
    private final int[] order = new int[FIELDS.size()];
    private int given;
    /** One bit per field index: the field occurred (with any value, even a rejected one). */
    private int seen;
    private boolean malformed;
    /** The responses read: vignette, tier, vignette, tier, ... in the order given, each vignette once. */
    private String[] responses = new String[2 * LINEAR_RESPONSES];
    private int responseCount;
    /** The vignettes of the responses, once there are more than {@link #LINEAR_RESPONSES}; else null. */
    private Set<String> vignettes;

    RawRecord(long line) {
        this.line = line;
    }

    /** Empties the record for the next one, at the given line, keeping its storage. */
    void reset(long line) {
        this.line = line;
        problems.clear();
        java.util.Arrays.fill(values, null);
        given = 0;
        seen = 0;
        malformed = false;
        clearResponses();
    }

    private void clearResponses() {
        if (responses.length > 2 * KEPT_RESPONSES) {
            responses = new String[2 * LINEAR_RESPONSES];
        }
        responseCount = 0;
        vignettes = null;
    }

    /**
     * Adds a response, unless its vignette has one already; the responses become the field's value only with
     * {@link #putResponses()}.
     *
     * @return false when the vignette has a response already (the first one stays)
     */
    boolean addResponse(String vignette, String tier) {
        if (vignettes != null) {
            if (!vignettes.add(vignette)) {
                return false;
            }
        } else {
            for (int i = 0; i < responseCount; i++) {
                if (responses[2 * i].equals(vignette)) {
                    return false;
                }
            }
            if (responseCount == LINEAR_RESPONSES) {
                vignettes = new HashSet<>();
                for (int i = 0; i < responseCount; i++) {
                    vignettes.add(responses[2 * i]);
                }
                vignettes.add(vignette);
            }
        }
        if (2 * responseCount == responses.length) {
            responses = java.util.Arrays.copyOf(responses, 2 * responses.length);
        }
        responses[2 * responseCount] = vignette;
        responses[2 * responseCount + 1] = tier;
        responseCount++;
        return true;
    }

    /** Gives the field {@code responses} the responses added, as its value. */
    void putResponses() {
        put(RESPONSES, responses);
    }

    /** {@return how many responses were added; they are the field's value when it {@link #has} one} */
    int responseCount() {
        return responseCount;
    }

    /** {@return the vignette of the {@code n}th response, in the order given} */
    String responseVignette(int n) {
        return responses[2 * n];
    }

    /** {@return the tier of the {@code n}th response, in the order given} */
    String responseTier(int n) {
        return responses[2 * n + 1];
    }

    /** {@return the index of a field in {@link #FIELDS}, or -1 when it is not a field} */
    static int index(String field) {
        return switch (field) {
            case "learner" -> LEARNER;
            case "kind" -> KIND;
            case "assessment" -> ASSESSMENT;
            case "module" -> MODULE;
            case "score" -> SCORE;
            case "hours" -> HOURS;
            case "responses" -> RESPONSES;
            case "at" -> AT;
            case "by" -> BY;
            case "topic" -> TOPIC;
            default -> -1;
        };
    }

    /** Marks a field as given; {@return false (and records a problem) when it was given before} */
    boolean firstOccurrence(String field) {
        return firstOccurrence(index(field));
    }

    /**
     * Marks the field of an index in {@link #FIELDS} as given; {@return false (and records a problem) when it was
     * given before}
     */
    boolean firstOccurrence(int field) {
        int bit = 1 << field;
        if ((seen & bit) == 0) {
            seen |= bit;
            return true;
        }
        problem(FIELDS.get(field), "the field is given more than once");
        return false;
    }

    void put(String field, Object value) {
        put(index(field), value);
    }

    /** Gives the field of an index in {@link #FIELDS} a value. */
    void put(int i, Object value) {
        if (values[i] == null) {
            order[given++] = i;
        }
        values[i] = value;
    }

    /** {@return the value of a field, or null when it has none} */
    Object get(int field) {
        return values[field];
    }

    /** {@return true when the field has a value} */
    boolean has(int field) {
        return values[field] != null;
    }

    /** {@return one bit per field index ({@code 1 << index}) of the fields that have a value} */
    int givenMask() {
        int mask = 0;
        for (int i = 0; i < given; i++) {
            mask |= 1 << order[i];
        }
        return mask;
    }

    /** {@return one bit per field index ({@code 1 << index}) of the given fields} */
    static int mask(java.util.Set<String> fields) {
        int mask = 0;
        for (String field : fields) {
            mask |= 1 << index(field);
        }
        return mask;
    }

    /** {@return how many fields have a value} */
    int givenCount() {
        return given;
    }

    /** {@return the name of the {@code n}th field given a value, in the order given} */
    String givenField(int n) {
        return FIELDS.get(order[n]);
    }

    /**
     * Adds a problem with a field, named by its index ({@link #FIELDS}).
     *
     * @param field   the field's index
     * @param message what is wrong
     */
    void problem(int field, String message) {
        problem(FIELDS.get(field), message);
    }

    void problem(String field, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new EvidenceProblem(line, field, message));
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add(new EvidenceProblem(line, null, "more problems in this record are not listed"));
        }
    }

    /** Replaces every problem found so far by one about the record's form: its fields cannot be trusted. */
    void malformed(String message) {
        malformed = true;
        problems.clear();
        problem(null, message);
    }

    boolean isMalformed() {
        return malformed;
    }

    String text(int field) {
        return values[field] instanceof String s ? s : null;
    }
}
