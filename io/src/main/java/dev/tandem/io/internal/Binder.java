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
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.SignalId;
import dev.tandem.escalation.SignalValue;
import dev.tandem.internal.EnumIds;
import dev.tandem.internal.Ids;
import dev.tandem.training.Delivery;
import dev.tandem.training.ModuleId;
import dev.tandem.training.Target;
import dev.tandem.training.TrainingModule;
import java.math.BigInteger;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a parsed {@link DocumentNode} tree to a {@link Curriculum.Builder}, reporting every structural problem
 * (missing and unknown fields, wrong types, bad values, bad ids) as a diagnostic at its JSON Pointer.
 *
 * <p>This class binds the document's sections from the root down to certification; the escalation section is
 * bound by an {@link EscalationBinder}, the typed reads of fields come from {@link FieldReader}, and a
 * {@link PathMapping} translates the paths of the core validator's diagnostics back to document paths when
 * items had to be skipped. Not thread-safe: one instance per document.
 */
public final class Binder extends FieldReader {

    /** The document keys in canonical order (FORMAT section 2). */
    public static final List<String> ROOT_KEYS = List.of("tandem", "id", "version", "title", "description",
            "setting", "language", "attainment", "case", "scales", "domains", "competencies", "modules", "assessments",
            "certification", "escalation");
    static final List<String> SCALE_KEYS = List.of("id", "levels");
    static final List<String> DOMAIN_KEYS = List.of("id", "title", "case");
    static final List<String> COMPETENCY_KEYS = List.of("id", "title", "description", "domain", "parent", "scale",
            "indicators", "relations", "case", "attainment", "rollup");
    static final List<String> RELATION_KEYS = List.of("type", "target");
    static final List<String> MODULE_KEYS = List.of("id", "title", "hours", "delivery", "requires", "targets");
    static final List<String> LEVEL_KEYS = List.of("competency", "level");
    static final List<String> ASSESSMENT_KEYS = List.of("id", "title", "module", "kind", "max-score", "pass-score",
            "max-attempts", "valid-for", "measures", "bands", "vignettes");
    static final List<String> BAND_KEYS = List.of("min", "level");
    static final List<String> VIGNETTE_KEYS = List.of("id", "prompt", "signals");
    static final List<String> CERTIFICATION_KEYS = List.of("title", "modules", "competencies", "practice",
            "renewal");
    static final List<String> PRACTICE_KEYS = List.of("hours", "within");

    /**
     * One id object per distinct id of the document, shared by the item and every reference to it: the
     * validator's lookups then find a reference's item by identity, without comparing the texts.
     */
    private final Map<String, CompetencyId> competencyIds = new HashMap<>();
    private final Map<String, ModuleId> moduleIds = new HashMap<>();
    private final Map<String, DomainId> domainIds = new HashMap<>();
    private final EscalationBinder escalation = new EscalationBinder(out, paths);
    private final CaseBinder cases = new CaseBinder(out, paths);
    private final LifecycleBinder lifecycle = new LifecycleBinder(out, paths);
    private boolean versionOk = true;

