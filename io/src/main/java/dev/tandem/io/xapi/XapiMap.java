package dev.tandem.io.xapi;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.MISSING_FIELD;
import static dev.tandem.diagnostic.DiagnosticCode.SYNTAX;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_FIELD;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Ids;
import dev.tandem.training.ModuleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The map that says what xAPI statements mean for a curriculum (FORMAT sections 10 and 10.1): which activity
 * IRI is which assessment or module or supervised practice, which verbs mean an attempt, a completion or
 * practice, and which account home page identifies learners by account name alone.
 *
 * <pre>{@code
 * activities:                               # required: activity IRI (or prefix ending in *) -> target
 *   https://lms.example/act/listening-quiz: { assessment: a-listen-quiz }
 *   https://lms.example/act/foundations: { module: m1-foundations }
 *   https://lms.example/act/supervised-practice: { practice: true }
 *   https://moodle.example/mod/quiz/attempt.php*: { assessment: a-listen-quiz }
 * verbs:                                    # optional; each list given replaces that list's default
 *   attempt: [http://adlnet.gov/expapi/verbs/passed, http://adlnet.gov/expapi/verbs/failed,
 *             http://adlnet.gov/expapi/verbs/scored]
 *   completion: [http://adlnet.gov/expapi/verbs/completed]
 *   practice: [http://adlnet.gov/expapi/verbs/attended]
 * account-home-page: https://lms.example    # optional
 * }</pre>
 *
 * <p>An activity key is an exact IRI, or a prefix when it ends in {@code *}; {@link #target(String)} looks an
 * IRI up: the exact key wins, then the longest prefix. Each kind of target ({@link ActivityTarget#verbKind()})
 * has its list of verbs in {@link #verbs()}, keyed by the kind's name.
 *
 * <p>Immutable and thread-safe.
 */
public final class XapiMap {

    /** The name of the verb list of assessments. */
    public static final String ATTEMPT = "attempt";
    /** The name of the verb list of modules. */
    public static final String COMPLETION = "completion";
    /** The name of the verb list of practice. */
    public static final String PRACTICE = "practice";
    /** The name of the verb list of continuing education (FORMAT 13.3). */
    public static final String EDUCATION = "education";
    /** The default attempt verbs: ADL's passed, failed and scored. */
    public static final Set<String> DEFAULT_ATTEMPT_VERBS = Set.of("http://adlnet.gov/expapi/verbs/passed",
            "http://adlnet.gov/expapi/verbs/failed", "http://adlnet.gov/expapi/verbs/scored");
    /** The default completion verbs: ADL's completed. */
    public static final Set<String> DEFAULT_COMPLETION_VERBS = Set.of("http://adlnet.gov/expapi/verbs/completed");
    /** The default practice verbs: ADL's attended. */
    public static final Set<String> DEFAULT_PRACTICE_VERBS = Set.of("http://adlnet.gov/expapi/verbs/attended");
    /** The default continuing-education verbs (FORMAT 13.3): ADL's attended. */
    public static final Set<String> DEFAULT_EDUCATION_VERBS = Set.of("http://adlnet.gov/expapi/verbs/attended");
    /** Every verb list by name, with its default, in the order the map documents them. */
    public static final Map<String, Set<String>> DEFAULT_VERBS = defaults();

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String HOME_PAGE = "account-home-page";

    private final Map<String, ActivityTarget> activities;
    private final Map<String, Set<String>> verbs;
    private final String accountHomePage;
    private final Map<String, ActivityTarget> exact = new HashMap<>();
    /** The prefix keys without their {@code *}, longest first. */
    private final List<Map.Entry<String, ActivityTarget>> prefixes = new ArrayList<>();

    /**
     * Creates a map.
     *
     * @param activities      activity IRI (or prefix ending in {@code *}) to what it stands for, in file order
     * @param verbs           verb lists by name ({@link #ATTEMPT}, {@link #COMPLETION}, {@link #PRACTICE},
     *                        {@link #EDUCATION}); a
     *                        list left out has its default
     * @param accountHomePage the home page whose accounts are identified by name alone, or null
     * @throws IllegalArgumentException when a verb list's name is unknown
     */
    public XapiMap(Map<String, ActivityTarget> activities, Map<String, Set<String>> verbs, String accountHomePage) {
        this.activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities));
        Map<String, Set<String>> all = new LinkedHashMap<>(DEFAULT_VERBS);
        verbs.forEach((kind, list) -> {
            if (!DEFAULT_VERBS.containsKey(kind)) {
                throw new IllegalArgumentException("Unknown verb list: " + kind);
            }
            all.put(kind, Set.copyOf(list));
        });
        this.verbs = Collections.unmodifiableMap(all);
        this.accountHomePage = accountHomePage;
        this.activities.forEach((key, target) -> {
            Objects.requireNonNull(target, "target");
            if (key.endsWith("*")) {
                prefixes.add(Map.entry(key.substring(0, key.length() - 1), target));
            } else {
                exact.put(key, target);
            }
        });
        prefixes.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    }

    private static Map<String, Set<String>> defaults() {
        Map<String, Set<String>> verbs = new LinkedHashMap<>();
        verbs.put(ATTEMPT, DEFAULT_ATTEMPT_VERBS);
        verbs.put(COMPLETION, DEFAULT_COMPLETION_VERBS);
        verbs.put(PRACTICE, DEFAULT_PRACTICE_VERBS);
        verbs.put(EDUCATION, DEFAULT_EDUCATION_VERBS);
        return Collections.unmodifiableMap(verbs);
    }

    /**
     * {@return a map of these activities with the default verbs}
     *
     * @param activities activity IRI to target
     */
    public static XapiMap of(Map<String, ActivityTarget> activities) {
        return new XapiMap(activities, Map.of(), null);
    }

    /**
     * {@return this map with another account home page}
     *
     * @param homePage the home page, or null for none
     */
    public XapiMap withAccountHomePage(String homePage) {
        return new XapiMap(activities, verbs, homePage);
    }

    /** {@return activity IRI (or prefix ending in {@code *}) to what it stands for, in file order} */
    public Map<String, ActivityTarget> activities() {
        return activities;
    }

    /** {@return every verb list by name, defaults included} */
    public Map<String, Set<String>> verbs() {
        return verbs;
    }

    /**
     * {@return the verbs that make a statement about an activity of this kind evidence}
     *
     * @param target the kind
     */
    public Set<String> verbs(ActivityTarget target) {
        return verbs.get(target.verbKind());
    }

    /** {@return the verbs that make a statement about an assessment an attempt} */
    public Set<String> attemptVerbs() {
        return verbs.get(ATTEMPT);
    }

    /** {@return the verbs that make a statement about a module a completion} */
    public Set<String> completionVerbs() {
        return verbs.get(COMPLETION);
    }

    /** {@return the verbs that make a statement about a practice activity practice} */
    public Set<String> practiceVerbs() {
        return verbs.get(PRACTICE);
    }

    /** {@return the verbs that make a statement about an education activity continuing education} */
    public Set<String> educationVerbs() {
        return verbs.get(EDUCATION);
    }

    /** {@return the home page whose accounts are identified by name alone, if the map names one} */
    public Optional<String> accountHomePage() {
        return Optional.ofNullable(accountHomePage);
    }

    /**
     * Looks an activity IRI up: the exact key wins, then the longest prefix key (a key ending in {@code *})
     * that the IRI starts with.
     *
     * @param iri the activity's IRI
     * @return what the activity stands for, or empty when the map does not name it
     */
    public Optional<ActivityTarget> target(String iri) {
        Objects.requireNonNull(iri, "iri");
        ActivityTarget target = exact.get(iri);
        if (target != null) {
            return Optional.of(target);
        }
        for (Map.Entry<String, ActivityTarget> prefix : prefixes) {
            if (iri.startsWith(prefix.getKey())) {
                return Optional.of(prefix.getValue());
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XapiMap m && activities.equals(m.activities) && verbs.equals(m.verbs)
                && Objects.equals(accountHomePage, m.accountHomePage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(activities, verbs, accountHomePage);
    }

    @Override
    public String toString() {
        return "XapiMap[" + activities.size() + " activities, account-home-page " + accountHomePage + "]";
    }

    /**
     * Reads a map file (YAML; JSON is YAML too).
     *
     * @param file the map
     * @return the map
     * @throws XapiMapException carrying every problem, with line and column, when the map is not valid
     * @throws UncheckedIOException when the file cannot be read
     */
    public static XapiMap read(Path file) {
        Objects.requireNonNull(file, "file");
        long limit = dev.tandem.io.ReadOptions.defaults().maxDocumentBytes();
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            // a pipe or a device has no size: read to the limit plus one byte
            bytes = dev.tandem.io.internal.Utf8.readAtMost(in, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limit) {
            throw new XapiMapException(List.of(Diagnostic.error(dev.tandem.diagnostic.DiagnosticCode.LIMIT_EXCEEDED,
                    JsonPointer.root(), "the map is larger than " + limit + " bytes").at(1, 1)));
        }
        String text;
        try {
            text = dev.tandem.io.internal.Utf8.decode(bytes);
        } catch (dev.tandem.io.internal.Utf8.Malformed e) {
            throw new XapiMapException(List.of(e.diagnostic()));
        }
        return parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Parses a map given as YAML text.
     *
     * @param yaml the map
     * @return the map
     * @throws XapiMapException carrying every problem, with line and column, when the map is not valid
     */
    public static XapiMap parse(String yaml) {
        Objects.requireNonNull(yaml, "yaml");
        JsonNode root;
        Map<JsonPointer, JsonLocation> locations;
        try {
            root = YAML.readTree(yaml);
            locations = locations(yaml);
        } catch (JsonProcessingException e) {
            Diagnostic d = Diagnostic.error(SYNTAX, JsonPointer.root(), "not well-formed YAML: "
                    + yamlProblem(e));
            JsonLocation at = e.getLocation();
            throw new XapiMapException(List.of(at == null || at.getLineNr() < 1 ? d
                    : d.at(at.getLineNr(), Math.max(1, at.getColumnNr()))));
        }
        return new Parser(locations).map(root);
    }

    /** {@return what is wrong with the YAML in the words of its own scanner, without the parser's internals} */
    private static String yamlProblem(JsonProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
                return dev.tandem.internal.Excerpt.of(m.getProblem(), 120);
            }
        }
        String message = e.getOriginalMessage() == null ? "malformed YAML" : e.getOriginalMessage();
        return dev.tandem.internal.Excerpt.of(message.lines().findFirst().orElse("malformed YAML"), 120);
    }

    /**
     * Checks that every assessment and module the map names exists in the curriculum.
     *
     * @param curriculum the curriculum the statements are evidence for
     * @return the problems (unknown references), empty when the map fits
     */
    public List<Diagnostic> check(Curriculum curriculum) {
        Objects.requireNonNull(curriculum, "curriculum");
        List<Diagnostic> problems = new ArrayList<>();
        activities.forEach((iri, target) -> {
            JsonPointer at = JsonPointer.of("activities", iri);
            if (target instanceof ActivityTarget.OfAssessment a && curriculum.assessment(a.assessment()).isEmpty()) {
                problems.add(Diagnostic.error(UNKNOWN_REFERENCE, at.append("assessment"), "activity '" + iri
                        + "' names assessment '" + a.assessment() + "', which the curriculum does not define"));
            } else if (target instanceof ActivityTarget.OfModule m && curriculum.module(m.module()).isEmpty()) {
                problems.add(Diagnostic.error(UNKNOWN_REFERENCE, at.append("module"), "activity '" + iri
                        + "' names module '" + m.module() + "', which the curriculum does not define"));
            }
        });
        return List.copyOf(problems);
    }

    /** {@return where each node of a YAML text starts, by JSON Pointer} */
    private static Map<JsonPointer, JsonLocation> locations(String yaml) throws JsonProcessingException {
        Map<JsonPointer, JsonLocation> index = new HashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t.isStructStart()) {
                    JsonPointer ptr = JsonPointer.parse(p.getParsingContext().pathAsPointer().toString());
                    index.putIfAbsent(ptr, p.currentTokenLocation());
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    /** Turns the tree of a map file into a map, collecting every problem. */
    private static final class Parser {
        private final Map<JsonPointer, JsonLocation> locations;
        private final List<Diagnostic> problems = new ArrayList<>();

        Parser(Map<JsonPointer, JsonLocation> locations) {
            this.locations = locations;
        }

        XapiMap map(JsonNode root) {
            JsonPointer top = JsonPointer.root();
            if (root == null || !root.isObject()) {
                problem(INVALID_VALUE, top, "an xAPI map is a mapping with 'activities' (and optionally 'verbs' and "
                        + "'account-home-page')");
                throw new XapiMapException(problems);
            }
            for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!List.of("activities", "verbs", HOME_PAGE).contains(name)) {
                    problem(UNKNOWN_FIELD, top.append(name), "unknown field '" + name
                            + "' (an xAPI map has 'activities', 'verbs' and 'account-home-page')");
                }
            }
            Map<String, ActivityTarget> activities = activities(root.get("activities"));
            JsonNode verbs = root.get("verbs");
            Map<String, Set<String>> lists = new LinkedHashMap<>();
            if (verbs != null && !verbs.isObject()) {
                problem(INVALID_VALUE, top.append("verbs"), "'verbs' is a mapping with " + kinds()
                        + " lists of verb IRIs");
            } else if (verbs != null) {
                for (Iterator<String> names = verbs.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    if (!DEFAULT_VERBS.containsKey(name)) {
                        problem(UNKNOWN_FIELD, top.append("verbs").append(name), "unknown verb kind '" + name
                                + "' (allowed: " + String.join(", ", DEFAULT_VERBS.keySet()) + ")");
                    }
                }
                for (String kind : DEFAULT_VERBS.keySet()) {
                    Set<String> list = verbs(verbs, kind);
                    if (list != null) {
                        lists.put(kind, list);
                    }
                }
            }
            String homePage = homePage(root.get(HOME_PAGE));
            if (!problems.isEmpty()) {
                throw new XapiMapException(problems);
            }
            return new XapiMap(activities, lists, homePage);
        }

        private static String kinds() {
            return String.join(", ", DEFAULT_VERBS.keySet().stream().map(k -> "'" + k + "'").toList());
        }

        private String homePage(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual() || AgentIdentity.host(node.asText()) == null) {
                problem(INVALID_VALUE, JsonPointer.of(HOME_PAGE), "'" + HOME_PAGE + "' is the URL of an account "
                        + "home page, for example https://lms.example");
                return null;
            }
            return node.asText();
        }

        private Map<String, ActivityTarget> activities(JsonNode node) {
            JsonPointer at = JsonPointer.of("activities");
            Map<String, ActivityTarget> activities = new LinkedHashMap<>();
            if (node == null) {
                problem(MISSING_FIELD, JsonPointer.root(), "the map needs 'activities': activity IRI -> "
                        + "{assessment: ID} | {module: ID} | {practice: true}");
                return activities;
            }
            if (!node.isObject()) {
                problem(INVALID_VALUE, at, "'activities' is a mapping from activity IRIs to targets");
                return activities;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                ActivityTarget target = target(at.append(e.getKey()), e.getValue());
                if (target != null) {
                    activities.put(e.getKey(), target);
                }
            }
            return activities;
        }

        private ActivityTarget target(JsonPointer at, JsonNode node) {
            if (node != null && node.isObject() && node.has("education")) {
                return XapiEducation.target(at, node, this::problem);
            }
            if (node == null || !node.isObject() || node.size() != 1) {
                problem(INVALID_VALUE, at, "an activity maps to exactly one of {assessment: ID}, {module: ID} "
                        + "or {practice: true}");
                return null;
            }
            String kind = node.fieldNames().next();
            JsonNode value = node.get(kind);
            switch (kind) {
                case "assessment", "module" -> {
                    if (!value.isTextual() || !Ids.isValid(value.asText())) {
                        problem(INVALID_VALUE, at.append(kind), "'" + kind + "' needs an id (lower-case letters, "
                                + "digits, '.', '_' and '-')");
                        return null;
                    }
                    return kind.equals("assessment") ? new ActivityTarget.OfAssessment(AssessmentId.of(value.asText()))
                            : new ActivityTarget.OfModule(ModuleId.of(value.asText()));
                }
                case "practice" -> {
                    if (!value.isBoolean() || !value.asBoolean()) {
                        problem(INVALID_VALUE, at.append(kind), "'practice' can only be true");
                        return null;
                    }
                    return new ActivityTarget.OfPractice();
                }
                default -> {
                    problem(UNKNOWN_FIELD, at.append(kind), "unknown target '" + kind
                            + "' (allowed: assessment, module, practice)");
                    return null;
                }
            }
        }

        private Set<String> verbs(JsonNode verbs, String kind) {
            JsonNode list = verbs.get(kind);
            if (list == null) {
                return null;
            }
            JsonPointer at = JsonPointer.of("verbs", kind);
            if (!list.isArray()) {
                problem(INVALID_VALUE, at, "'" + kind + "' is a list of verb IRIs");
                return null;
            }
            List<String> iris = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual() || list.get(i).asText().isBlank()) {
                    problem(INVALID_VALUE, at.append(i), "a verb is an IRI such as http://adlnet.gov/expapi/verbs/passed");
                } else {
                    iris.add(list.get(i).asText());
                }
            }
            return Set.copyOf(iris);
        }

        private void problem(DiagnosticCode code, JsonPointer at, String message) {
            Diagnostic d = Diagnostic.error(code, at, message);
            JsonLocation location = locate(at);
            if (location != null && location.getLineNr() > 0) {
                d = d.at(location.getLineNr(), Math.max(1, location.getColumnNr()));
            }
            problems.add(d);
        }

        private JsonLocation locate(JsonPointer at) {
            for (JsonPointer p = at; ; p = p.parent()) {
                JsonLocation location = locations.get(p);
                if (location != null || p.isRoot()) {
                    return location;
                }
            }
        }
    }
}
