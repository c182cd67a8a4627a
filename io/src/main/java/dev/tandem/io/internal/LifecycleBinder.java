package dev.tandem.io.internal;

import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.Renewal;
import dev.tandem.certification.TopicId;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Rollup;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Ids;
import java.math.BigDecimal;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the parts of FORMAT section 13: attainment methods (a name, or {@code {method: .., weight: .., n: ..}}),
 * roll-up rules ({@code all}, or {@code {points: .., children: {..}}}) and the certification's renewal block.
 * Numbers that enter exact arithmetic (weights, points) are kept exactly as written. Ranges and references
 * are the core validator's checks, so a document and a builder get the same diagnostics; this binder reports
 * only what cannot be bound (wrong types, unknown methods and fields, a missing {@code n}). Not thread-safe:
 * one instance per document.
 */
final class LifecycleBinder extends FieldReader {

    static final List<String> DECAYING_KEYS = List.of("method", "weight");
    static final List<String> N_MASTERY_KEYS = List.of("method", "n");
    static final List<String> METHOD_KEYS = List.of("method");
    static final List<String> ROLLUP_KEYS = List.of("points", "children");
    static final List<String> CHILD_KEYS = List.of("points", "required");
    static final List<String> RENEWAL_KEYS = List.of("window", "continuing-education");
    static final List<String> EDUCATION_KEYS = List.of("hours", "within", "topics");

    LifecycleBinder(List<Diagnostic> out, PathMapping paths) {
        super(out, paths);
    }

    /** {@return the attainment method under {@code key}, or null when absent or wrong (then reported)} */
    Attainment attainment(Map<String, DocumentNode> m, JsonPointer at, String key) {
        DocumentNode n = present(m, key);
        if (n == null) {
            return null;
        }
        JsonPointer aat = at.append(key);
        if (n instanceof DocumentNode.MapNode mn) {
            return methodObject(mn, aat);
        }
        String name = stringValue(n, aat);
        return name == null ? null : named(name, aat, aat);
    }

    private Attainment methodObject(DocumentNode.MapNode mn, JsonPointer at) {
        DocumentNode methodNode = mn.entries().get("method");
        String name = methodNode == null ? null : stringValue(methodNode, at.append("method"));
        List<String> keys = "decaying-average".equals(name) ? DECAYING_KEYS
                : "n-mastery".equals(name) ? N_MASTERY_KEYS : METHOD_KEYS;
        Map<String, DocumentNode> m = mapping(mn, at, keys);
        if (m == null || name == null) {
            if (methodNode == null) {
                error(DiagnosticCode.MISSING_FIELD, at.append("method"), "the field 'method' is required here (one "
                        + "of: " + Attainment.allowed() + ")");
            }
            return null;
        }
        Attainment.Method method = Attainment.Method.fromId(name).orElse(null);
        if (method == Attainment.Method.DECAYING_AVERAGE) {
            DocumentNode w = present(m, "weight");
            if (w == null) {
                return Attainment.decayingAverage(Attainment.DEFAULT_WEIGHT);
            }
            BigDecimal weight = exact(w, at.append("weight"));
            return weight == null ? null : Attainment.decayingAverage(weight);
        }
        if (method == Attainment.Method.N_MASTERY) {
            Integer count = integer(m, at, "n", false);
            if (count == null && present(m, "n") == null) {
                error(DiagnosticCode.MISSING_FIELD, at.append("n"), "n-mastery needs 'n', the number of attempts "
                        + "that must each award the level (a whole number, at least 1)");
            }
            return count == null ? null : Attainment.nMastery(count);
        }
        return named(name, at.append("method"), at);
    }

    private Attainment named(String name, JsonPointer at, JsonPointer whole) {
        Attainment.Method method = Attainment.Method.fromId(name).orElse(null);
        if (method == Attainment.Method.N_MASTERY) {
            error(DiagnosticCode.MISSING_FIELD, whole.append("n"), "n-mastery needs 'n', the number of attempts "
                    + "that must each award the level: write { method: n-mastery, n: 3 }");
            return null;
        }
        if (method == null) {
            String hint = dev.tandem.internal.Suggestions.closest(name,
                    List.of(Attainment.allowed().split(", "))).map(s -> "; did you mean '" + s + "'?").orElse("");
            error(DiagnosticCode.INVALID_VALUE, at, "'" + name + "' is not an attainment method (one of: "
                    + Attainment.allowed() + ")" + hint);
            return null;
        }
        return Attainment.fromId(name).orElseThrow();
    }

