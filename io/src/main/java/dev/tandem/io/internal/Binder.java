package dev.tandem.io.internal;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Band;
import dev.tandem.assessment.Measure;
import dev.tandem.assessment.Vignette;
import dev.tandem.assessment.VignetteId;
import dev.tandem.certification.Certification;
import dev.tandem.certification.LevelRequirement;
import dev.tandem.certification.ModuleSelection;
import dev.tandem.certification.PracticeRequirement;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Domain;
import dev.tandem.competency.DomainId;
import dev.tandem.competency.Relation;
import dev.tandem.competency.RelationType;
import dev.tandem.competency.Scale;
import dev.tandem.competency.ScaleId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.curriculum.Setting;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.RuleId;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.SignalId;
import dev.tandem.escalation.SignalValue;
import dev.tandem.escalation.Tier;
import dev.tandem.escalation.TierId;
import dev.tandem.internal.Ids;
import dev.tandem.internal.Suggestions;
import dev.tandem.training.Delivery;
import dev.tandem.training.ModuleId;
import dev.tandem.training.Target;
import dev.tandem.training.TrainingModule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Binds a parsed {@link Node} tree to a {@link Curriculum.Builder}, reporting every structural problem
 * (missing and unknown fields, wrong types, bad values, bad ids) as a diagnostic at its JSON Pointer, and
 * translating the paths of the core validator's diagnostics back to document paths when items had to be
 * skipped. Not thread-safe: one instance per document.
 */
public final class Binder {

    /** The document keys in canonical order (FORMAT section 2). */
    public static final List<String> ROOT_KEYS = List.of("tandem", "id", "version", "title", "description",
            "setting", "language", "attainment", "scales", "domains", "competencies", "modules", "assessments",
            "certification", "escalation");
    static final List<String> SCALE_KEYS = List.of("id", "levels");
    static final List<String> DOMAIN_KEYS = List.of("id", "title");
    static final List<String> COMPETENCY_KEYS = List.of("id", "title", "description", "domain", "parent", "scale",
            "indicators", "relations");
    static final List<String> RELATION_KEYS = List.of("type", "target");
    static final List<String> MODULE_KEYS = List.of("id", "title", "hours", "delivery", "requires", "targets");
    static final List<String> LEVEL_KEYS = List.of("competency", "level");
    static final List<String> ASSESSMENT_KEYS = List.of("id", "title", "module", "kind", "max-score", "pass-score",
            "max-attempts", "valid-for", "measures", "bands", "vignettes");
    static final List<String> BAND_KEYS = List.of("min", "level");
    static final List<String> VIGNETTE_KEYS = List.of("id", "prompt", "signals");
    static final List<String> CERTIFICATION_KEYS = List.of("title", "modules", "competencies", "practice");
    static final List<String> PRACTICE_KEYS = List.of("hours", "within");
    static final List<String> ESCALATION_KEYS = List.of("tiers", "default", "signals", "rules");
    static final List<String> TIER_KEYS = List.of("id", "title");
    static final List<String> SIGNAL_KEYS = List.of("id", "type", "min", "max");
    static final List<String> RULE_KEYS = List.of("id", "when", "tier", "actions");
    static final List<String> CONDITION_KEYS = List.of("all", "any", "not", "at-least", "at-most", "count");
    static final List<String> COUNT_KEYS = List.of("min", "of");

    private final List<Diagnostic> out = new ArrayList<>();
    private final Map<JsonPointer, JsonPointer> remap = new HashMap<>();
    private final Set<JsonPointer> suppressed = new HashSet<>();
    private final Set<JsonPointer> partial = new HashSet<>();
    private Set<JsonPointer> reported;
    private int reportedCount;
    private boolean versionOk = true;

    /** {@return the diagnostics of binding, without positions} */
    public List<Diagnostic> diagnostics() {
        return out;
    }

    /** {@return whether the document declared a supported format version (or none)} */
    public boolean versionOk() {
        return versionOk;
    }

    /**
     * Maps a path of the built curriculum (as the core validator reports it) to the document's path.
     *
     * @param built a path in the built curriculum
     * @return the path in the document
     */
    public JsonPointer documentPath(JsonPointer built) {
        List<String> tokens = built.tokens();
        for (int k = tokens.size(); k > 0; k--) {
            JsonPointer doc = remap.get(new JsonPointer(tokens.subList(0, k)));
            if (doc != null) {
                JsonPointer result = doc;
                for (String t : tokens.subList(k, tokens.size())) {
                    result = result.append(t);
                }
                return result;
            }
        }
        return built;
    }

