package dev.tandem.io.xapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.VignetteId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.internal.Ids;
import dev.tandem.io.ReadOptions;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads xAPI 1.0.3 statements (a JSON array, or JSON Lines: one statement per line) as evidence records for
 * a curriculum, following an {@link XapiMap} (FORMAT section 10).
 *
 * <ul>
 *   <li>learner: the actor's first present identifier of {@code account.name}, {@code mbox} (without
 *       {@code mailto:}), {@code mbox_sha1sum}, {@code openid}; {@code by}: {@code context.instructor} by the
 *       same rule, optional; {@code at}: {@code timestamp} (an instant with offset, or a date for the start
 *       of that day in UTC).</li>
 *   <li>attempts: score {@code result.score.raw}; else {@code result.score.scaled} x max-score; else
 *       {@code result.success} (pass-score when true, 0 when false); else an error. A scenario's responses
 *       come from {@code result.response} as {@code v1=refer;v2=continue}.</li>
 *   <li>practice: hours from {@code result.duration}, an ISO-8601 duration (weeks, days, hours, minutes,
 *       seconds, with decimals; years and months have no fixed length and are refused).</li>
 *   <li>voiding: a statement with verb {@value #VOIDED} and a {@code StatementRef} object removes the
 *       statement it names wherever that stands in the file, before or after; voiding an id that is not in
 *       the file is a warning; voiding statements are not evidence.</li>
 *   <li>statements whose activity or verb the map does not name are skipped and counted in one warning per
 *       reason ({@code N statements skipped: activity not mapped}, {@code ... verb not mapped}); a malformed
 *       statement is an error with its position.</li>
 * </ul>
 *
 * <p>Memory: statements are parsed one at a time and never kept as trees. Because a voiding statement may
 * come after the statement it voids, the reader keeps, until the end of the file, one compact entry per
 * statement (its id, position and finished evidence record, or its problems) and hands the records that
 * were not voided to the consumer at the end, in file order. Thread-safe: one reader may read many files,
 * also at once.
 */
public final class XapiReader {

    /** The verb of a voiding statement. */
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final Pattern DURATION = Pattern.compile(
            "P(?:(\\d+(?:[.,]\\d+)?)W)?(?:(\\d+(?:[.,]\\d+)?)D)?(?:T(?:(\\d+(?:[.,]\\d+)?)H)?(?:(\\d+(?:[.,]\\d+)?)M)?"
            + "(?:(\\d+(?:[.,]\\d+)?)S)?)?");

    private final Curriculum curriculum;
    private final XapiMap map;
    private final ObjectMapper json;

    private XapiReader(Curriculum curriculum, XapiMap map, ReadOptions limits) {
        this.curriculum = curriculum;
        this.map = map;
        StreamReadConstraints constraints = StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength()).build();
        this.json = new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints).build());
    }

    /**
     * {@return a reader of statements about a curriculum, with the default limits}
     *
     * @param curriculum the curriculum the statements are evidence for
     * @param map        what the activities and verbs mean
     * @throws XapiMapException when the map names assessments or modules the curriculum does not define
     */
    public static XapiReader of(Curriculum curriculum, XapiMap map) {
        return of(curriculum, map, ReadOptions.defaults());
    }

    /**
     * {@return a reader of statements about a curriculum}
     *
     * @param curriculum the curriculum the statements are evidence for
     * @param map        what the activities and verbs mean
     * @param limits     the nesting depth and string length limits for each statement
     * @throws XapiMapException when the map names assessments or modules the curriculum does not define
     */
    public static XapiReader of(Curriculum curriculum, XapiMap map, ReadOptions limits) {
        Objects.requireNonNull(curriculum, "curriculum");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(limits, "limits");
        var problems = map.check(curriculum);
        if (!problems.isEmpty()) {
            throw new XapiMapException(problems);
        }
        return new XapiReader(curriculum, map, limits);
    }

    /**
     * Reads a statements file with a map file: the one call the {@code evaluate} command needs.
     *
     * @param statements the statements (JSON array or JSON Lines)
     * @param mapFile    the map (YAML)
     * @param curriculum the curriculum
     * @param sink       receives the evidence records that were not voided, in file order
     * @return the summary, with every problem and warning
     * @throws XapiMapException when the map has problems (then no statement is read)
     * @throws UncheckedIOException when a file cannot be read
     */
    public static XapiSummary read(Path statements, Path mapFile, Curriculum curriculum,
            Consumer<? super EvidenceRecord> sink) {
        Objects.requireNonNull(statements, "statements");
        return of(curriculum, XapiMap.read(mapFile)).read(statements, sink);
    }

    /**
     * Reads a statements file.
     *
     * @param file the statements (JSON array or JSON Lines)
     * @param sink receives the evidence records that were not voided, in file order
     * @return the summary, with every problem and warning
     * @throws UncheckedIOException when the file cannot be read
     */
    public XapiSummary read(Path file, Consumer<? super EvidenceRecord> sink) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads statements from a stream: a JSON array when the first character that is not white space is
     * {@code [}, else JSON Lines.
     *
     * @param in   the statements, UTF-8; not closed
     * @param sink receives the evidence records that were not voided, in file order
     * @return the summary, with every problem and warning
     * @throws UncheckedIOException when the stream cannot be read
     */
    public XapiSummary read(InputStream in, Consumer<? super EvidenceRecord> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        try {
            return new Run().read(in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How one statement ended up. */
    private enum Outcome { RECORD, REJECTED, SKIPPED_ACTIVITY, SKIPPED_VERB, VOIDING }

    /** What is kept of one statement until the end of the file. */
    private record Entry(String id, Outcome outcome, EvidenceRecord record, List<XapiProblem> problems) {
    }

    /** A voiding statement's target and position. */
    private record Voiding(String target, long statement, long line) {
    }

    /** The state of reading one file. */
    private final class Run {
        private final List<Entry> entries = new ArrayList<>();
        private final List<Voiding> voidings = new ArrayList<>();
        private final Map<String, Long> firstById = new HashMap<>();
        private final List<XapiProblem> warnings = new ArrayList<>();
        private final List<XapiProblem> fileProblems = new ArrayList<>();

        XapiSummary read(InputStream raw, Consumer<? super EvidenceRecord> sink) throws IOException {
            BufferedInputStream in = new BufferedInputStream(raw);
            if (firstCharacter(in) == '[') {
                readArray(in);
            } else {
                readLines(in);
            }
            return finish(sink);
        }

        private int firstCharacter(BufferedInputStream in) throws IOException {
            in.mark(64 * 1024);
            int c;
            int skipped = 0;
            do {
                c = in.read();
                skipped++;
            } while (c != -1 && (Character.isWhitespace(c) || c == 0xEF || c == 0xBB || c == 0xBF) && skipped < 60_000);
            in.reset();
            return c;
        }

        private void readArray(InputStream in) throws IOException {
            try (JsonParser p = json.getFactory().createParser(in)) {
                p.nextToken();
                for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    long line = p.currentTokenLocation().getLineNr();
                    JsonNode node = json.readTree(p);
                    statement(node, entries.size() + 1, line);
                }
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
                fileProblems.add(new XapiProblem(entries.size() + 1L, line, null, "not well-formed JSON ("
                        + e.getOriginalMessage() + "); the statements after this point were not read"));
            }
        }

        private void readLines(InputStream in) throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            long line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank() || line == 1 && text.strip().equals("\uFEFF")) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
                } catch (JsonProcessingException e) {
                    entries.add(new Entry(null, Outcome.REJECTED, null, List.of(new XapiProblem(entries.size() + 1L,
                            line, null, "not well-formed JSON: " + e.getOriginalMessage()))));
                    continue;
                }
                statement(node, entries.size() + 1, line);
            }
        }

        private void statement(JsonNode node, long index, long line) {
            Statement s = new Statement(node, index, line);
            entries.add(s.entry());
            if (s.id != null) {
                Long first = firstById.putIfAbsent(s.id, index);
                if (first != null) {
                    warnings.add(new XapiProblem(index, line, "id", "statement id repeats statement " + first
                            + "; both are kept"));
                }
            }
            if (s.voids != null) {
                voidings.add(new Voiding(s.voids, index, line));
            }
        }

        private XapiSummary finish(Consumer<? super EvidenceRecord> sink) {
            Set<String> voidingIds = new HashSet<>();
            for (Entry e : entries) {
                if (e.outcome == Outcome.VOIDING && e.id != null) {
                    voidingIds.add(e.id);
                }
            }
            Set<String> voided = new HashSet<>();
            for (Voiding v : voidings) {
                if (!firstById.containsKey(v.target)) {
                    warnings.add(new XapiProblem(v.statement, v.line, "object.id", "voids statement " + v.target
                            + ", which is not in the file"));
                } else if (voidingIds.contains(v.target)) {
                    warnings.add(new XapiProblem(v.statement, v.line, "object.id", "voids statement " + v.target
                            + ", a voiding statement, which cannot be voided; ignored"));
                } else {
                    voided.add(v.target);
                }
            }
            long accepted = 0;
            long rejected = 0;
            long voidedCount = 0;
            long voiding = 0;
            long activity = 0;
            long verb = 0;
            List<XapiProblem> problems = new ArrayList<>();
            for (Entry e : entries) {
                if (e.outcome == Outcome.VOIDING) {
                    if (e.problems.isEmpty()) {
                        voiding++;
                    } else {
                        rejected++;
                        problems.addAll(e.problems);
                    }
                } else if (e.id != null && voided.contains(e.id)) {
                    voidedCount++;
                } else {
                    switch (e.outcome) {
                        case RECORD -> {
                            accepted++;
                            sink.accept(e.record);
                        }
                        case REJECTED -> {
                            rejected++;
                            problems.addAll(e.problems);
                        }
                        case SKIPPED_ACTIVITY -> activity++;
                        default -> verb++;
                    }
                }
            }
            problems.addAll(fileProblems);
            if (activity > 0) {
                warnings.add(XapiProblem.ofFile(activity + (activity == 1 ? " statement" : " statements")
                        + " skipped: activity not mapped"));
            }
            if (verb > 0) {
                warnings.add(XapiProblem.ofFile(verb + (verb == 1 ? " statement" : " statements")
                        + " skipped: verb not mapped"));
            }
            warnings.sort((a, b) -> Long.compare(a.statement() == 0 ? Long.MAX_VALUE : a.statement(),
                    b.statement() == 0 ? Long.MAX_VALUE : b.statement()));
            return new XapiSummary(entries.size(), accepted, rejected, voidedCount, activity + verb, voiding,
                    problems, warnings);
        }
    }

    /** One statement, read into an evidence record or problems. */
    private final class Statement {
        private final long index;
        private final long line;
        private final List<XapiProblem> problems = new ArrayList<>();
        private String id;
        private String voids;
        private Outcome outcome;
        private EvidenceRecord record;

        Statement(JsonNode node, long index, long line) {
            this.index = index;
            this.line = line;
            if (!node.isObject()) {
                problem(null, "a statement is a JSON object");
                outcome = Outcome.REJECTED;
                return;
            }
            read(node);
        }

        Entry entry() {
            if (!problems.isEmpty() && outcome != Outcome.VOIDING) {
                outcome = Outcome.REJECTED;
            }
            return new Entry(id, outcome, outcome == Outcome.RECORD ? record : null, List.copyOf(problems));
        }

        private void read(JsonNode node) {
            JsonNode idNode = node.get("id");
            if (idNode != null && !idNode.isNull()) {
                if (idNode.isTextual() && !idNode.asText().isBlank()) {
                    id = idNode.asText().toLowerCase(Locale.ROOT);
                } else {
                    problem("id", "must be a string (a UUID)");
                }
            }
            String verb = text(node, "verb", "id");
            JsonNode object = node.get("object");
            if (verb == null) {
                problem("verb.id", "is required (the verb's IRI)");
                outcome = Outcome.REJECTED;
                return;
            }
            if (verb.equals(VOIDED)) {
                outcome = Outcome.VOIDING;
                if (object == null || !"StatementRef".equals(object.path("objectType").asText(null))
                        || !object.path("id").isTextual()) {
                    problem("object", "a voiding statement's object is {\"objectType\":\"StatementRef\",\"id\":...}");
                } else {
                    voids = object.get("id").asText().toLowerCase(Locale.ROOT);
                }
                return;
            }
            String activity = object == null ? null : text(node, "object", "id");
            if (activity == null) {
                problem("object.id", "is required (the activity's IRI)");
                outcome = Outcome.REJECTED;
                return;
            }
            String objectType = object.path("objectType").asText("Activity");
            ActivityTarget target = objectType.equals("Activity") ? map.activities().get(activity) : null;
            if (target == null) {
                outcome = Outcome.SKIPPED_ACTIVITY;
                return;
            }
            Set<String> verbs = map.verbsFor(target);
            if (!verbs.contains(verb)) {
                outcome = Outcome.SKIPPED_VERB;
                return;
            }
            LearnerId learner = agent(node.get("actor"), "actor", true);
            Instant at = timestamp(node.get("timestamp"));
            JsonNode instructor = node.path("context").get("instructor");
            LearnerId byId = instructor == null || instructor.isNull() ? null : agent(instructor, "context.instructor",
                    false);
            String by = byId == null ? null : byId.value();
            JsonNode result = node.path("result");
            EvidenceRecord r;
            if (target instanceof ActivityTarget.OfAssessment a) {
                r = attempt(curriculum.assessment(a.assessment()).orElseThrow(), result, learner, at, by);
            } else if (target instanceof ActivityTarget.OfModule m) {
                r = learner == null || at == null ? null : new EvidenceRecord.Completion(learner, m.module(), at, by);
            } else {
                r = practice(result, learner, at, by);
                if (target instanceof ActivityTarget.OfEducation e && r != null) {
                    r = XapiEducation.record(e, (EvidenceRecord.Practice) r);
                    if (r == null) {
                        problem("result.duration", "continuing education needs a duration above zero");
                    }
                }
            }
            if (problems.isEmpty() && r != null) {
                record = r;
                outcome = Outcome.RECORD;
            } else {
                outcome = Outcome.REJECTED;
            }
        }

        private EvidenceRecord attempt(Assessment a, JsonNode result, LearnerId learner, Instant at, String by) {
            if (a.kind() == AssessmentKind.SCENARIO) {
                Map<VignetteId, TierId> responses = responses(a, result.get("response"));
                return learner == null || at == null || responses == null ? null
                        : new EvidenceRecord.Attempt(learner, a.id(), null, responses, at, by);
            }
            Double score = score(a, result);
            return learner == null || at == null || score == null ? null
                    : new EvidenceRecord.Attempt(learner, a.id(), score, Map.of(), at, by);
        }

        private Double score(Assessment a, JsonNode result) {
            double max = a.effectiveMaxScore();
            JsonNode raw = result.path("score").get("raw");
            JsonNode scaled = result.path("score").get("scaled");
            JsonNode success = result.get("success");
            String field;
            double score;
            if (raw != null && !raw.isNull()) {
                field = "result.score.raw";
                if (!raw.isNumber()) {
                    problem(field, "must be a number");
                    return null;
                }
                score = raw.doubleValue();
            } else if (scaled != null && !scaled.isNull()) {
                field = "result.score.scaled";
                if (!scaled.isNumber()) {
                    problem(field, "must be a number");
                    return null;
                }
                score = scaled.doubleValue() * max;
            } else if (success != null && !success.isNull()) {
                if (!success.isBoolean()) {
                    problem("result.success", "must be true or false");
                    return null;
                }
                return success.asBoolean() ? a.passScore() : 0.0;
            } else {
                problem("result", "an attempt needs result.score.raw, result.score.scaled or result.success");
                return null;
            }
            if (!(score >= 0 && score <= max)) {
                problem(field, "gives the score " + number(score) + ", outside [0, " + number(max)
                        + "] for assessment '" + a.id() + "'");
                return null;
            }
            return score;
        }

        private Map<VignetteId, TierId> responses(Assessment a, JsonNode response) {
            String field = "result.response";
            if (response == null || !response.isTextual()) {
                problem(field, "a scenario attempt needs the responses as text, for example v1=refer;v2=continue");
                return null;
            }
            Map<VignetteId, TierId> responses = new LinkedHashMap<>();
            boolean ok = true;
            for (String part : response.asText().split(";", -1)) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String vignette = eq < 0 ? "" : part.substring(0, eq).strip();
                String tier = eq < 0 ? "" : part.substring(eq + 1).strip();
                if (!Ids.isValid(vignette) || !Ids.isValid(tier)) {
                    problem(field, "each response is VIGNETTE=TIER, separated by ';'");
                    ok = false;
                    continue;
                }
                VignetteId v = VignetteId.of(vignette);
                TierId t = TierId.of(tier);
                if (a.vignettes().stream().noneMatch(x -> x.id().equals(v))) {
                    problem(field, "assessment '" + a.id() + "' has no vignette '" + vignette + "'");
                    ok = false;
                } else if (curriculum.escalation().flatMap(p -> p.tier(t)).isEmpty()) {
                    problem(field, "'" + tier + "' is not a tier of the escalation policy");
                    ok = false;
                } else if (responses.putIfAbsent(v, t) != null) {
                    problem(field, "vignette '" + vignette + "' is answered twice");
                    ok = false;
                }
            }
            return ok ? responses : null;
        }

        private EvidenceRecord practice(JsonNode result, LearnerId learner, Instant at, String by) {
            JsonNode duration = result.get("duration");
            if (duration == null || !duration.isTextual()) {
                problem("result.duration", "practice needs an ISO-8601 duration, for example PT4H30M");
                return null;
            }
            Double hours = hours(duration.asText());
            if (hours == null) {
                problem("result.duration", "is not an ISO-8601 duration in weeks, days, hours, minutes and seconds "
                        + "(for example PT4H30M)");
                return null;
            }
            return learner == null || at == null ? null : new EvidenceRecord.Practice(learner, hours, at, by);
        }

        private LearnerId agent(JsonNode agent, String field, boolean required) {
            if (agent == null || !agent.isObject()) {
                if (required) {
                    problem(field, "is required (an Agent with account, mbox, mbox_sha1sum or openid)");
                }
                return null;
            }
            String value = null;
            String from = null;
            JsonNode account = agent.path("account").get("name");
            if (account != null && account.isTextual()) {
                value = account.asText();
                from = field + ".account.name";
            } else if (agent.path("mbox").isTextual()) {
                value = agent.get("mbox").asText();
                if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
                    value = value.substring(7);
                }
                from = field + ".mbox";
            } else if (agent.path("mbox_sha1sum").isTextual()) {
                value = agent.get("mbox_sha1sum").asText();
                from = field + ".mbox_sha1sum";
            } else if (agent.path("openid").isTextual()) {
                value = agent.get("openid").asText();
                from = field + ".openid";
            }
            if (value == null) {
                problem(field, "has no identifier (account.name, mbox, mbox_sha1sum or openid)");
                return null;
            }
            if (!LearnerId.isValid(value)) {
                problem(from, "is not a usable id (1 to " + LearnerId.MAX_LENGTH
                        + " characters, not blank, no control characters)");
                return null;
            }
            return LearnerId.of(value);
        }

        private Instant timestamp(JsonNode node) {
            if (node == null || !node.isTextual()) {
                problem("timestamp", "is required (an ISO-8601 instant with offset, for example 2026-03-02T14:00:00Z)");
                return null;
            }
            Instant at = instant(node.asText());
            if (at == null) {
                problem("timestamp", "is not an ISO-8601 instant with offset (for example 2026-03-02T14:00:00Z) "
                        + "or a date");
            }
            return at;
        }

        private String text(JsonNode node, String object, String field) {
            JsonNode value = node.path(object).get(field);
            return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
        }

        private void problem(String field, String message) {
            problems.add(new XapiProblem(index, line, field, message));
        }
    }

    /** {@return an ISO-8601 instant with offset, or a date (start of day UTC), or null} @param text the text */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * {@return the hours of an ISO-8601 duration of weeks, days, hours, minutes and seconds (decimals allowed,
     * with '.' or ','), or null when the text is not one}
     *
     * @param text the duration, for example {@code PT1H30M}
     */
    static Double hours(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches() || text.equals("P") || text.endsWith("T")) {
            return null;
        }
        // weeks, days and hours multiply into hours; minutes and seconds divide (exact for whole minutes)
        double[] multiplier = {7 * 24, 24, 1};
        double[] divisor = {60, 3600};
        double hours = 0;
        for (int g = 1; g <= 5; g++) {
            if (m.group(g) != null) {
                double n = Double.parseDouble(m.group(g).replace(',', '.'));
                hours += g <= 3 ? n * multiplier[g - 1] : n / divisor[g - 4];
            }
        }
        return hours;
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