    /** {@return the roll-up rule under {@code rollup}, or null when absent or wrong (then reported)} */
    Rollup rollup(Map<String, DocumentNode> m, JsonPointer at) {
        DocumentNode n = present(m, "rollup");
        if (n == null) {
            return null;
        }
        JsonPointer rat = at.append("rollup");
        if (!(n instanceof DocumentNode.MapNode)) {
            String name = stringValue(n, rat);
            if (name == null) {
                return null;
            }
            if (name.equals("all")) {
                return Rollup.ALL;
            }
            error(DiagnosticCode.INVALID_VALUE, rat, "'" + name + "' is not a roll-up rule: write 'all' or "
                    + "{ points: N, children: {..} }");
            return null;
        }
        Map<String, DocumentNode> r = mapping(n, rat, ROLLUP_KEYS);
        if (r == null) {
            return null;
        }
        DocumentNode pn = present(r, "points");
        BigDecimal points = null;
        if (pn == null) {
            error(DiagnosticCode.MISSING_FIELD, rat.append("points"), "a points roll-up needs 'points', the points "
                    + "its children must add up to");
        } else {
            points = exact(pn, rat.append("points"));
        }
        Map<CompetencyId, Rollup.ChildPoints> children = new LinkedHashMap<>();
        DocumentNode cn = present(r, "children");
        if (cn instanceof DocumentNode.MapNode cm) {
            cm.entries().forEach((key, value) -> {
                JsonPointer cat = rat.append("children").append(key);
                Rollup.ChildPoints child = child(value, cat);
                if (!Ids.isValid(key)) {
                    error(DiagnosticCode.INVALID_VALUE, cat, "'" + key + "' is not a valid competency id");
                } else if (child != null) {
                    children.put(CompetencyId.of(key), child);
                }
            });
        } else if (cn != null) {
            wrongType(cn, rat.append("children"), "a mapping of child competency ids to { points, required }");
        }
        return points == null ? null : new Rollup.Points(points, children);
    }

    private Rollup.ChildPoints child(DocumentNode n, JsonPointer at) {
        if (isNull(n)) {
            return Rollup.ChildPoints.DEFAULT;
        }
        Map<String, DocumentNode> c = mapping(n, at, CHILD_KEYS);
        if (c == null) {
            return null;
        }
        DocumentNode pn = present(c, "points");
        BigDecimal points = pn == null ? BigDecimal.ONE : exact(pn, at.append("points"));
        Boolean required = bool(c, at, "required");
        return points == null || required == null ? null : new Rollup.ChildPoints(points, required);
    }

    private Boolean bool(Map<String, DocumentNode> m, JsonPointer at, String key) {
        DocumentNode n = present(m, key);
        if (n == null) {
            return false;
        }
        if (n instanceof DocumentNode.ScalarNode s && s.kind() == DocumentNode.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        wrongType(n, at.append(key), "true or false");
        return null;
    }

    /** {@return the renewal block, or null when it cannot be bound (then reported)} */
    Renewal renewal(DocumentNode n, JsonPointer at) {
        Map<String, DocumentNode> m = mapping(n, at, RENEWAL_KEYS);
        if (m == null) {
            return null;
        }
        Period window = period(m, at, "window", false);
        ContinuingEducation ce = null;
        DocumentNode en = present(m, "continuing-education");
        if (en != null) {
            JsonPointer eat = at.append("continuing-education");
            Map<String, DocumentNode> e = mapping(en, eat, EDUCATION_KEYS);
            if (e != null) {
                Double hours = number(e, eat, "hours", true);
                Period within = period(e, eat, "within", true);
                Map<TopicId, Double> topics = new LinkedHashMap<>();
                DocumentNode tn = present(e, "topics");
                if (tn instanceof DocumentNode.MapNode tm) {
                    tm.entries().forEach((key, value) -> {
                        JsonPointer tat = eat.append("topics").append(key);
                        Double h = numberValue(value, tat);
                        if (!Ids.isValid(key)) {
                            error(DiagnosticCode.INVALID_VALUE, tat, "'" + key + "' is not a valid topic id: use "
                                    + "lower-case letters, digits, '.', '_' and '-'");
                        } else if (h != null) {
                            topics.put(TopicId.of(key), h);
                        }
                    });
                } else if (tn != null) {
                    wrongType(tn, eat.append("topics"), "a mapping of topic ids to minimum hours");
                }
                if (hours != null) {
                    ce = new ContinuingEducation(hours, within, topics);
                } else {
                    paths.suppress(eat);
                }
            }
        }
        return new Renewal(window, ce);
    }

    /** {@return a number exactly as written, or null when it is not a number (then reported)} */
    private BigDecimal exact(DocumentNode n, JsonPointer at) {
        if (n instanceof DocumentNode.ScalarNode s
                && (s.kind() == DocumentNode.Kind.INTEGER || s.kind() == DocumentNode.Kind.DECIMAL)) {
            try {
                return new BigDecimal(s.text());
            } catch (NumberFormatException e) {
                error(DiagnosticCode.INVALID_VALUE, at, "'" + at.tokens().get(at.tokens().size() - 1)
                        + "' must be a finite number, not " + s.text());
                return null;
            }
        }
        wrongType(n, at, "a number");
        return null;
    }
}