    /**
     * {@return whether a core diagnostic at this (document) path repeats or follows from a problem the binder
     * already reported} @param path the document path
     */
    public boolean covered(JsonPointer path) {
        if (partial.contains(path)) {
            return true; // a list missing items the binder could not build: "needs at least one" and the like
        }
        if (reported == null || reportedCount != out.size()) {
            reported = new HashSet<>();
            out.forEach(d -> reported.add(d.path()));
            reportedCount = out.size();
        }
        for (JsonPointer p = path; !p.isRoot(); p = p.parent()) {
            if (suppressed.contains(p) || reported.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Binds the document.
     *
     * @param root the root node
     * @return the builder holding what could be bound, or null when the document is not a curriculum of a
     *         supported version
     */
    public Curriculum.Builder bind(Node root) {
        JsonPointer at = JsonPointer.root();
        Map<String, Node> m = mapping(root, at, ROOT_KEYS);
        if (m == null) {
            return null;
        }
        Node tandem = m.get("tandem");
        if (tandem == null || isNull(tandem)) {
            error(DiagnosticCode.MISSING_FIELD, at.append("tandem"), "the document needs 'tandem: 1' (the format "
                    + "version) as its first line");
        } else if (!(tandem instanceof Node.ScalarNode s && s.kind() == Node.Kind.INTEGER
                && BigInteger.ONE.equals(s.number()))) {
            error(DiagnosticCode.UNSUPPORTED_VERSION, at.append("tandem"), "format version " + display(tandem)
                    + " is not supported; this reader reads 'tandem: 1'");
            versionOk = false;
            return null;
        }
        Curriculum.Builder b = Curriculum.builder();
        b.id(idText(m, at, "id", true, "curriculum"));
        b.version(text(m, at, "version", true));
        b.title(text(m, at, "title", true));
        b.description(text(m, at, "description", false));
        b.setting(enumValue(m, at, "setting", true, id -> Setting.fromId(id).orElse(null), Setting.allowed()));
        b.language(text(m, at, "language", false));
        b.attainment(enumValue(m, at, "attainment", false, id -> Attainment.fromId(id).orElse(null),
                allowed(Attainment.values(), Attainment::id)));
        items(m, at, "scales", true, this::scale).forEach(b::scale);
        items(m, at, "domains", false, this::domain).forEach(b::domain);
        items(m, at, "competencies", true, this::competency).forEach(b::competency);
        items(m, at, "modules", true, this::module).forEach(b::module);
        items(m, at, "assessments", false, this::assessment).forEach(b::assessment);
        Node cert = present(m, "certification");
        if (cert != null) {
            b.certification(certification(cert, at.append("certification")));
        }
        Node esc = present(m, "escalation");
        if (esc != null) {
            b.escalation(escalation(esc, at.append("escalation")));
        }
        return b;
    }

    // ---------------------------------------------------------------- items

    private Scale scale(Node n, JsonPointer at, JsonPointer built) {
        Map<String, Node> m = mapping(n, at, SCALE_KEYS);
        if (m == null || !checkId(m, at, "scale")) {
            return null;
        }
        List<String> levels = new ArrayList<>();
        Node ln = present(m, "levels");
        if (ln == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("levels"), "scale '" + str(m.get("id"))
                    + "' needs its 'levels', ordered low to high");
        } else {
            levels = list(ln, at.append("levels"), built.append("levels"), (item, iat, ib) -> stringItem(item, iat));
        }
        return new Scale(ScaleId.of(str(m.get("id"))), levels);
    }

    private Domain domain(Node n, JsonPointer at, JsonPointer built) {
        Map<String, Node> m = mapping(n, at, DOMAIN_KEYS);
        if (m == null || !checkItem(m, at, "domain", true)) {
            return null;
        }
        return new Domain(DomainId.of(str(m.get("id"))), orEmpty(text(m, at, "title", true)));
    }

    private Competency competency(Node n, JsonPointer at, JsonPointer built) {
        Map<String, Node> m = mapping(n, at, COMPETENCY_KEYS);
        if (m == null || !checkItem(m, at, "competency", true)) {
            return null;
        }
        String title = orEmpty(text(m, at, "title", true));
        String description = text(m, at, "description", false);
        String domain = idText(m, at, "domain", false, "domain");
        String parent = idText(m, at, "parent", false, "competency");
        String scale = idText(m, at, "scale", false, "scale");
        List<String> indicators = optionalList(m, at, built, "indicators", (item, iat, ib) -> stringItem(item, iat));
        List<Relation> relations = optionalList(m, at, built, "relations", (item, iat, ib) -> {
            Map<String, Node> r = mapping(item, iat, RELATION_KEYS);
            if (r == null) {
                return null;
            }
            RelationType type = enumValue(r, iat, "type", true, id -> RelationType.fromId(id).orElse(null),
                    allowed(RelationType.values(), RelationType::id));
            String target = idText(r, iat, "target", true, "competency");
            return type == null || target == null ? null : new Relation(type, CompetencyId.of(target));
        });
        return new Competency(CompetencyId.of(str(m.get("id"))), title, description,
                domain == null ? null : DomainId.of(domain), parent == null ? null : CompetencyId.of(parent),
                scale == null ? null : ScaleId.of(scale), indicators, relations);
    }

    private TrainingModule module(Node n, JsonPointer at, JsonPointer built) {
        Map<String, Node> m = mapping(n, at, MODULE_KEYS);
        if (m == null || !checkItem(m, at, "module", true)) {
            return null;
        }
        String title = orEmpty(text(m, at, "title", true));
        Double hours = number(m, at, "hours", false);
        validate(new Fields.ModuleNumbers(hours), at);
        Delivery delivery = enumValue(m, at, "delivery", false, id -> Delivery.fromId(id).orElse(null),
                allowed(Delivery.values(), Delivery::id));
        List<ModuleId> requires = optionalList(m, at, built, "requires", (item, iat, ib) -> {
            String id = idItem(item, iat, "module");
            return id == null ? null : ModuleId.of(id);
        });
        List<Target> targets = optionalList(m, at, built, "targets", (item, iat, ib) -> {
            LevelRequirement r = levelRequirement(item, iat, true);
            return r == null ? null : new Target(r.competency(), r.level());
        });
        return new TrainingModule(ModuleId.of(str(m.get("id"))), title, hours, delivery, requires, targets);
    }

    private Assessment assessment(Node n, JsonPointer at, JsonPointer built) {
        Map<String, Node> m = mapping(n, at, ASSESSMENT_KEYS);
        if (m == null || !checkItem(m, at, "assessment", true)) {
            return null;
        }
        String title = orEmpty(text(m, at, "title", true));
        String module = idText(m, at, "module", false, "module");
        AssessmentKind kind = enumValue(m, at, "kind", true, id -> AssessmentKind.fromId(id).orElse(null),
                AssessmentKind.allowed());
        if (kind == null) {
            // the kind decides which fields belong: the core's checks of them would only guess
            suppressed.add(at);
            kind = AssessmentKind.QUIZ;
        }
        Double maxScore = number(m, at, "max-score", false);
        Double passScore = number(m, at, "pass-score", true);
        Integer maxAttempts = integer(m, at, "max-attempts", false);
        validate(new Fields.AssessmentNumbers(maxScore, passScore, maxAttempts), at);
        Period validFor = period(m, at, "valid-for", false);
        List<Measure> measures = List.of();
        Node mn = present(m, "measures");
        if (mn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("measures"), "assessment '" + str(m.get("id"))
                    + "' needs 'measures': the competencies it assesses");
        } else {
            measures = list(mn, at.append("measures"), built.append("measures"), (item, iat, ib) -> {
                Map<String, Node> r = mapping(item, iat, LEVEL_KEYS);
                if (r == null) {
                    return null;
                }
                String competency = idText(r, iat, "competency", true, "competency");
                String level = text(r, iat, "level", false);
                return competency == null ? null : new Measure(CompetencyId.of(competency), level);
            });
        }
        List<Band> bands = optionalList(m, at, built, "bands", (item, iat, ib) -> {
            Map<String, Node> r = mapping(item, iat, BAND_KEYS);
            if (r == null) {
                return null;
            }
            Double min = number(r, iat, "min", true);
            validate(new Fields.BandNumbers(min), iat);
            String level = text(r, iat, "level", true);
            return min == null || level == null ? null : new Band(min, level);
        });
        List<Vignette> vignettes = optionalList(m, at, built, "vignettes", this::vignette);
        return new Assessment(AssessmentId.of(str(m.get("id"))), title, module == null ? null : ModuleId.of(module),
                kind, maxScore, passScore == null ? 0 : passScore, maxAttempts, validFor, measures, bands, vignettes);
    }

    private Vignette vignette(Node n, JsonPointer at, JsonPointer built) {
        Map<String, Node> m = mapping(n, at, VIGNETTE_KEYS);
        if (m == null || !checkId(m, at, "vignette")) {
            return null;
        }
        String prompt = orEmpty(text(m, at, "prompt", true));
        Map<dev.tandem.escalation.SignalId, SignalValue> values = new LinkedHashMap<>();
        Node sn = present(m, "signals");
        if (sn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("signals"), "vignette '" + str(m.get("id"))
                    + "' needs its 'signals'");
        } else if (sn instanceof Node.MapNode sm) {
            sm.entries().forEach((key, value) -> {
                JsonPointer sat = at.append("signals").append(key);
                if (!Ids.isValid(key)) {
                    error(DiagnosticCode.INVALID_VALUE, sat, "signal '" + key + "' " + Fields.ID_MESSAGE);
                    return;
                }
                SignalValue v = signalValue(value, sat);
                if (v != null) {
                    values.put(SignalId.of(key), v);
                }
            });
        } else {
            wrongType(sn, at.append("signals"), "a mapping of signal ids to values");
        }
        return new Vignette(VignetteId.of(str(m.get("id"))), prompt, new Observation(values));
    }

