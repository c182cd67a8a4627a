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
import java.nio.charset.StandardCharsets;
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
import java.util.Set;

/**
 * The map that says what xAPI statements mean for a curriculum (FORMAT section 10): which activity IRI is
 * which assessment or module or supervised practice, and which verbs mean an attempt, a completion or
 * practice.
 *
 * <pre>{@code
 * activities:                               # required: activity IRI -> assessment, module or practice
 *   https://lms.example/act/listening-quiz: { assessment: a-listen-quiz }
 *   https://lms.example/act/foundations: { module: m1-foundations }
 *   https://lms.example/act/supervised-practice: { practice: true }
 * verbs:                                    # optional; each list given replaces that list's default
 *   attempt: [http://adlnet.gov/expapi/verbs/passed, http://adlnet.gov/expapi/verbs/failed,
 *             http://adlnet.gov/expapi/verbs/scored]
 *   completion: [http://adlnet.gov/expapi/verbs/completed]
 *   practice: [http://adlnet.gov/expapi/verbs/attended]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param activities      activity IRI to what it stands for, in file order
 * @param attemptVerbs    the verbs that make a statement about an assessment an attempt
 * @param completionVerbs the verbs that make a statement about a module a completion
 * @param practiceVerbs   the verbs that make a statement about a practice activity practice
 * @param educationVerbs  the verbs that make a statement about an education activity continuing education
 */
public record XapiMap(Map<String, ActivityTarget> activities, Set<String> attemptVerbs, Set<String> completionVerbs,
        Set<String> practiceVerbs, Set<String> educationVerbs) {

    /** The default attempt verbs: ADL's passed, failed and scored. */
    public static final Set<String> DEFAULT_ATTEMPT_VERBS = Set.of("http://adlnet.gov/expapi/verbs/passed",
            "http://adlnet.gov/expapi/verbs/failed", "http://adlnet.gov/expapi/verbs/scored");
    /** The default completion verbs: ADL's completed. */
    public static final Set<String> DEFAULT_COMPLETION_VERBS = Set.of("http://adlnet.gov/expapi/verbs/completed");
    /** The default practice verbs: ADL's attended. */
    public static final Set<String> DEFAULT_PRACTICE_VERBS = Set.of("http://adlnet.gov/expapi/verbs/attended");

    /** The default continuing-education verbs (FORMAT 13.3): ADL's attended. */
    public static final Set<String> DEFAULT_EDUCATION_VERBS = Set.of("http://adlnet.gov/expapi/verbs/attended");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Copies the components. */
    public XapiMap {
        activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities));
        attemptVerbs = Set.copyOf(attemptVerbs);
        completionVerbs = Set.copyOf(completionVerbs);
        practiceVerbs = Set.copyOf(practiceVerbs);
        educationVerbs = Set.copyOf(educationVerbs);
    }

    /**
     * A map with the default continuing-education verbs.
     *
     * @param activities      activity IRI to what it stands for, in file order
     * @param attemptVerbs    the verbs that make a statement about an assessment an attempt
     * @param completionVerbs the verbs that make a statement about a module a completion
     * @param practiceVerbs   the verbs that make a statement about a practice activity practice
     */
    public XapiMap(Map<String, ActivityTarget> activities, Set<String> attemptVerbs, Set<String> completionVerbs,
            Set<String> practiceVerbs) {
        this(activities, attemptVerbs, completionVerbs, practiceVerbs, DEFAULT_EDUCATION_VERBS);
    }

    /** {@return the verbs that count for statements about this target} @param target an activity's target */
    public Set<String> verbsFor(ActivityTarget target) {
        Objects.requireNonNull(target, "target");
        return target instanceof ActivityTarget.OfAssessment ? attemptVerbs
                : target instanceof ActivityTarget.OfModule ? completionVerbs
                : target instanceof ActivityTarget.OfEducation ? educationVerbs : practiceVerbs;
    }

    /** {@return a map of these activities with the default verbs} @param activities activity IRI to target */
    public static XapiMap of(Map<String, ActivityTarget> activities) {
        return new XapiMap(activities, DEFAULT_ATTEMPT_VERBS, DEFAULT_COMPLETION_VERBS, DEFAULT_PRACTICE_VERBS,
                DEFAULT_EDUCATION_VERBS);
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
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            Diagnostic d = Diagnostic.error(SYNTAX, JsonPointer.root(), "not well-formed YAML: " + e.getOriginalMessage());
            JsonLocation at = e.getLocation();
            throw new XapiMapException(List.of(at == null || at.getLineNr() < 1 ? d
                    : d.at(at.getLineNr(), Math.max(1, at.getColumnNr()))));
        }
        return new Parser(locations).map(root);
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
                problem(INVALID_VALUE, top, "an xAPI map is a mapping with 'activities' (and optionally 'verbs')");
                throw new XapiMapException(problems);
            }
            for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!name.equals("activities") && !name.equals("verbs")) {
                    problem(UNKNOWN_FIELD, top.append(name), "unknown field '" + name
                            + "' (an xAPI map has 'activities' and 'verbs')");
                }
            }
            Map<String, ActivityTarget> activities = activities(root.get("activities"));
            JsonNode verbs = root.get("verbs");
            Set<String> attempt = DEFAULT_ATTEMPT_VERBS;
            Set<String> completion = DEFAULT_COMPLETION_VERBS;
            Set<String> practice = DEFAULT_PRACTICE_VERBS;
            Set<String> education = DEFAULT_EDUCATION_VERBS;
            if (verbs != null && !verbs.isObject()) {
                problem(INVALID_VALUE, top.append("verbs"), "'verbs' is a mapping with 'attempt', 'completion' "
                        + "and 'practice' lists of verb IRIs");
            } else if (verbs != null) {
                for (Iterator<String> names = verbs.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    if (!List.of("attempt", "completion", "practice", "education").contains(name)) {
                        problem(UNKNOWN_FIELD, top.append("verbs").append(name), "unknown verb kind '" + name
                                + "' (allowed: attempt, completion, practice, education)");
                    }
                }
                attempt = verbs(verbs, "attempt", attempt);
                completion = verbs(verbs, "completion", completion);
                practice = verbs(verbs, "practice", practice);
                education = verbs(verbs, "education", education);
            }
            if (!problems.isEmpty()) {
                throw new XapiMapException(problems);
            }
            return new XapiMap(activities, attempt, completion, practice, education);
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

        private Set<String> verbs(JsonNode verbs, String kind, Set<String> otherwise) {
            JsonNode list = verbs.get(kind);
            if (list == null) {
                return otherwise;
            }
            JsonPointer at = JsonPointer.of("verbs", kind);
            if (!list.isArray()) {
                problem(INVALID_VALUE, at, "'" + kind + "' is a list of verb IRIs");
                return otherwise;
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
