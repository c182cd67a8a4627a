package dev.tandem.io.xapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import dev.tandem.io.xapi.StatementStream.Position;
import dev.tandem.internal.Texts;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads xAPI 1.0.3 statements as evidence records for a curriculum, following an {@link XapiMap} (FORMAT
 * sections 10 and 10.1).
 *
 * <ul>
 *   <li>input: statements are found by content, not by lines: a JSON array, JSON Lines, LRS
 *       {@code StatementResult} pages ({@code {"statements":[..],"more":".."}}) one after another, a single
 *       statement, pretty-printed JSON, or any sequence of these ({@link StatementStream}). Positions are
 *       the statement's index in the file and the line and column where it starts.</li>
 *   <li>learner: the actor's first present of {@code account}, {@code mbox} (without {@code mailto:}),
 *       {@code mbox_sha1sum}, {@code openid}; an account is its {@code name} on the map's
 *       {@code account-home-page}, else {@code name@host-of-homePage}. Two different agents that would get
 *       the same learner id are an error naming both statements. {@code by}: {@code context.instructor} by
 *       the same rule, optional. {@code at}: {@code timestamp}, else {@code stored}; a date-time without zone
 *       offset is read as UTC and counted in a warning.</li>
 *   <li>attempts: {@code raw} with {@code max} gives {@code (raw - min) / (max - min) x max-score}; else
 *       {@code scaled} gives {@code max(0, scaled) x max-score}; else {@code raw} alone is on the assessment's
 *       scale; else {@code success} gives pass-score or 0; else an error. A computed score is rounded to
 *       {@value #SCORE_DECIMALS} decimals. A {@code success} that disagrees with the pass mark is counted in
 *       a warning; the pass mark decides. A scenario's responses come from {@code result.response} as
 *       {@code v1=refer;v2=continue}.</li>
 *   <li>practice: hours from {@code result.duration}, an ISO-8601 duration (weeks, days, hours, minutes,
 *       seconds, with decimals; years and months have no fixed length and are refused).</li>
 *   <li>mapping: the object's IRI (exact, then longest prefix key), else its
 *       {@code context.contextActivities.parent}, then {@code grouping}, activities.</li>
 *   <li>statement ids: a re-sent copy (same id, same content under xAPI's statement comparison) is ignored
 *       and counted; the same id with other content is an error at the later statement.</li>
 *   <li>voiding: a statement with verb {@value #VOIDED} and a {@code StatementRef} object removes the
 *       statement it names (ids compared case-insensitively), wherever that stands in the file, before or
 *       after; voiding an id that is not in the file is a warning; voiding statements are not evidence.</li>
 *   <li>skipped and counted by reason ({@link SkipReason}), never an error: objects that are Agents, Groups,
 *       StatementRefs (other than voiding) or SubStatements; Group actors; activities and verbs the map does
 *       not name.</li>
 * </ul>
 *
 * <p>Messages name the statement's index and position, the field in xAPI's terms and what is wrong; they
 * never repeat learner data or the JSON parser's wording.
 *
 * <p>Memory: statements are parsed one at a time and never kept. Because a voiding statement may come after
 * the statement it voids, the reader keeps, until the end of the file, each statement's id with the hash of
 * its content and its outcome ({@link StatementIds}, about 60 bytes), and each evidence record (which
 * evaluation needs anyway), then hands the records that were not voided to the consumer, in file order.
 * Thread-safe: one reader may read many files, also at once.
 */
public final class XapiReader {

    /** The verb of a voiding statement. */
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    /** The decimals a score computed from {@code min}/{@code max} or {@code scaled} is rounded to. */
    public static final int SCORE_DECIMALS = 6;

    private static final Pattern DURATION = Pattern.compile(
            "P(?:(\\d+(?:[.,]\\d+)?)W)?(?:(\\d+(?:[.,]\\d+)?)D)?(?:T(?:(\\d+(?:[.,]\\d+)?)H)?(?:(\\d+(?:[.,]\\d+)?)M)?"
            + "(?:(\\d+(?:[.,]\\d+)?)S)?)?");

    private final Curriculum curriculum;
    private final XapiMap map;
    private final ObjectMapper json;
    private final AgentIdentity identity;

    private XapiReader(Curriculum curriculum, XapiMap map, ReadOptions limits) {
        this.curriculum = curriculum;
        this.map = map;
        StreamReadConstraints constraints = StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength()).build();
        this.json = new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build());
        this.identity = new AgentIdentity(map.accountHomePage().orElse(null));
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
     * @param statements the statements (any of the shapes above)
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
     * @param file the statements (any of the shapes above)
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
     * Reads statements from a stream, in any of the shapes above.
     *
     * @param in   the statements, UTF-8; not closed
     * @param sink receives the evidence records that were not voided, in file order
     * @return the summary, with every problem and warning
     * @throws UncheckedIOException when the stream cannot be read
     */
    public XapiSummary read(InputStream in, Consumer<? super EvidenceRecord> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        Run run = new Run();
        try {
            new StatementStream(json, run).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run.finish(sink);
    }

    /** A statement that gave an evidence record, kept until voiding is known. */
    private record PendingRecord(EvidenceRecord record, int slot, long agent, Position at, boolean zoneless,
            boolean disagrees) {
    }

    /** The problems of a refused statement, kept until voiding is known. */
    private record PendingProblems(int slot, List<XapiProblem> problems) {
    }

    /** A voiding statement's target and position. */
    private record Voiding(long high, long low, String target, Position at) {
    }

    /** The first statement whose actor got a learner id. */
    private record FirstAgent(long key, Position at) {
    }

    /** The state of reading one file. */
    private final class Run implements StatementStream.Handler {
        private final StatementIds ids = new StatementIds();
        private final List<PendingRecord> records = new ArrayList<>();
        private final List<PendingProblems> refused = new ArrayList<>();
        private final List<Voiding> voidings = new ArrayList<>();
        private final List<XapiProblem> warnings = new ArrayList<>();
        private final List<XapiProblem> fileProblems = new ArrayList<>();
        /** Skipped statements without id, by reason (they cannot be voided, so they are counted at once). */
        private final long[] skippedWithoutId = new long[SkipReason.values().length];
        private long statements;
        private long resent;
        private long voidingWithoutId;

        @Override
        public void statement(JsonNode node, Position at) {
            statements++;
            Statement s = new Statement(at);
            s.read(node);
        }

        @Override
        public void unreadable(Position at, String message) {
            if (at.index() == 0) {
                fileProblems.add(new XapiProblem(0, at.line(), at.column(), null, message));
                return;
            }
            statements++;
            refused.add(new PendingProblems(-1, List.of(new XapiProblem(at.index(), at.line(), at.column(), null,
                    message))));
        }

        XapiSummary finish(Consumer<? super EvidenceRecord> sink) {
            for (Voiding v : voidings) {
                int slot = ids.find(v.high, v.low);
                if (slot < 0) {
                    warnings.add(problem(v.at, "object.id", "voids statement " + v.target
                            + ", which is not in the file"));
                } else if (ids.outcome(slot) == StatementIds.VOIDING) {
                    warnings.add(problem(v.at, "object.id", "voids statement " + v.target
                            + ", a voiding statement, which cannot be voided; ignored"));
                } else {
                    ids.voided(slot);
                }
            }
            long voided = 0;
            long voiding = voidingWithoutId;
            long[] skipped = skippedWithoutId.clone();
            for (int slot = 0; slot < ids.size(); slot++) {
                byte outcome = ids.outcome(slot);
                if (ids.isVoided(slot)) {
                    voided++;
                } else if (outcome == StatementIds.VOIDING) {
                    voiding++;
                } else if (outcome >= StatementIds.SKIPPED) {
                    skipped[outcome - StatementIds.SKIPPED]++;
                }
            }
            List<XapiProblem> problems = new ArrayList<>();
            long rejected = 0;
            for (PendingProblems p : refused) {
                if (!ids.isVoided(p.slot)) {
                    rejected++;
                    problems.addAll(p.problems);
                }
            }
            long accepted = 0;
            long zoneless = 0;
            long disagreements = 0;
            Map<String, FirstAgent> learners = new HashMap<>();
            for (PendingRecord r : records) {
                if (ids.isVoided(r.slot)) {
                    continue;
                }
                FirstAgent first = learners.putIfAbsent(r.record.learner().value(), new FirstAgent(r.agent, r.at));
                if (first != null && first.key != r.agent) {
                    rejected++;
                    problems.add(problem(r.at, "actor", "is a different agent from the actor of statement "
                            + first.at.index() + " (" + first.at.line() + ":" + first.at.column() + "), but both "
                            + "would get the same learner id (an mbox and an account are different agents even "
                            + "when their texts are equal)"));
                } else {
                    accepted++;
                    zoneless += r.zoneless ? 1 : 0;
                    disagreements += r.disagrees ? 1 : 0;
                    sink.accept(r.record);
                }
            }
            problems.addAll(fileProblems);
            Comparator<XapiProblem> order = Comparator.comparingLong((XapiProblem p) -> p.line() == 0 ? Long.MAX_VALUE
                    : p.line()).thenComparingLong(XapiProblem::column);
            problems.sort(order);
            Map<SkipReason, Long> byReason = new EnumMap<>(SkipReason.class);
            for (SkipReason reason : SkipReason.values()) {
                long n = skipped[reason.ordinal()];
                byReason.put(reason, n);
                if (n > 0) {
                    warnings.add(XapiProblem.ofFile(statements(n) + " skipped: " + reason.text()));
                }
            }
            if (resent > 0) {
                warnings.add(XapiProblem.ofFile(statements(resent) + " re-sent (same id and content): ignored "
                        + "after the first"));
            }
            if (zoneless > 0) {
                warnings.add(XapiProblem.ofFile(statements(zoneless) + " with a timestamp without zone offset: "
                        + "read as UTC"));
            }
            if (disagreements > 0) {
                warnings.add(XapiProblem.ofFile(statements(disagreements) + " whose result.success disagrees "
                        + "with the curriculum's pass mark, which decides"));
            }
            warnings.sort(order);
            return new XapiSummary(statements, accepted, rejected, voided, byReason, voiding, resent, problems,
                    warnings);
        }

        /** One statement, read into an evidence record, problems, a skip or a voiding. */
        private final class Statement {
            private final Position at;
            private final List<XapiProblem> problems = new ArrayList<>(2);
            private int slot = -1;
            private long high;
            private long low;
            private long hash;
            private boolean hasId;
            private boolean zoneless;
            private boolean disagrees;

            Statement(Position at) {
                this.at = at;
            }

            void read(JsonNode node) {
                if (!node.isObject()) {
                    problem(null, "a statement is a JSON object");
                    refuse();
                    return;
                }
                if (!id(node)) {
                    return;
                }
                String verb = text(node.get("verb"), "id");
                if (verb == null) {
                    problem("verb.id", "is required (the verb's IRI)");
                    refuse();
                    return;
                }
                JsonNode object = node.get("object");
                if (object == null || !object.isObject()) {
                    problem("object", "is required (an Activity, Agent, Group, StatementRef or SubStatement)");
                    refuse();
                    return;
                }
                String objectType = text(object, "objectType");
                if (verb.equals(VOIDED)) {
                    voiding(object, objectType);
                    return;
                }
                SkipReason kind = objectKind(objectType);
                if (kind != null) {
                    skip(kind);
                    return;
                }
                if (problems.size() > 0) {
                    refuse();
                    return;
                }
                String activity = text(object, "id");
                if (activity == null) {
                    problem("object.id", "is required (the activity's IRI)");
                    refuse();
                    return;
                }
                ActivityTarget target = target(activity, node.path("context").path("contextActivities"));
                if (target == null) {
                    skip(SkipReason.ACTIVITY_NOT_MAPPED);
                    return;
                }
                if (!map.verbs(target).contains(verb)) {
                    skip(SkipReason.VERB_NOT_MAPPED);
                    return;
                }
                JsonNode actor = node.get("actor");
                if (actor != null && "Group".equals(text(actor, "objectType"))) {
                    skip(SkipReason.ACTOR_GROUP);
                    return;
                }
                evidence(node, target, actor);
            }

            /** Reads the id and checks it against the ids seen; false when the statement is done with. */
            private boolean id(JsonNode node) {
                JsonNode id = node.get("id");
                if (id == null || id.isNull()) {
                    return true;
                }
                UUID uuid = id.isTextual() ? uuid(id.asText()) : null;
                if (uuid == null) {
                    problem("id", "is not a statement id (a UUID such as 6f1c0c52-0001-4d6e-9c1a-000000000001)");
                    refuse();
                    return false;
                }
                high = uuid.getMostSignificantBits();
                low = uuid.getLeastSignificantBits();
                hash = StatementContent.hash(node);
                int seen = ids.find(high, low);
                if (seen >= 0) {
                    if (ids.content(seen) == hash) {
                        resent++;
                    } else {
                        problem("id", "statement " + ids.first(seen) + " has the same id and other content; a "
                                + "statement id names one statement (a corrected statement gets a new id, and the "
                                + "old one is voided)");
                        refuse();
                    }
                    return false;
                }
                hasId = true;
                return true;
            }

            private SkipReason objectKind(String objectType) {
                if (objectType == null || objectType.equals("Activity")) {
                    return null;
                }
                switch (objectType) {
                    case "Agent" -> {
                        return SkipReason.OBJECT_AGENT;
                    }
                    case "Group" -> {
                        return SkipReason.OBJECT_GROUP;
                    }
                    case "StatementRef" -> {
                        return SkipReason.OBJECT_STATEMENT_REF;
                    }
                    case "SubStatement" -> {
                        return SkipReason.OBJECT_SUB_STATEMENT;
                    }
                    default -> {
                        problem("object.objectType", "is one of Activity, Agent, Group, StatementRef and "
                                + "SubStatement");
                        return null;
                    }
                }
            }

            /** {@return what the object stands for: its own IRI, else a parent's, else a grouping's; or null} */
            private ActivityTarget target(String activity, JsonNode context) {
                ActivityTarget target = map.target(activity).orElse(null);
                for (String kind : new String[] {"parent", "grouping"}) {
                    JsonNode list = context.get(kind);
                    if (target != null || list == null) {
                        continue;
                    }
                    for (JsonNode a : list.isArray() ? list : List.of(list)) {
                        String iri = text(a, "id");
                        target = iri == null ? null : map.target(iri).orElse(null);
                        if (target != null) {
                            break;
                        }
                    }
                }
                return target;
            }

            private void voiding(JsonNode object, String objectType) {
                String target = text(object, "id");
                UUID uuid = target == null ? null : uuid(target);
                if (!"StatementRef".equals(objectType) || uuid == null) {
                    problem("object", "a voiding statement's object is {\"objectType\":\"StatementRef\",\"id\":...} "
                            + "with the voided statement's id");
                    refuse();
                    return;
                }
                voidings.add(new Voiding(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits(), target
                        .toLowerCase(java.util.Locale.ROOT), at));
                if (hasId) {
                    slot = ids.add(high, low, hash, at.index(), StatementIds.VOIDING);
                } else {
                    voidingWithoutId++;
                }
            }

            private void skip(SkipReason reason) {
                if (hasId) {
                    ids.add(high, low, hash, at.index(), (byte) (StatementIds.SKIPPED + reason.ordinal()));
                } else {
                    skippedWithoutId[reason.ordinal()]++;
                }
            }

            private void refuse() {
                if (hasId) {
                    slot = ids.add(high, low, hash, at.index(), StatementIds.REJECTED);
                }
                refused.add(new PendingProblems(slot, List.copyOf(problems)));
            }

            private void evidence(JsonNode node, ActivityTarget target, JsonNode actor) {
                AgentIdentity.Agent learner = agent(actor, "actor", true);
                Instant time = time(node);
                JsonNode instructor = node.path("context").get("instructor");
                AgentIdentity.Agent by = instructor == null || instructor.isNull() ? null
                        : agent(instructor, "context.instructor", false);
                String byId = by == null ? null : by.id();
                JsonNode result = node.path("result");
                EvidenceRecord r = null;
                if (learner != null && time != null) {
                    LearnerId id = LearnerId.of(learner.id());
                    if (target instanceof ActivityTarget.OfAssessment a) {
                        r = attempt(curriculum.assessment(a.assessment()).orElseThrow(), result, id, time, byId);
                    } else if (target instanceof ActivityTarget.OfModule m) {
                        r = new EvidenceRecord.Completion(id, m.module(), time, byId);
                    } else {
                        Double hours = duration(result);
                        if (hours != null && target instanceof ActivityTarget.OfEducation e) {
                            if (hours > 0) {
                                r = new EvidenceRecord.Education(id, hours, e.topic(), time, byId);
                            } else {
                                problem("result.duration", "continuing education needs a duration above zero");
                            }
                        } else if (hours != null) {
                            r = new EvidenceRecord.Practice(id, hours, time, byId);
                        }
                    }
                } else if (target instanceof ActivityTarget.OfAssessment a) {
                    attempt(curriculum.assessment(a.assessment()).orElseThrow(), result, null, null, null);
                } else if (target instanceof ActivityTarget.OfPractice || target instanceof ActivityTarget.OfEducation) {
                    duration(result);
                }
                if (!problems.isEmpty() || r == null) {
                    refuse();
                    return;
                }
                if (hasId) {
                    slot = ids.add(high, low, hash, at.index(), StatementIds.RECORD);
                }
                records.add(new PendingRecord(r, slot, learner.key(), at, zoneless, disagrees));
            }

            private Instant time(JsonNode node) {
                String field = "timestamp";
                JsonNode value = node.get(field);
                if (value == null || value.isNull()) {
                    field = "stored";
                    value = node.get(field);
                }
                if (value == null || value.isNull()) {
                    problem("timestamp", "is required, or else stored (an ISO-8601 timestamp, for example "
                            + "2026-03-02T14:00:00Z)");
                    return null;
                }
                Instant at = value.isTextual() ? XapiTime.instant(value.asText()) : null;
                if (at == null && value.isTextual()) {
                    at = XapiTime.zoneless(value.asText());
                    zoneless = at != null;
                }
                if (at == null) {
                    problem(field, "is not an ISO-8601 timestamp (for example 2026-03-02T14:00:00Z) or a date");
                }
                return at;
            }

            private EvidenceRecord attempt(Assessment a, JsonNode result, LearnerId learner, Instant at, String by) {
                if (a.kind() == AssessmentKind.SCENARIO) {
                    Map<VignetteId, TierId> responses = responses(a, result.get("response"));
                    return learner == null || responses == null ? null
                            : new EvidenceRecord.Attempt(learner, a.id(), null, responses, at, by);
                }
                Double score = score(a, result);
                return learner == null || score == null ? null
                        : new EvidenceRecord.Attempt(learner, a.id(), score, Map.of(), at, by);
            }

            private Double score(Assessment a, JsonNode result) {
                JsonNode score = result.path("score");
                JsonNode raw = present(score.get("raw"));
                JsonNode min = present(score.get("min"));
                JsonNode max = present(score.get("max"));
                JsonNode scaled = present(score.get("scaled"));
                JsonNode success = present(result.get("success"));
                if (success != null && !success.isBoolean()) {
                    problem("result.success", "must be true or false");
                    return null;
                }
                double maxScore = a.effectiveMaxScore();
                Double value;
                if (raw != null && max != null) {
                    value = scaledFromRange(raw, min, max, maxScore);
                } else if (scaled != null) {
                    if (!number(scaled, "result.score.scaled")) {
                        return null;
                    }
                    if (scaled.doubleValue() < -1 || scaled.doubleValue() > 1) {
                        problem("result.score.scaled", "is outside [-1, 1]");
                        return null;
                    }
                    value = round(Math.max(0, scaled.doubleValue()) * maxScore);
                } else if (raw != null) {
                    if (!number(raw, "result.score.raw")) {
                        return null;
                    }
                    value = raw.doubleValue();
                    if (!(value >= 0 && value <= maxScore)) {
                        problem("result.score.raw", "is outside [0, " + decimal(maxScore) + "], the scale of "
                                + "assessment '" + a.id() + "' (give result.score.max when the score is on "
                                + "another scale)");
                        return null;
                    }
                } else if (success != null) {
                    return success.booleanValue() ? a.passScore() : 0.0;
                } else {
                    problem("result", "an attempt needs result.score (raw, scaled) or result.success");
                    return null;
                }
                if (value != null && success != null && success.booleanValue() != (value >= a.passScore())) {
                    disagrees = true;
                }
                return value;
            }

            private Double scaledFromRange(JsonNode raw, JsonNode min, JsonNode max, double maxScore) {
                if (!number(raw, "result.score.raw") || !number(max, "result.score.max")
                        || min != null && !number(min, "result.score.min")) {
                    return null;
                }
                double low = min == null ? 0 : min.doubleValue();
                double high = max.doubleValue();
                double value = raw.doubleValue();
                if (!(high > low)) {
                    problem("result.score.max", "is not above result.score.min (0 when absent)");
                    return null;
                }
                if (value < low || value > high) {
                    problem("result.score.raw", "is outside [result.score.min, result.score.max]");
                    return null;
                }
                return round((value - low) / (high - low) * maxScore);
            }

            private boolean number(JsonNode node, String field) {
                if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
                    problem(field, "must be a number");
                    return false;
                }
                return true;
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

            /** {@return the hours of a practice or education statement's duration, or null (its problem reported)} */
            private Double duration(JsonNode result) {
                JsonNode duration = result.get("duration");
                if (duration == null || !duration.isTextual()) {
                    problem("result.duration", "practice needs an ISO-8601 duration, for example PT4H30M");
                    return null;
                }
                Double hours = hours(duration.asText());
                if (hours == null) {
                    problem("result.duration", "is not an ISO-8601 duration in weeks, days, hours, minutes and "
                            + "seconds (for example PT4H30M)");
                    return null;
                }
                return hours;
            }

            private AgentIdentity.Agent agent(JsonNode agent, String field, boolean required) {
                if (agent == null || !agent.isObject()) {
                    if (required) {
                        problem(field, "is required (an Agent with account, mbox, mbox_sha1sum or openid)");
                    }
                    return null;
                }
                Object read = identity.read(agent, field);
                if (read instanceof AgentIdentity.Problem p) {
                    problem(p.field(), p.message());
                    return null;
                }
                if (read == null && (required || !"Group".equals(text(agent, "objectType")))) {
                    problem(field, "has no identifier (account, mbox, mbox_sha1sum or openid)");
                }
                return (AgentIdentity.Agent) read;
            }

            private void problem(String field, String message) {
                problems.add(XapiReader.problem(at, field, message));
            }
        }
    }

    private static XapiProblem problem(Position at, String field, String message) {
        return new XapiProblem(at.index(), at.line(), at.column(), field, message);
    }

    private static String statements(long n) {
        return n + (n == 1 ? " statement" : " statements");
    }

    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static UUID uuid(String text) {
        if (text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@return the score rounded to {@link #SCORE_DECIMALS} decimals}: first to three more, so that the noise of
     * binary arithmetic does not decide a tie (31 of 256 gives 1.2109375 of 10, and 31 * 0.3 of 76.8, the same
     * share, gives 1.2109374999999998: both become 1.210938, not 1.210937 for the second)
     */
    private static double round(double score) {
        return BigDecimal.valueOf(score).setScale(SCORE_DECIMALS + 3, RoundingMode.HALF_EVEN)
                .setScale(SCORE_DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String decimal(double d) {
        return number(d);
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
        return Texts.number(d);
    }
}