    /** Creates a binder for one document. */
    public Binder() {
        super(new ArrayList<>(), new PathMapping());
    }

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
        return paths.documentPath(built);
    }

    /**
     * {@return whether a core diagnostic at this (document) path repeats or follows from a problem the binder
     * already reported} @param path the document path
     *
     * @param path the path
     */
    public boolean covered(JsonPointer path) {
        return paths.covered(path, out);
    }


    /**
     * Binds the document.
     *
     * @param root the root node
     * @return the builder holding what could be bound, or null when the document is not a curriculum of a
     *         supported version
     */
    public Curriculum.Builder bind(DocumentNode root) {
        JsonPointer at = JsonPointer.root();
        Map<String, DocumentNode> m = mapping(root, at, ROOT_KEYS);
        if (m == null) {
            return null;
        }
        DocumentNode tandem = m.get("tandem");
        if (tandem == null || isNull(tandem)) {
            error(DiagnosticCode.MISSING_FIELD, at.append("tandem"), "the document needs 'tandem: 1' (the format "
                    + "version) as its first line");
        } else if (!(tandem instanceof DocumentNode.ScalarNode s && s.kind() == DocumentNode.Kind.INTEGER
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
        b.attainment(lifecycle.attainment(m, at, "attainment"));
        b.caseDocument(cases.document(present(m, "case"), at.append("case")));
        items(m, at, "scales", true, this::scale).forEach(b::scale);
        items(m, at, "domains", false, this::domain).forEach(b::domain);
        items(m, at, "competencies", true, this::competency).forEach(b::competency);
        items(m, at, "modules", true, this::module).forEach(b::module);
        items(m, at, "assessments", false, this::assessment).forEach(b::assessment);
        DocumentNode cert = present(m, "certification");
        if (cert != null) {
            b.certification(certification(cert, at.append("certification")));
        }
        DocumentNode esc = present(m, "escalation");
        if (esc != null) {
            b.escalation(escalation.bind(esc, at.append("escalation")));
        }
        return b;
    }

    // ---------------------------------------------------------------- items

    private CompetencyId competencyId(String id) {
        return competencyIds.computeIfAbsent(id, CompetencyId::of);
    }

    private ModuleId moduleId(String id) {
        return moduleIds.computeIfAbsent(id, ModuleId::of);
    }

    private DomainId domainId(String id) {
        return domainIds.computeIfAbsent(id, DomainId::of);
    }

    private Scale scale(DocumentNode n, JsonPointer at, JsonPointer built) {
        Map<String, DocumentNode> m = mapping(n, at, SCALE_KEYS);
        if (m == null || !checkId(m, at, "scale")) {
            return null;
        }
        List<String> levels = new ArrayList<>();
        DocumentNode ln = present(m, "levels");
        if (ln == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("levels"), "scale '" + str(m.get("id"))
                    + "' needs its 'levels', ordered low to high");
        } else {
            levels = list(ln, at.append("levels"), built.append("levels"), (item, iat, ib) -> stringItem(item, iat));
        }
        return new Scale(ScaleId.of(str(m.get("id"))), levels);
    }

    private Domain domain(DocumentNode n, JsonPointer at, JsonPointer built) {
        Map<String, DocumentNode> m = mapping(n, at, DOMAIN_KEYS);
        if (m == null || !checkItem(m, at, "domain", true)) {
            return null;
        }
        return new Domain(domainId(str(m.get("id"))), orEmpty(text(m, at, "title", true)), caseItem(m, at));
    }

    private Competency competency(DocumentNode n, JsonPointer at, JsonPointer built) {
        Map<String, DocumentNode> m = mapping(n, at, COMPETENCY_KEYS);
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
            Map<String, DocumentNode> r = mapping(item, iat, RELATION_KEYS);
            if (r == null) {
                return null;
            }
            RelationType type = enumValue(r, iat, "type", true, id -> RelationType.fromId(id).orElse(null),
                    EnumIds.allowed(RelationType.values(), RelationType::id));
            String target = idText(r, iat, "target", true, "competency");
            return type == null || target == null ? null : new Relation(type, competencyId(target));
        });
        return new Competency(competencyId(str(m.get("id"))), title, description,
                domain == null ? null : domainId(domain), parent == null ? null : competencyId(parent),
                scale == null ? null : ScaleId.of(scale), indicators, relations,
                caseItem(m, at), lifecycle.attainment(m, at, "attainment"),
                lifecycle.rollup(m, at));
    }

    /** {@return the item's case block, or null}: most items have none, and then no pointer is made */
    private dev.tandem.competency.CaseItem caseItem(Map<String, DocumentNode> m, JsonPointer at) {
        DocumentNode n = present(m, "case");
        return n == null ? null : cases.item(n, at.append("case"));
    }

    private TrainingModule module(DocumentNode n, JsonPointer at, JsonPointer built) {
        Map<String, DocumentNode> m = mapping(n, at, MODULE_KEYS);
        if (m == null || !checkItem(m, at, "module", true)) {
            return null;
        }
        String title = orEmpty(text(m, at, "title", true));
        Double hours = number(m, at, "hours", false);
        validate(new Fields.ModuleNumbers(hours), at);
        Delivery delivery = enumValue(m, at, "delivery", false, id -> Delivery.fromId(id).orElse(null),
                Delivery.allowed());
        List<ModuleId> requires = optionalList(m, at, built, "requires", (item, iat, ib) -> {
            String id = idItem(item, iat, "module");
            return id == null ? null : moduleId(id);
        });
        List<Target> targets = optionalList(m, at, built, "targets", (item, iat, ib) -> {
            LevelRequirement r = levelRequirement(item, iat, true);
            return r == null ? null : new Target(r.competency(), r.level());
        });
        return new TrainingModule(moduleId(str(m.get("id"))), title, hours, delivery, requires, targets);
    }

    private Assessment assessment(DocumentNode n, JsonPointer at, JsonPointer built) {
        Map<String, DocumentNode> m = mapping(n, at, ASSESSMENT_KEYS);
        if (m == null || !checkItem(m, at, "assessment", true)) {
            return null;
        }
        String title = orEmpty(text(m, at, "title", true));
        String module = idText(m, at, "module", false, "module");
        AssessmentKind kind = enumValue(m, at, "kind", true, id -> AssessmentKind.fromId(id).orElse(null),
                AssessmentKind.allowed());
        if (kind == null) {
            // the kind decides which fields belong: the core's checks of them would only guess
            paths.suppress(at);
            kind = AssessmentKind.QUIZ;
        }
        Double maxScore = number(m, at, "max-score", false);
        Double passScore = number(m, at, "pass-score", true);
        Integer maxAttempts = integer(m, at, "max-attempts", false);
        validate(new Fields.AssessmentNumbers(maxScore, passScore, maxAttempts), at);
        Period validFor = period(m, at, "valid-for", false);
        List<Measure> measures = List.of();
        DocumentNode mn = present(m, "measures");
        if (mn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("measures"), "assessment '" + str(m.get("id"))
                    + "' needs 'measures': the competencies it assesses");
        } else {
            measures = list(mn, at.append("measures"), built.append("measures"), (item, iat, ib) -> {
                Map<String, DocumentNode> r = mapping(item, iat, LEVEL_KEYS);
                if (r == null) {
                    return null;
                }
                String competency = idText(r, iat, "competency", true, "competency");
                String level = text(r, iat, "level", false);
                return competency == null ? null : new Measure(competencyId(competency), level);
            });
        }
        List<Band> bands = optionalList(m, at, built, "bands", (item, iat, ib) -> {
            Map<String, DocumentNode> r = mapping(item, iat, BAND_KEYS);
            if (r == null) {
                return null;
            }
            Double min = number(r, iat, "min", true);
            validate(new Fields.BandNumbers(min), iat);
            String level = text(r, iat, "level", true);
            return min == null || level == null ? null : new Band(min, level);
        });
        List<Vignette> vignettes = optionalList(m, at, built, "vignettes", this::vignette);
        return new Assessment(AssessmentId.of(str(m.get("id"))), title, module == null ? null : moduleId(module),
                kind, maxScore, passScore == null ? 0 : passScore, maxAttempts, validFor, measures, bands, vignettes);
    }

    private Vignette vignette(DocumentNode n, JsonPointer at, JsonPointer built) {
        Map<String, DocumentNode> m = mapping(n, at, VIGNETTE_KEYS);
        if (m == null || !checkId(m, at, "vignette")) {
            return null;
        }
        String prompt = orEmpty(text(m, at, "prompt", true));
        Map<dev.tandem.escalation.SignalId, SignalValue> values = new LinkedHashMap<>();
        DocumentNode sn = present(m, "signals");
        if (sn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("signals"), "vignette '" + str(m.get("id"))
                    + "' needs its 'signals'");
        } else if (sn instanceof DocumentNode.MapNode sm) {
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


    // ---------------------------------------------------------------- certification

    private Certification certification(DocumentNode n, JsonPointer at) {
        Map<String, DocumentNode> m = mapping(n, at, CERTIFICATION_KEYS);
        if (m == null) {
            paths.suppress(at);
            return new Certification("", ModuleSelection.allModules(), List.of(), null);
        }
        String title = orEmpty(text(m, at, "title", true));
        ModuleSelection modules = ModuleSelection.allModules();
        DocumentNode mn = present(m, "modules");
        if (mn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("modules"), "the certification needs 'modules': 'all' "
                    + "or a list of module ids");
        } else if (mn instanceof DocumentNode.ScalarNode s && s.kind() == DocumentNode.Kind.STRING && s.text().equals("all")) {
            modules = ModuleSelection.allModules();
        } else if (mn instanceof DocumentNode.ListNode) {
            modules = ModuleSelection.of(list(mn, at.append("modules"), at.append("modules"), (item, iat, ib) -> {
                String id = idItem(item, iat, "module");
                return id == null ? null : moduleId(id);
            }));
        } else {
            wrongType(mn, at.append("modules"), "'all' or a list of module ids");
        }
        List<LevelRequirement> competencies = List.of();
        DocumentNode cn = present(m, "competencies");
        if (cn == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("competencies"), "the certification needs 'competencies':"
                    + " the levels it requires (an empty list when it requires none)");
        } else {
            competencies = list(cn, at.append("competencies"), at.append("competencies"),
                    (item, iat, ib) -> levelRequirement(item, iat, true));
        }
        PracticeRequirement practice = null;
        DocumentNode pn = present(m, "practice");
        if (pn != null) {
            JsonPointer pat = at.append("practice");
            Map<String, DocumentNode> p = mapping(pn, pat, PRACTICE_KEYS);
            if (p != null) {
                Double hours = number(p, pat, "hours", true);
                validate(new Fields.PracticeNumbers(hours), pat);
                Period within = period(p, pat, "within", false);
                practice = new PracticeRequirement(hours == null ? 1 : hours, within);
            }
        }
        DocumentNode rn = present(m, "renewal");
        return new Certification(title, modules, competencies, practice,
                rn == null ? null : lifecycle.renewal(rn, at.append("renewal")));
    }

    private LevelRequirement levelRequirement(DocumentNode item, JsonPointer at, boolean levelRequired) {
        Map<String, DocumentNode> r = mapping(item, at, LEVEL_KEYS);
        if (r == null) {
            return null;
        }
        String competency = idText(r, at, "competency", true, "competency");
        String level = text(r, at, "level", levelRequired);
        return competency == null || level == null ? null : new LevelRequirement(competencyId(competency), level);
    }
}
