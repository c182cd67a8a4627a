package dev.tandem.internal;

import static dev.tandem.diagnostic.DiagnosticCode.DUPLICATE_ID;
import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.MISSING_FIELD;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The diagnostics a validator has found so far, with the checks every part of a document shares (blank texts,
 * ids, periods, duplicate ids) and "did you mean?" suggestions under one budget.
 *
 * <p>Not thread-safe: one per validation.
 */
public final class Findings {

    private static final long SUGGESTION_BUDGET = 250_000;

    private final List<Diagnostic> found = new ArrayList<>();
    /** How many more candidate names suggestions may compare, in total. */
    private long suggestionBudget = SUGGESTION_BUDGET;

    /** {@return the diagnostics found so far, in the order they were found} */
    public List<Diagnostic> all() {
        return List.copyOf(found);
    }

    /** {@return how many diagnostics have been found so far} */
    public int size() {
        return found.size();
    }

    /**
     * {@return how many errors were found after the first {@code from} diagnostics}
     *
     * @param from a size
     */
    public long errorsSince(int from) {
        return found.subList(from, found.size()).stream().filter(Diagnostic::isError).count();
    }

    /**
     * Adds diagnostics found elsewhere.
     *
     * @param diagnostics the diagnostics
     */
    public void addAll(List<Diagnostic> diagnostics) {
        found.addAll(diagnostics);
    }

    /**
     * Reports an error.
     *
     * @param code its code
     * @param at where
     * @param message what is wrong
     */
    public void error(DiagnosticCode code, JsonPointer at, String message) {
        found.add(Diagnostic.error(code, at, message));
    }

    /**
     * Reports a warning.
     *
     * @param code its code
     * @param at where
     * @param message what is wrong
     */
    public void warning(DiagnosticCode code, JsonPointer at, String message) {
        found.add(Diagnostic.warning(code, at, message));
    }

    /**
     * Reports a missing field.
     *
     * @param at the field
     * @param message what is missing
     */
    public void missing(JsonPointer at, String message) {
        error(MISSING_FIELD, at, message);
    }

    /**
     * {@return whether a text is present and blank}: what {@link #notBlank} reports, for the checks of every
     * item of a list to test before they build the text's pointer and message
     *
     * @param value the text, may be null
     */
    public static boolean isBlank(String value) {
        return value != null && value.isBlank();
    }

    /**
     * Reports a blank text.
     *
     * @param at    the text
     * @param value the text, may be null (then nothing is reported)
     * @param what  names it for the author, for example "the title of module 'm1'"
     */
    public void notBlank(JsonPointer at, String value, String what) {
        if (value != null && value.isBlank()) {
            error(INVALID_VALUE, at, what + " is blank; write some text");
        }
    }

    /**
     * Reports a required text that is missing or blank.
     *
     * @param at             the text
     * @param value          the text, may be null
     * @param missingMessage the message when it is missing
     * @param what           names it for the author
     */
    public void requiredText(JsonPointer at, String value, String missingMessage, String what) {
        if (value == null) {
            missing(at, missingMessage);
        } else {
            notBlank(at, value, what);
        }
    }

    /**
     * Reports an invalid id.
     *
     * @param at the id
     * @param kind what it names
     * @param value the id
     */
    public void badId(JsonPointer at, String kind, String value) {
        error(INVALID_VALUE, at, "'" + value + "' is not a valid " + kind + " id: use lower-case letters, digits, "
                + "'.', '_' and '-', starting with a letter or digit, at most 64 characters");
    }

    /**
     * Reports a period that is not longer than zero.
     *
     * @param at     the period
     * @param period it, may be null
     * @param what   names it for the author
     */
    public void positivePeriod(JsonPointer at, Period period, String what) {
        if (period != null && (period.isNegative() || period.isZero())) {
            error(INVALID_VALUE, at, what + " is " + period + "; it must be longer than zero, with no negative part");
        }
    }

    /**
     * Reports every item whose id an earlier item of the same list already uses, at the later item's id.
     *
     * @param items the list
     * @param id    an item's id
     * @param at    the list
     * @param kind  what the items are, for the message
     * @param <T>   the items' type
     * @param <K>   the ids' type
     */
    public <T, K> void duplicates(List<T> items, Function<T, K> id, JsonPointer at, String kind) {
        Map<K, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            K key = id.apply(items.get(i));
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier != null) {
                error(DUPLICATE_ID, at.append(i).append("id"), kind + " id '" + key + "' is already used by "
                        + kind + " #" + (earlier + 1) + " (at " + at.append(earlier) + ")");
            }
        }
    }

    /**
     * {@return "; did you mean 'x'?" when a candidate is close to the text, else ""}. Each suggestion compares
     * the text with every candidate; a budget keeps a document full of unknown references from making
     * validation quadratic (past it, references are still reported, without suggestions).
     *
     * @param text       the unknown name
     * @param candidates the known names
     */
    public String suggestion(String text, List<String> candidates) {
        suggestionBudget -= candidates.size();
        if (suggestionBudget < 0) {
            return "";
        }
        return Suggestions.closest(text, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /**
     * {@return a close candidate as "did you mean?" (see {@link #suggestion}), else the candidates listed, or a
     * note that there are none, for the end of a message}
     *
     * @param text       the unknown name
     * @param candidates the known names
     * @param listName   what the candidates are, for the list (for example {@code signals})
     * @param none       the note when there are no candidates (for example {@code the policy defines no signals})
     */
    public String suggestionOrList(String text, List<String> candidates, String listName, String none) {
        String close = suggestion(text, candidates);
        if (candidates.isEmpty()) {
            return " (" + none + ")";
        }
        return close.isEmpty() ? " (" + listName + ": " + String.join(", ", candidates) + ")" : close;
    }
}