    private SignalValue signalValue(Node n, JsonPointer at) {
        if (n instanceof Node.ScalarNode s) {
            switch (s.kind()) {
                case BOOLEAN:
                    return SignalValue.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
                case INTEGER:
                case DECIMAL:
                    double d = s.number().doubleValue();
                    if (Double.isFinite(d)) {
                        return SignalValue.of(d);
                    }
                    break;
                case STRING:
                    return SignalValue.of(s.text());
                default:
                    break;
            }
        }
        wrongType(n, at, "true, false, a number or a string");
        return null;
    }

    // ---------------------------------------------------------------- certification

    private Certification certification(Node n, JsonPointer at) {
        Map<String, Node> m = mapping(n, at, CERTIFICATION_KEYS);
        if (m == null) {
            suppressed.add(at);
            return new Certification("", ModuleSelection.allModules(), List.of(), null);
        }
        String title = orEmpty(text(m, at, "title", true));
        ModuleSelection modules = ModuleSelection.allModules();
        Node mn = present(m, "modules");
        if (mn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("modules"), "the certification needs 'modules': 'all' "
                    + "or a list of module ids");
        } else if (mn instanceof Node.ScalarNode s && s.kind() == Node.Kind.STRING && s.text().equals("all")) {
            modules = ModuleSelection.allModules();
        } else if (mn instanceof Node.ListNode) {
            modules = ModuleSelection.of(list(mn, at.append("modules"), at.append("modules"), (item, iat, ib) -> {
                String id = idItem(item, iat, "module");
                return id == null ? null : ModuleId.of(id);
            }));
        } else {
            wrongType(mn, at.append("modules"), "'all' or a list of module ids");
        }
        List<LevelRequirement> competencies = List.of();
        Node cn = present(m, "competencies");
        if (cn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("competencies"), "the certification needs 'competencies':"
                    + " the levels it requires (an empty list when it requires none)");
        } else {
            competencies = list(cn, at.append("competencies"), at.append("competencies"),
                    (item, iat, ib) -> levelRequirement(item, iat, true));
        }
        PracticeRequirement practice = null;
        Node pn = present(m, "practice");
        if (pn != null) {
            JsonPointer pat = at.append("practice");
            Map<String, Node> p = mapping(pn, pat, PRACTICE_KEYS);
            if (p != null) {
                Double hours = number(p, pat, "hours", true);
                validate(new Fields.PracticeNumbers(hours), pat);
                Period within = period(p, pat, "within", false);
                practice = new PracticeRequirement(hours == null ? 1 : hours, within);
            }
        }
        return new Certification(title, modules, competencies, practice);
    }

    private LevelRequirement levelRequirement(Node item, JsonPointer at, boolean levelRequired) {
        Map<String, Node> r = mapping(item, at, LEVEL_KEYS);
        if (r == null) {
            return null;
        }
        String competency = idText(r, at, "competency", true, "competency");
        String level = text(r, at, "level", levelRequired);
        return competency == null || level == null ? null : new LevelRequirement(CompetencyId.of(competency), level);
    }

    // ---------------------------------------------------------------- escalation

    private Policy escalation(Node n, JsonPointer at) {
        Map<String, Node> m = mapping(n, at, ESCALATION_KEYS);
        if (m == null) {
            suppressed.add(at);
            return new Policy(List.of(), TierId.of("none"), List.of(), List.of());
        }
        List<Tier> tiers = items(m, at, "tiers", true, (item, iat, ib) -> {
            Map<String, Node> t = mapping(item, iat, TIER_KEYS);
            if (t == null || !checkItem(t, iat, "tier", true)) {
                return null;
            }
            return new Tier(TierId.of(str(t.get("id"))), orEmpty(text(t, iat, "title", true)));
        });
        String def = idText(m, at, "default", false, "tier");
        if (def == null && tiers.isEmpty()) {
            def = "none";
            suppressed.add(at.append("default"));
        }
        List<Signal> signals = items(m, at, "signals", true, this::signal);
        List<Rule> rules = items(m, at, "rules", true, this::rule);
        return new Policy(tiers, def == null ? null : TierId.of(def), signals, rules);
    }

    private Signal signal(Node n, JsonPointer at, JsonPointer built) {
        Map<String, Node> m = mapping(n, at, SIGNAL_KEYS);
        if (m == null || !checkId(m, at, "signal")) {
            return null;
        }
        String type = enumValue(m, at, "type", true, id -> id.equals("flag") || id.equals("scale") ? id : null,
                "flag, scale");
        String id = str(m.get("id"));
        if ("scale".equals(type)) {
            Double min = number(m, at, "min", true);
            Double max = number(m, at, "max", true);
            if (min == null || max == null) {
                return null;
            }
            return Signal.scale(id, min, max);
        }
        for (String key : List.of("min", "max")) {
            if ("flag".equals(type) && present(m, key) != null) {
                error(DiagnosticCode.INVALID_VALUE, at.append(key), "signal '" + id + "' is a flag, which takes no '"
                        + key + "'");
            }
        }
        return type == null ? null : Signal.flag(id);
    }

    private Rule rule(Node n, JsonPointer at, JsonPointer built) {
        Map<String, Node> m = mapping(n, at, RULE_KEYS);
        if (m == null || !checkId(m, at, "rule")) {
            return null;
        }
        Condition when = null;
        Node wn = present(m, "when");
        if (wn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("when"), "rule '" + str(m.get("id"))
                    + "' needs a 'when' condition");
        } else {
            when = condition(wn, at.append("when"), built.append("when"));
        }
        String tier = idText(m, at, "tier", true, "tier");
        List<String> actions = List.of();
        Node an = present(m, "actions");
        if (an == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("actions"), "rule '" + str(m.get("id"))
                    + "' needs its 'actions' (an empty list when there are none)");
        } else {
            actions = list(an, at.append("actions"), built.append("actions"), (item, iat, ib) -> stringItem(item, iat));
        }
        if (when == null || tier == null) {
            return null;
        }
        return new Rule(RuleId.of(str(m.get("id"))), when, TierId.of(tier), actions);
    }

    private Condition condition(Node n, JsonPointer at, JsonPointer built) {
        if (n instanceof Node.ScalarNode s && s.kind() == Node.Kind.STRING) {
            if (!Ids.isValid(s.text())) {
                error(DiagnosticCode.INVALID_VALUE, at, "flag '" + s.text() + "' " + Fields.ID_MESSAGE);
                return null;
            }
            return Condition.flag(s.text());
        }
        if (!(n instanceof Node.MapNode mn)) {
            wrongType(n, at, "a flag id or a mapping with one of " + String.join(", ", CONDITION_KEYS));
            return null;
        }
        if (mn.entries().size() != 1 || !CONDITION_KEYS.contains(mn.entries().keySet().iterator().next())) {
            String keys = String.join(", ", mn.entries().keySet());
            String hint = "";
            if (mn.entries().size() == 1) {
                hint = Suggestions.closest(keys, CONDITION_KEYS).map(s -> "; did you mean '" + s + "'?").orElse("");
            }
            error(DiagnosticCode.INVALID_VALUE, at, "a condition is a flag id or a mapping with exactly one of "
                    + String.join(", ", CONDITION_KEYS) + (mn.entries().isEmpty() ? "; this one is empty"
                    : "; this one has " + keys) + hint);
            return null;
        }
        Map.Entry<String, Node> e = mn.entries().entrySet().iterator().next();
        String key = e.getKey();
        JsonPointer kat = at.append(key);
        JsonPointer kbuilt = built.append(key);
        Node v = e.getValue();
        switch (key) {
            case "all", "any" -> {
                if (!(v instanceof Node.ListNode)) {
                    wrongType(v, kat, "a list of conditions");
                    return null;
                }
                List<Condition> cs = list(v, kat, kbuilt, this::condition);
                return key.equals("all") ? new Condition.All(cs) : new Condition.Any(cs);
            }
            case "not" -> {
                Condition c = condition(v, kat, kbuilt);
                return c == null ? null : new Condition.Not(c);
            }
            case "at-least", "at-most" -> {
                if (!(v instanceof Node.MapNode vm) || vm.entries().size() != 1) {
                    error(DiagnosticCode.INVALID_VALUE, kat, "'" + key + "' takes a mapping of one scale signal to"
                            + " a number, for example {" + key + ": {distress: 7}}");
                    return null;
                }
                String signal = vm.entries().keySet().iterator().next();
                if (!Ids.isValid(signal)) {
                    error(DiagnosticCode.INVALID_VALUE, kat.append(signal), "signal '" + signal + "' "
                            + Fields.ID_MESSAGE);
                    return null;
                }
                Double threshold = numberValue(vm.entries().get(signal), kat.append(signal));
                if (threshold == null) {
                    return null;
                }
                return key.equals("at-least") ? Condition.atLeast(signal, threshold)
                        : Condition.atMost(signal, threshold);
            }
            default -> {
                Map<String, Node> cm = mapping(v, kat, COUNT_KEYS);
                if (cm == null) {
                    return null;
                }
                Integer min = integer(cm, kat, "min", true);
                validate(new Fields.CountNumbers(min), kat);
                Node of = present(cm, "of");
                List<Condition> cs = null;
                if (of == null) {
                    error(DiagnosticCode.MISSING_FIELD, kat.append("of"), "'count' needs 'of': the list of "
                            + "conditions to count");
                } else if (!(of instanceof Node.ListNode)) {
                    wrongType(of, kat.append("of"), "a list of conditions");
                } else {
                    cs = list(of, kat.append("of"), kbuilt.append("of"), this::condition);
                }
                return min == null || cs == null ? null : new Condition.Count(min, cs);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Binds one list item; returns null when it cannot be built (its problems are reported). */
    @FunctionalInterface
    interface ItemBinder<T> {
        T bind(Node item, JsonPointer at, JsonPointer built);
    }

    private <T> List<T> items(Map<String, Node> m, JsonPointer at, String key, boolean required, ItemBinder<T> f) {
        Node n = present(m, key);
        if (n == null) {
            if (required) {
                error(DiagnosticCode.MISSING_FIELD, at.append(key), "the " + (at.isRoot() ? "curriculum"
                        : at.tokens().get(at.tokens().size() - 1)) + " needs '" + key + "' (at least one)");
            }
            return List.of();
        }
        return list(n, at.append(key), at.append(key), f);
    }

    private <T> List<T> optionalList(Map<String, Node> m, JsonPointer at, JsonPointer built, String key,
            ItemBinder<T> f) {
        Node n = present(m, key);
        return n == null ? List.of() : list(n, at.append(key), built.append(key), f);
    }

    private <T> List<T> list(Node n, JsonPointer at, JsonPointer built, ItemBinder<T> f) {
        if (!(n instanceof Node.ListNode ln)) {
            wrongType(n, at, "a list");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < ln.items().size(); i++) {
            JsonPointer iat = at.append(i);
            JsonPointer ibuilt = built.append(result.size());
            if (!iat.equals(ibuilt)) {
                remap.put(ibuilt, iat);
            }
            T item = f.bind(ln.items().get(i), iat, ibuilt);
            if (item != null) {
                result.add(item);
            } else {
                partial.add(at);
            }
        }
        return result;
    }

    private Map<String, Node> mapping(Node n, JsonPointer at, List<String> keys) {
        if (!(n instanceof Node.MapNode mn)) {
            wrongType(n, at, "a mapping");
            return null;
        }
        for (Map.Entry<String, Node> e : mn.entries().entrySet()) {
            String key = e.getKey();
            if (!keys.contains(key)) {
                String hint = Suggestions.closest(key, keys).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; known fields: " + String.join(", ", keys));
                if (e.getValue() instanceof Node.ScalarNode v && v.text().isEmpty() && key.contains(" ")) {
                    // "{ id: x, title: Tell an adult, straight away }": the comma ended the title
                    hint += " (inside { } a comma ends a value: put text with commas in quotes)";
                }
                error(DiagnosticCode.UNKNOWN_FIELD, at.append(key), "unknown field '" + key + "'" + hint);
            }
        }
        return mn.entries();
    }

    private boolean checkId(Map<String, Node> m, JsonPointer at, String kind) {
        return checkItem(m, at, kind, false);
    }

    /** Checks an item's id (and title): reports problems; {@return whether the id is usable} */
    private boolean checkItem(Map<String, Node> m, JsonPointer at, String kind, boolean titled) {
        Node idNode = present(m, "id");
        if (idNode == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("id"), "this " + kind + " needs an 'id'");
            return false;
        }
        String id = idNode instanceof Node.ScalarNode sn && (sn.kind() == Node.Kind.STRING || sn.plain()) ? sn.text()
                : stringValue(idNode, at.append("id"));
        if (id == null) {
            return false;
        }
        String title = null;
        if (titled) {
            Node tn = present(m, "title");
            title = tn instanceof Node.ScalarNode s && (s.kind() == Node.Kind.STRING || s.plain()) ? s.text() : null;
        }
        int before = out.size();
        validate(titled ? new Fields.Item(id, title) : new Fields.Id(id), at);
        if (titled && title == null) {
            // an absent title is reported as missing-field by the binding below, not as blank
            out.subList(before, out.size()).removeIf(d -> d.path().equals(at.append("title")));
        }
        for (int i = before; i < out.size(); i++) {
            if (out.get(i).path().equals(at.append("id"))) {
                out.set(i, Diagnostic.error(DiagnosticCode.INVALID_VALUE, at.append("id"), kind + " id '" + id + "' "
                        + Fields.ID_MESSAGE));
                return false;
            }
        }
        return true;
    }

    private void validate(Object bean, JsonPointer at) {
        for (Diagnostic d : FieldValidation.validate(bean, at)) {
            if (out.stream().noneMatch(o -> o.path().equals(d.path()))) {
                out.add(d);
            }
        }
    }

    private static Node present(Map<String, Node> m, String key) {
        Node n = m.get(key);
        return n == null || isNull(n) ? null : n;
    }

    private static boolean isNull(Node n) {
        return n instanceof Node.ScalarNode s && s.kind() == Node.Kind.NULL;
    }

    private static String str(Node n) {
        return n instanceof Node.ScalarNode s ? s.text() : null;
    }

    private String text(Map<String, Node> m, JsonPointer at, String key, boolean required) {
        Node n = present(m, key);
        if (n == null) {
            if (required) {
                error(DiagnosticCode.MISSING_FIELD, at.append(key), "the field '" + key + "' is required here");
            }
            return null;
        }
        if (n instanceof Node.ScalarNode sn && (sn.kind() == Node.Kind.STRING || sn.plain())) {
            return sn.text(); // the usual case, without building the field's pointer
        }
        return stringValue(n, at.append(key));
    }

    private String stringValue(Node n, JsonPointer at) {
        if (n instanceof Node.ScalarNode s && (s.kind() == Node.Kind.STRING || s.plain())) {
            return s.text();
        }
        wrongType(n, at, "a string");
        return null;
    }

    private String stringItem(Node n, JsonPointer at) {
        return stringValue(n, at);
    }

    private String idText(Map<String, Node> m, JsonPointer at, String key, boolean required, String kind) {
        String id = text(m, at, key, required);
        if (id != null && !Ids.isValid(id)) {
            error(DiagnosticCode.INVALID_VALUE, at.append(key), kind + " id '" + id + "' " + Fields.ID_MESSAGE);
            return null;
        }
        return id;
    }

    private String idItem(Node n, JsonPointer at, String kind) {
        String id = stringValue(n, at);
        if (id != null && !Ids.isValid(id)) {
            error(DiagnosticCode.INVALID_VALUE, at, kind + " id '" + id + "' " + Fields.ID_MESSAGE);
            return null;
        }
        return id;
    }

    private <E> E enumValue(Map<String, Node> m, JsonPointer at, String key, boolean required,
            Function<String, E> parse, String allowed) {
        String text = text(m, at, key, required);
        if (text == null) {
            if (required && present(m, key) == null) {
                // make the missing-field message list the choices
                Diagnostic last = out.get(out.size() - 1);
                out.set(out.size() - 1, Diagnostic.error(last.code(), last.path(), "the field '" + key
                        + "' is required here (one of: " + allowed + ")"));
            }
            return null;
        }
        E value = parse.apply(text);
        if (value == null) {
            String hint = Suggestions.closest(text, Arrays.asList(allowed.split(",\\s*")))
                    .map(s -> "; did you mean '" + s + "'?").orElse("");
            error(DiagnosticCode.INVALID_VALUE, at.append(key), "'" + text + "' is not a valid " + key + " (one of: "
                    + allowed + ")" + hint);
        }
        return value;
    }

    private static <E> String allowed(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }

    private Double number(Map<String, Node> m, JsonPointer at, String key, boolean required) {
        Node n = present(m, key);
        if (n == null) {
            if (required) {
                error(DiagnosticCode.MISSING_FIELD, at.append(key), "the field '" + key + "' is required here");
            }
            return null;
        }
        return numberValue(n, at.append(key));
    }

    private Double numberValue(Node n, JsonPointer at) {
        if (n instanceof Node.ScalarNode s && (s.kind() == Node.Kind.INTEGER || s.kind() == Node.Kind.DECIMAL)) {
            double d = s.number().doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
            error(DiagnosticCode.INVALID_VALUE, at, "'" + at.tokens().get(at.tokens().size() - 1)
                    + "' must be a finite number, not " + s.text());
            return null;
        }
        wrongType(n, at, "a number");
        return null;
    }

    private Integer integer(Map<String, Node> m, JsonPointer at, String key, boolean required) {
        Node n = present(m, key);
        if (n == null) {
            if (required) {
                error(DiagnosticCode.MISSING_FIELD, at.append(key), "the field '" + key + "' is required here");
            }
            return null;
        }
        if (n instanceof Node.ScalarNode s && s.kind() == Node.Kind.INTEGER) {
            BigInteger v = (BigInteger) s.number();
            if (v.bitLength() < 32) {
                return v.intValue();
            }
            error(DiagnosticCode.INVALID_VALUE, at.append(key), "'" + key + "' " + s.text() + " is too large");
            return null;
        }
        wrongType(n, at.append(key), "a whole number");
        return null;
    }

    private Period period(Map<String, Node> m, JsonPointer at, String key, boolean required) {
        String text = text(m, at, key, required);
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (DateTimeParseException e) {
            error(DiagnosticCode.INVALID_VALUE, at.append(key), "'" + text + "' is not an ISO-8601 period "
                    + "(for example P2Y, P6M, P1Y6M, P30D)");
            return null;
        }
    }

    private void wrongType(Node n, JsonPointer at, String expected) {
        String name = at.isRoot() ? "the document" : "'" + at.tokens().get(at.tokens().size() - 1) + "'";
        error(DiagnosticCode.INVALID_VALUE, at, name + " must be " + expected + ", not " + n.typeName()
                + (n instanceof Node.ScalarNode ? " (" + display(n) + ")" : ""));
    }

    private static String display(Node n) {
        if (n instanceof Node.ScalarNode s) {
            String t = s.text().length() > 40 ? s.text().substring(0, 40) + "..." : s.text();
            return s.kind() == Node.Kind.STRING ? "'" + t + "'" : t;
        }
        return n.typeName();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void error(DiagnosticCode code, JsonPointer at, String message) {
        out.add(Diagnostic.error(code, at, message));
    }

    /** {@return a number as the canonical writer prints it} @param value a number */
    static String number(Object value) {
        if (value instanceof Double d) {
            return NumberFormat.format(d);
        }
        if (value instanceof BigDecimal bd) {
            return bd.toPlainString();
        }
        return String.valueOf(value);
    }
}
