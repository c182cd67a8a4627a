package dev.tandem.io.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One record as a file gave it, before it is checked: its fields with their plain values ({@code String},
 * {@code Double} for score and hours, {@code Map<String, String>} for responses) and the problems already
 * found while reading it. Mutable; confined to the reading thread.
 */
final class RawRecord {

    /** Every field an evidence record may have, in the order of the CSV header. */
    static final List<String> FIELDS = List.of("learner", "kind", "assessment", "module", "score", "hours",
            "responses", "at", "by");

    /** The most problems listed for one record, so that a hostile record cannot flood the report. */
    static final int MAX_PROBLEMS = 20;

    final long line;
    final Map<String, Object> values = new LinkedHashMap<>();
    final List<EvidenceProblem> problems = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private boolean malformed;

    RawRecord(long line) {
        this.line = line;
    }

    /** Marks a field as given; {@return false (and records a problem) when it was given before} */
    boolean firstOccurrence(String field) {
        if (seen.add(field)) {
            return true;
        }
        problem(field, "the field is given more than once");
        return false;
    }

    void put(String field, Object value) {
        values.put(field, value);
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

    String text(String field) {
        return values.get(field) instanceof String s ? s : null;
    }
}
