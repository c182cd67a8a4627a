package dev.tandem.curriculum;

import dev.tandem.internal.Ids;
import dev.tandem.internal.Suggestions;
import dev.tandem.training.ModuleId;
import dev.tandem.training.Target;
import dev.tandem.training.TrainingModule;

import static dev.tandem.diagnostic.DiagnosticCode.DUPLICATE_ID;
import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.MISSING_FIELD;
import static dev.tandem.diagnostic.DiagnosticCode.PARENT_CYCLE;
import static dev.tandem.diagnostic.DiagnosticCode.PREREQUISITE_CYCLE;
import static dev.tandem.diagnostic.DiagnosticCode.SCALE_MISMATCH;
import static dev.tandem.diagnostic.DiagnosticCode.UNATTAINABLE_REQUIREMENT;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;
import static dev.tandem.diagnostic.DiagnosticCode.UNMEASURED_COMPETENCY;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Band;
import dev.tandem.assessment.Measure;
import dev.tandem.assessment.Vignette;
import dev.tandem.certification.Certification;
import dev.tandem.certification.LevelRequirement;
import dev.tandem.certification.PracticeRequirement;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Domain;
import dev.tandem.competency.Relation;
import dev.tandem.competency.Scale;
import dev.tandem.competency.ScaleId;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.PolicyAnalyzer;
import dev.tandem.escalation.Requirement;
import dev.tandem.escalation.RequirementCheck;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.SignalId;
import dev.tandem.escalation.Tier;
import dev.tandem.escalation.TierId;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The semantic validator: every rule of FORMAT sections 1-7 that is not a matter of syntax, reported as
 * diagnostics in document order. Works on a possibly invalid, unchecked curriculum.
 */
final class CurriculumValidator {

    private static final JsonPointer ROOT = JsonPointer.root();
    private static final long SUGGESTION_BUDGET = 250_000;
    /** The top-level fields in the order FORMAT section 2 lists them. */
    private static final List<String> SECTIONS = List.of("tandem", "id", "version", "title", "description", "setting",
            "language", "attainment", "scales", "domains", "competencies", "modules", "assessments", "certification",
            "escalation");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final Curriculum c;
    private final List<Diagnostic> out = new ArrayList<>();
    /** How many more candidate names "did you mean?" suggestions may compare, in total. */
    private long suggestionBudget = SUGGESTION_BUDGET;
    /** The module and competency ids in document order, the candidates of suggestions, built once. */
    private List<String> moduleIds;
    private List<String> competencyIds;

    CurriculumValidator(Curriculum curriculum) {
        this.c = curriculum;
    }

    List<Diagnostic> validate() {
        header();
        scales();
        domains();
        competencies();
        modules();
        assessments();
        certification();
        escalation();
        unmeasured();
        // checks that look across items (cycles, roll-ups, lints) run after the items themselves; a stable sort
        // by document part and item index puts every diagnostic back at its item, in document order
        List<Diagnostic> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> sectionRank(d.path()))
                .thenComparingInt(d -> itemIndex(d.path())));
        return List.copyOf(sorted);
    }

    private static int sectionRank(JsonPointer path) {
        return path.isRoot() ? -1 : SECTIONS.indexOf(path.tokens().get(0));
    }

    /** The index of the item of a top-level list the path lies in, or -1 (the list itself, or not a list). */
    private static int itemIndex(JsonPointer path) {
        if (path.tokens().size() < 2) {
            return -1;
        }
        String token = path.tokens().get(1);
        return token.chars().allMatch(Character::isDigit) && !token.isEmpty() && token.length() < 10
                ? Integer.parseInt(token) : -1;
    }

    // ---------------------------------------------------------------- header

    private void header() {
        if (c.id() == null) {
            missing(ROOT.append("id"), "the curriculum needs an 'id'");
        } else if (!Ids.isValid(c.id())) {
            badId(ROOT.append("id"), "curriculum", c.id());
        }
        requiredText(ROOT.append("version"), c.version(), "the curriculum needs a 'version'", "the curriculum's version");
        requiredText(ROOT.append("title"), c.title(), "the curriculum needs a 'title'", "the curriculum's title");
        if (c.rawDescription() != null && c.rawDescription().isBlank()) {
            error(INVALID_VALUE, ROOT.append("description"), "the curriculum's description is blank; leave it out"
                    + " instead");
        }
        if (c.setting() == null) {
            missing(ROOT.append("setting"), "the curriculum needs a 'setting' (one of: " + Setting.allowed() + ")");
        }
        if (!LANGUAGE.matcher(c.language()).matches()) {
            error(INVALID_VALUE, ROOT.append("language"),
                    "'" + c.language() + "' is not a BCP-47 language tag (for example en, fr-CA)");
        }
    }

    // ---------------------------------------------------------------- scales and domains

    private void scales() {
        if (c.scales().isEmpty()) {
            missing(ROOT.append("scales"), "the curriculum needs at least one scale");
        }
        duplicates(c.scales(), Scale::id, "scales", "scale");
        for (int i = 0; i < c.scales().size(); i++) {
            Scale s = c.scales().get(i);
            JsonPointer at = ROOT.append("scales").append(i).append("levels");
            if (s.levels().size() < 2) {
                error(INVALID_VALUE, at, "scale '" + s.id() + "' needs at least 2 levels, ordered low to high; it has "
                        + s.levels().size());
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < s.levels().size(); j++) {
                String level = s.levels().get(j);
                if (!Ids.isValid(level)) {
                    badId(at.append(j), "level", level);
                } else if (!seen.add(level)) {
                    error(DUPLICATE_ID, at.append(j), "level '" + level + "' appears twice in scale '" + s.id() + "'");
                }
            }
        }
    }

    private void domains() {
        duplicates(c.domains(), Domain::id, "domains", "domain");
        for (int i = 0; i < c.domains().size(); i++) {
            notBlank(ROOT.append("domains").append(i).append("title"), c.domains().get(i).title(),
                    "the title of domain '" + c.domains().get(i).id() + "'");
        }
    }

    // ---------------------------------------------------------------- competencies

    private void competencies() {
        if (c.competencies().isEmpty()) {
            missing(ROOT.append("competencies"), "the curriculum needs at least one competency");
        }
        duplicates(c.competencies(), Competency::id, "competencies", "competency");
        for (int i = 0; i < c.competencies().size(); i++) {
            Competency comp = c.competencies().get(i);
            JsonPointer at = ROOT.append("competencies").append(i);
            notBlank(at.append("title"), comp.title(), "the title of competency '" + comp.id() + "'");
            if (comp.description() != null && comp.description().isBlank()) {
                error(INVALID_VALUE, at.append("description"), "the description of competency '" + comp.id()
                        + "' is blank; leave it out instead");
            }
            if (comp.domain() != null && c.domain(comp.domain()).isEmpty()) {
                error(UNKNOWN_REFERENCE, at.append("domain"), "competency '" + comp.id() + "' names domain '"
                        + comp.domain() + "', which is not defined" + suggestion(comp.domain().value(),
                        c.domains().stream().map(d -> d.id().value()).toList()));
            }
            if (comp.parent() != null && c.competency(comp.parent()).isEmpty()) {
                error(UNKNOWN_REFERENCE, at.append("parent"), "competency '" + comp.id() + "' names parent '"
                        + comp.parent() + "', which is not a competency" + competencySuggestion(comp.parent()));
            }
            if (comp.scale() != null && c.scale(comp.scale()).isEmpty()) {
                error(UNKNOWN_REFERENCE, at.append("scale"), "competency '" + comp.id() + "' names scale '"
                        + comp.scale() + "', which is not defined (scales: " + scaleIds() + ")"
                        + suggestion(comp.scale().value(), c.scales().stream().map(s -> s.id().value()).toList()));
            } else if (comp.scale() == null && c.scales().size() > 1) {
                missing(at.append("scale"), "competency '" + comp.id() + "' needs a 'scale': the curriculum has "
                        + c.scales().size() + " scales (" + scaleIds() + ")");
            }
            for (int j = 0; j < comp.indicators().size(); j++) {
                notBlank(at.append("indicators").append(j), comp.indicators().get(j),
                        "indicator " + (j + 1) + " of competency '" + comp.id() + "'");
            }
            for (int j = 0; j < comp.relations().size(); j++) {
                Relation r = comp.relations().get(j);
                JsonPointer rat = at.append("relations").append(j).append("target");
                if (c.competency(r.target()).isEmpty()) {
                    error(UNKNOWN_REFERENCE, rat, "competency '" + comp.id() + "' relates to '" + r.target()
                            + "', which is not a competency" + competencySuggestion(r.target()));
                } else if (r.target().equals(comp.id())) {
                    error(INVALID_VALUE, rat, "competency '" + comp.id() + "' cannot relate to itself");
                }
            }
        }
        parentCycles();
        scaleMismatches();
    }

    private void parentCycles() {
        Map<CompetencyId, Integer> index = indexOf(c.competencies(), Competency::id);
        Map<Integer, List<Integer>> edges = new LinkedHashMap<>();
        for (int i = 0; i < c.competencies().size(); i++) {
            CompetencyId parent = c.competencies().get(i).parent();
            Integer p = parent == null ? null : index.get(parent);
            edges.put(i, p == null ? List.of() : List.of(p));
        }
        for (List<Integer> cycle : cycles(edges)) {
            int last = cycle.stream().max(Integer::compare).orElseThrow();
            String names = names(ring(cycle, last, edges), i -> c.competencies().get(i).id().value());
            error(PARENT_CYCLE, ROOT.append("competencies").append(last).append("parent"),
                    "competency parents form a cycle: " + names);
        }
    }

    private void scaleMismatches() {
        for (int i = 0; i < c.competencies().size(); i++) {
            Competency comp = c.competencies().get(i);
            if (comp.parent() == null) {
                continue;
            }
            Competency parent = c.competency(comp.parent()).orElse(null);
            if (parent == null) {
                continue;
            }
            Scale mine = c.resolveScale(comp);
            Scale theirs = c.resolveScale(parent);
            if (mine != null && theirs != null && !mine.id().equals(theirs.id())) {
                JsonPointer at = ROOT.append("competencies").append(i).append(comp.scale() != null ? "scale" : "parent");
                error(SCALE_MISMATCH, at, "competency '" + comp.id() + "' uses scale '" + mine.id()
                        + "' but its parent '" + parent.id() + "' uses '" + theirs.id()
                        + "'; a child must use its parent's scale");
            }
        }
    }

    // ---------------------------------------------------------------- modules

    private void modules() {
        if (c.modules().isEmpty()) {
            missing(ROOT.append("modules"), "the curriculum needs at least one module");
        }
        duplicates(c.modules(), TrainingModule::id, "modules", "module");
        for (int i = 0; i < c.modules().size(); i++) {
            TrainingModule m = c.modules().get(i);
            JsonPointer at = ROOT.append("modules").append(i);
            notBlank(at.append("title"), m.title(), "the title of module '" + m.id() + "'");
            if (m.hours() != null && !(m.hours() > 0) || m.hours() != null && m.hours().isInfinite()) {
                error(INVALID_VALUE, at.append("hours"), "module '" + m.id() + "' has hours " + number(m.hours())
                        + "; hours must be a number above 0");
            }
            for (int j = 0; j < m.requires().size(); j++) {
                ModuleId req = m.requires().get(j);
                if (c.module(req).isEmpty()) {
                    error(UNKNOWN_REFERENCE, at.append("requires").append(j), "module '" + m.id() + "' requires '" + req
                            + "', which is not a module" + moduleSuggestion(req));
                }
            }
            for (int j = 0; j < m.targets().size(); j++) {
                Target t = m.targets().get(j);
                JsonPointer tat = at.append("targets").append(j);
                levelOf(tat, t.competency(), t.level());
            }
        }
        prerequisiteCycles();
    }

    private void prerequisiteCycles() {
        Map<ModuleId, Integer> index = indexOf(c.modules(), TrainingModule::id);
        Map<Integer, List<Integer>> edges = new LinkedHashMap<>();
        for (int i = 0; i < c.modules().size(); i++) {
            List<Integer> targets = new ArrayList<>();
            for (ModuleId req : c.modules().get(i).requires()) {
                Integer j = index.get(req);
                if (j != null) {
                    targets.add(j);
                }
            }
            edges.put(i, targets);
        }
        for (List<Integer> cycle : cycles(edges)) {
            int last = cycle.stream().max(Integer::compare).orElseThrow();
            List<Integer> ring = ring(cycle, last, edges);
            // point at the requirement that the message names first: the step from `last` to the next member
            ModuleId next = c.modules().get(ring.get(1)).id();
            int entry = c.modules().get(last).requires().indexOf(next);
            String names = names(ring, i -> c.modules().get(i).id().value());
            error(PREREQUISITE_CYCLE, ROOT.append("modules").append(last).append("requires").append(entry),
                    "module prerequisites form a cycle: " + names);
        }
    }

    // ---------------------------------------------------------------- assessments

    private void assessments() {
        duplicates(c.assessments(), Assessment::id, "assessments", "assessment");
        for (int i = 0; i < c.assessments().size(); i++) {
            assessment(c.assessments().get(i), ROOT.append("assessments").append(i));
        }
    }

    private void assessment(Assessment a, JsonPointer at) {
        notBlank(at.append("title"), a.title(), "the title of assessment '" + a.id() + "'");
        if (a.module() != null && c.module(a.module()).isEmpty()) {
            error(UNKNOWN_REFERENCE, at.append("module"), "assessment '" + a.id() + "' belongs to module '" + a.module()
                    + "', which is not a module" + moduleSuggestion(a.module()));
        }
        boolean scenario = a.kind() == AssessmentKind.SCENARIO;
        if (scenario) {
            if (a.maxScore() != null) {
                error(INVALID_VALUE, at.append("max-score"), "scenario assessment '" + a.id() + "' takes no max-score:"
                        + " its maximum is its number of vignettes");
            }
            if (a.vignettes().isEmpty()) {
                missing(at.append("vignettes"), "scenario assessment '" + a.id() + "' needs at least one vignette");
            }
            if (c.rawEscalation() == null) {
                missing(ROOT.append("escalation"), "scenario assessment '" + a.id()
                        + "' is graded against the escalation policy, but the curriculum has none");
            }
        } else {
            if (a.maxScore() == null) {
                missing(at.append("max-score"), "assessment '" + a.id() + "' needs a 'max-score'");
            } else if (!(a.maxScore() > 0) || a.maxScore().isInfinite()) {
                error(INVALID_VALUE, at.append("max-score"), "assessment '" + a.id() + "' has max-score "
                        + number(a.maxScore()) + "; it must be above 0");
            }
            if (!a.vignettes().isEmpty()) {
                error(INVALID_VALUE, at.append("vignettes"), "assessment '" + a.id() + "' is a " + a.kind().id()
                        + "; only scenario assessments have vignettes");
            }
        }
        double max = a.effectiveMaxScore();
        // a missing or invalid maximum (including a scenario without vignettes) is reported above; the pass-score
        // is not compared with it, so one mistake gives one diagnostic
        boolean knownMax = scenario ? !a.vignettes().isEmpty()
                : a.maxScore() != null && a.maxScore() > 0 && !a.maxScore().isInfinite();
        if (Double.isNaN(a.passScore()) || a.passScore() < 0 || knownMax && a.passScore() > max) {
            error(INVALID_VALUE, at.append("pass-score"), "assessment '" + a.id() + "' has pass-score "
                    + number(a.passScore()) + "; it must be from 0 to " + (scenario ? "its number of vignettes, " : "max-score, ")
                    + number(max));
        }
        if (a.maxAttempts() != null && a.maxAttempts() < 1) {
            error(INVALID_VALUE, at.append("max-attempts"), "assessment '" + a.id() + "' has max-attempts "
                    + a.maxAttempts() + "; it must be at least 1");
        }
        positivePeriod(at.append("valid-for"), a.validFor(), "the valid-for of assessment '" + a.id() + "'");
        measures(a, at);
        vignettes(a, at);
    }

    private void measures(Assessment a, JsonPointer at) {
        ScaleId shared = null;
        for (int j = 0; j < a.measures().size(); j++) {
            Measure m = a.measures().get(j);
            JsonPointer mat = at.append("measures").append(j);
            Competency comp = c.competency(m.competency()).orElse(null);
            if (comp == null) {
                error(UNKNOWN_REFERENCE, mat.append("competency"), "assessment '" + a.id() + "' measures '"
                        + m.competency() + "', which is not a competency" + competencySuggestion(m.competency()));
                continue;
            }
            if (a.hasBands()) {
                if (m.level() != null) {
                    error(INVALID_VALUE, mat.append("level"), "assessment '" + a.id() + "' awards by bands, so its "
                            + "measures carry no level; remove this level or the bands");
                }
                Scale s = c.resolveScale(comp);
                if (s != null && shared == null) {
                    shared = s.id();
                } else if (s != null && !s.id().equals(shared)) {
                    error(SCALE_MISMATCH, mat.append("competency"), "assessment '" + a.id() + "' awards by bands, so "
                            + "every measured competency must share one scale; '" + comp.id() + "' uses '" + s.id()
                            + "', the others '" + shared + "'");
                }
            } else if (m.level() == null) {
                missing(mat.append("level"), "assessment '" + a.id() + "' has no bands, so each measure needs the "
                        + "'level' a passing attempt awards");
            } else {
                levelOf(mat, m.competency(), m.level());
            }
        }
        bands(a, at, shared);
    }

    private void bands(Assessment a, JsonPointer at, ScaleId shared) {
        Scale scale = shared == null ? null : c.scale(shared).orElse(null);
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < a.bands().size(); k++) {
            Band b = a.bands().get(k);
            JsonPointer bat = at.append("bands").append(k);
            if (!(b.min() >= 0 && b.min() <= 1)) {
                error(INVALID_VALUE, bat.append("min"), "band min " + number(b.min())
                        + " is a score fraction and must be from 0 to 1");
            } else if (b.min() <= previous) {
                error(INVALID_VALUE, bat.append("min"), "band mins must increase strictly; " + number(b.min())
                        + " follows " + number(previous));
            }
            if (b.min() >= 0 && b.min() <= 1) {
                previous = Math.max(previous, b.min());
            }
            if (scale != null && !scale.hasLevel(b.level())) {
                error(INVALID_VALUE, bat.append("level"), "'" + b.level() + "' is not a level of scale '" + scale.id()
                        + "' (levels: " + String.join(", ", scale.levels()) + ")");
            }
        }
    }

    private void vignettes(Assessment a, JsonPointer at) {
        duplicatesWithin(a.vignettes(), Vignette::id, at.append("vignettes"), "vignette");
        Policy policy = c.rawEscalation();
        for (int k = 0; k < a.vignettes().size(); k++) {
            Vignette v = a.vignettes().get(k);
            JsonPointer vat = at.append("vignettes").append(k);
            notBlank(vat.append("prompt"), v.prompt(), "the prompt of vignette '" + v.id() + "'");
            if (policy == null) {
                continue;
            }
            policy.problems(v.signals()).forEach((signal, problem) -> {
                JsonPointer sat = vat.append("signals").append(signal.value());
                if (policy.signal(signal).isPresent()) {
                    error(INVALID_VALUE, sat, "vignette '" + v.id() + "': " + problem);
                } else {
                    error(UNKNOWN_REFERENCE, sat, "vignette '" + v.id() + "' gives signal '" + signal
                            + "', which is not a signal of the escalation policy" + signalSuggestion(policy, signal));
                }
            });
        }
    }

    // ---------------------------------------------------------------- certification

    private void certification() {
        Certification cert = c.rawCertification();
        if (cert == null) {
            return;
        }
        JsonPointer at = ROOT.append("certification");
        notBlank(at.append("title"), cert.title(), "the certification's title");
        for (int j = 0; j < cert.modules().listed().size(); j++) {
            ModuleId m = cert.modules().listed().get(j);
            if (c.module(m).isEmpty()) {
                error(UNKNOWN_REFERENCE, at.append("modules").append(j), "the certification requires module '" + m
                        + "', which is not a module" + moduleSuggestion(m));
            }
        }
        Map<CompetencyId, Integer> attainable = attainableRanks();
        for (int j = 0; j < cert.competencies().size(); j++) {
            LevelRequirement r = cert.competencies().get(j);
            JsonPointer rat = at.append("competencies").append(j);
            if (!levelOf(rat, r.competency(), r.level())) {
                continue;
            }
            Scale s = c.resolveScale(c.competency(r.competency()).orElseThrow());
            int best = attainable.getOrDefault(r.competency(), -1);
            if (best < s.rank(r.level())) {
                error(UNATTAINABLE_REQUIREMENT, rat, "the certification requires '" + r.competency() + "' at '"
                        + r.level() + "', but " + (best < 0 ? "no assessment or roll-up awards it any level"
                        : "the highest level any assessment or roll-up awards is '" + s.levels().get(best) + "'"));
            }
        }
        PracticeRequirement p = cert.practice();
        if (p != null) {
            if (!(p.hours() > 0) || Double.isInfinite(p.hours())) {
                error(INVALID_VALUE, at.append("practice").append("hours"), "practice hours " + number(p.hours())
                        + " must be a number above 0");
            }
            positivePeriod(at.append("practice").append("within"), p.within(), "the practice window 'within'");
        }
    }

    /** The highest rank each competency can reach, through assessments and roll-ups; absent = none. */
    private Map<CompetencyId, Integer> attainableRanks() {
        Map<CompetencyId, Integer> direct = new HashMap<>();
        for (Assessment a : c.assessments()) {
            for (Measure m : a.measures()) {
                Competency comp = c.competency(m.competency()).orElse(null);
                Scale s = comp == null ? null : c.resolveScale(comp);
                if (s == null) {
                    continue;
                }
                int rank = a.hasBands()
                        ? a.bands().stream().mapToInt(b -> s.rank(b.level())).max().orElse(-1)
                        : m.level() == null ? -1 : s.rank(m.level());
                direct.merge(m.competency(), rank, Math::max);
            }
        }
        // children before parents, without recursion: parent chains are flat in a document and may be long.
        // Members of a parent cycle never become ready and so attain nothing (the cycle is an error anyway).
        Map<CompetencyId, Integer> result = new HashMap<>();
        Map<CompetencyId, Integer> pending = new HashMap<>();
        Deque<CompetencyId> ready = new ArrayDeque<>();
        for (Competency comp : c.competencies()) {
            if (!pending.containsKey(comp.id())) {
                int children = (int) children(comp.id()).stream().map(Competency::id).distinct().count();
                pending.put(comp.id(), children);
                if (children == 0) {
                    ready.add(comp.id());
                }
            }
        }
        while (!ready.isEmpty()) {
            CompetencyId id = ready.poll();
            int best = direct.getOrDefault(id, -1);
            List<Competency> children = children(id);
            if (!children.isEmpty()) {
                int min = Integer.MAX_VALUE;
                for (Competency child : children) {
                    min = Math.min(min, result.getOrDefault(child.id(), -1));
                }
                best = Math.max(best, min);
            }
            result.put(id, best);
            CompetencyId parent = c.competency(id).map(Competency::parent).orElse(null);
            if (parent != null && pending.containsKey(parent) && pending.merge(parent, -1, Integer::sum) == 0) {
                ready.add(parent);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- escalation

    private void escalation() {
        Policy p = c.rawEscalation();
        if (p == null) {
            return;
        }
        JsonPointer at = ROOT.append("escalation");
        int before = out.size();
        if (p.tiers().isEmpty()) {
            missing(at.append("tiers"), "the escalation policy needs at least one tier");
        }
        duplicates(p.tiers(), Tier::id, "escalation/tiers", "tier");
        for (int i = 0; i < p.tiers().size(); i++) {
            notBlank(at.append("tiers").append(i).append("title"), p.tiers().get(i).title(),
                    "the title of tier '" + p.tiers().get(i).id() + "'");
        }
        if (p.rank(p.defaultTier()) < 0) {
            error(UNKNOWN_REFERENCE, at.append("default"), "the default tier '" + p.defaultTier()
                    + "' is not a tier (tiers: " + tierIds(p) + ")" + tierSuggestion(p, p.defaultTier()));
        }
        duplicates(p.signals(), Signal::id, "escalation/signals", "signal");
        for (int i = 0; i < p.signals().size(); i++) {
            if (p.signals().get(i) instanceof Signal.Scale s) {
                JsonPointer sat = at.append("signals").append(i);
                if (Double.isInfinite(s.min())) {
                    error(INVALID_VALUE, sat.append("min"), "scale signal '" + s.id() + "' needs a finite min");
                } else if (Double.isInfinite(s.max())) {
                    error(INVALID_VALUE, sat.append("max"), "scale signal '" + s.id() + "' needs a finite max");
                } else if (!(s.min() < s.max())) {
                    error(INVALID_VALUE, sat.append("max"), "scale signal '" + s.id() + "' has min " + number(s.min())
                            + " and max " + number(s.max()) + "; max must be above min");
                }
            }
        }
        duplicates(p.rules(), Rule::id, "escalation/rules", "rule");
        int thresholdErrors = 0;
        for (int i = 0; i < p.rules().size(); i++) {
            Rule r = p.rules().get(i);
            JsonPointer rat = at.append("rules").append(i);
            if (p.rank(r.tier()) < 0) {
                error(UNKNOWN_REFERENCE, rat.append("tier"), "rule '" + r.id() + "' decides tier '" + r.tier()
                        + "', which is not a tier (tiers: " + tierIds(p) + ")" + tierSuggestion(p, r.tier()));
            }
            for (int j = 0; j < r.actions().size(); j++) {
                notBlank(rat.append("actions").append(j), r.actions().get(j),
                        "action " + (j + 1) + " of rule '" + r.id() + "'");
            }
            thresholdErrors += condition(p, r.when(), rat.append("when"));
        }
        // thresholds outside a signal's range are errors, yet the analysis can still run (and, for example,
        // report the rule they make unreachable); any other error in the policy stops it
        long errors = out.subList(before, out.size()).stream().filter(Diagnostic::isError).count();
        if (errors == thresholdErrors) {
            out.addAll(PolicyAnalyzer.analyze(p, at));
        }
        requirements(p, at, errors == thresholdErrors);
    }

    private void boundTier(Policy p, Requirement r, TierId bound, JsonPointer at) {
        if (bound != null && p.rank(bound) < 0) {
            error(UNKNOWN_REFERENCE, at, "requirement '" + r.id() + "' names tier '" + bound + "', which is not a tier"
                    + " (tiers: " + tierIds(p) + ")" + tierSuggestion(p, bound));
        }
    }

    /** FORMAT section 14.1: checks the requirements' references, then whether the policy keeps them. */
    private void requirements(Policy p, JsonPointer at, boolean checkable) {
        duplicates(p.requirements(), Requirement::id, "escalation/requirements", "requirement");
        List<Requirement> sound = new ArrayList<>();
        List<JsonPointer> paths = new ArrayList<>();
        for (int i = 0; i < p.requirements().size(); i++) {
            Requirement r = p.requirements().get(i);
            JsonPointer rat = at.append("requirements").append(i);
            int before = out.size();
            if (r.atLeast() == null && r.atMost() == null) {
                missing(rat.append("at-least"), "requirement '" + r.id() + "' needs 'at-least' or 'at-most' (or both)");
            }
            boundTier(p, r, r.atLeast(), rat.append("at-least"));
            boundTier(p, r, r.atMost(), rat.append("at-most"));
            if (r.atLeast() != null && r.atMost() != null && p.rank(r.atLeast()) > p.rank(r.atMost())
                    && p.rank(r.atMost()) >= 0) {
                error(INVALID_VALUE, rat.append("at-most"), "requirement '" + r.id() + "' asks for at least '"
                        + r.atLeast() + "' but at most '" + r.atMost() + "', a lower tier: no tier can satisfy both");
            }
            int thresholds = condition(p, r.when(), rat.append("when"));
            long errors = out.subList(before, out.size()).stream().filter(Diagnostic::isError).count();
            if (errors == thresholds) {
                sound.add(r);
                paths.add(rat);
            }
        }
        if (!checkable || sound.isEmpty()) {
            return;
        }
        List<RequirementCheck.Outcome> outcomes = RequirementCheck.check(p.withRequirements(sound));
        for (int i = 0; i < outcomes.size(); i++) {
            Diagnostic d = RequirementCheck.diagnostic(outcomes.get(i), paths.get(i));
            if (d != null) {
                out.add(d);
            }
        }
    }

    /** Checks a condition tree; returns how many threshold-range errors it reported. */
    private int condition(Policy p, Condition cond, JsonPointer at) {
        if (cond instanceof Condition.Flag f) {
            Signal s = p.signal(f.signal()).orElse(null);
            if (s == null) {
                unknownSignal(p, f.signal(), at);
            } else if (s instanceof Signal.Scale) {
                error(INVALID_VALUE, at, "'" + f.signal() + "' is a scale signal; test it with at-least or at-most,"
                        + " not as a flag");
            }
            return 0;
        } else if (cond instanceof Condition.All all) {
            return list(p, all.conditions(), at.append("all"), "all");
        } else if (cond instanceof Condition.Any any) {
            return list(p, any.conditions(), at.append("any"), "any");
        } else if (cond instanceof Condition.Not not) {
            return condition(p, not.condition(), at.append("not"));
        } else if (cond instanceof Condition.AtLeast al) {
            return comparison(p, al.signal(), al.threshold(), at.append("at-least").append(al.signal().value()));
        } else if (cond instanceof Condition.AtMost am) {
            return comparison(p, am.signal(), am.threshold(), at.append("at-most").append(am.signal().value()));
        }
        Condition.Count count = (Condition.Count) cond;
        JsonPointer cat = at.append("count");
        if (count.min() < 0) {
            error(INVALID_VALUE, cat.append("min"), "count min " + count.min() + " must be 0 or more");
        }
        return list(p, count.conditions(), cat.append("of"), "count");
    }

    private int list(Policy p, List<Condition> conditions, JsonPointer at, String name) {
        if (conditions.isEmpty()) {
            error(INVALID_VALUE, at, "'" + name + "' needs at least one condition; it lists none");
        }
        int thresholds = 0;
        for (int i = 0; i < conditions.size(); i++) {
            thresholds += condition(p, conditions.get(i), at.append(i));
        }
        return thresholds;
    }

    private int comparison(Policy p, SignalId signal, double threshold, JsonPointer at) {
        Signal s = p.signal(signal).orElse(null);
        if (s == null) {
            unknownSignal(p, signal, at);
        } else if (s instanceof Signal.Flag) {
            error(INVALID_VALUE, at, "'" + signal + "' is a flag; at-least and at-most compare scale signals only");
        } else if (s instanceof Signal.Scale sc && (threshold < sc.min() || threshold > sc.max())) {
            error(INVALID_VALUE, at, "threshold " + number(threshold) + " is outside the range of '" + signal + "' ("
                    + number(sc.min()) + " to " + number(sc.max()) + ")");
            return 1;
        }
        return 0;
    }

    private void unknownSignal(Policy p, SignalId signal, JsonPointer at) {
        error(UNKNOWN_REFERENCE, at, "'" + signal + "' is not a signal of the escalation policy"
                + signalSuggestion(p, signal));
    }

    private String signalSuggestion(Policy p, SignalId signal) {
        String close = suggestion(signal.value(), p.signals().stream().map(s -> s.id().value()).toList());
        if (p.signals().isEmpty()) {
            return " (the policy defines no signals)";
        }
        return close.isEmpty()
                ? " (signals: " + p.signals().stream().map(s -> s.id().value()).collect(Collectors.joining(", ")) + ")"
                : close;
    }

    // ---------------------------------------------------------------- lints

    private void unmeasured() {
        Set<CompetencyId> measured = new HashSet<>();
        for (Assessment a : c.assessments()) {
            a.measures().forEach(m -> measured.add(m.competency()));
        }
        for (int i = 0; i < c.competencies().size(); i++) {
            Competency comp = c.competencies().get(i);
            if (!measured.contains(comp.id()) && children(comp.id()).isEmpty()) {
                warning(UNMEASURED_COMPETENCY, ROOT.append("competencies").append(i), "no assessment measures "
                        + "competency '" + comp.id() + "', so no learner can attain it");
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private List<Competency> children(CompetencyId id) {
        return c.children(id);
    }

    /** Checks that a competency exists and that the level is on its scale; true when both hold. */
    private boolean levelOf(JsonPointer at, CompetencyId competency, String level) {
        Competency comp = c.competency(competency).orElse(null);
        if (comp == null) {
            error(UNKNOWN_REFERENCE, at.append("competency"), "'" + competency + "' is not a competency"
                    + competencySuggestion(competency));
            return false;
        }
        Scale s = c.resolveScale(comp);
        if (s == null) {
            return false;
        }
        if (!s.hasLevel(level)) {
            error(INVALID_VALUE, at.append("level"), "'" + level + "' is not a level of scale '" + s.id() + "' used by '"
                    + competency + "' (levels: " + String.join(", ", s.levels()) + ")");
            return false;
        }
        return true;
    }

    private <T, K> void duplicates(List<T> items, Function<T, K> id, String listPath, String kind) {
        JsonPointer at = JsonPointer.root();
        for (String token : listPath.split("/")) {
            at = at.append(token);
        }
        duplicatesWithin(items, id, at, kind);
    }

    private <T, K> void duplicatesWithin(List<T> items, Function<T, K> id, JsonPointer at, String kind) {
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

    private <T, K> Map<K, Integer> indexOf(List<T> items, Function<T, K> id) {
        Map<K, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.putIfAbsent(id.apply(items.get(i)), i);
        }
        return index;
    }

    /** Strongly connected components that contain a cycle (size > 1, or a self-loop), in discovery order. */
    static List<List<Integer>> cycles(Map<Integer, List<Integer>> edges) {
        int n = edges.size();
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        List<List<Integer>> result = new ArrayList<>();
        int[] counter = {0};
        for (int v = 0; v < n; v++) {
            if (index[v] < 0) {
                strongConnect(v, edges, index, low, onStack, stack, counter, result);
            }
        }
        result.sort((a, b) -> Integer.compare(a.stream().min(Integer::compare).orElseThrow(),
                b.stream().min(Integer::compare).orElseThrow()));
        return result;
    }

    private static void strongConnect(int root, Map<Integer, List<Integer>> edges, int[] index, int[] low,
            boolean[] onStack, Deque<Integer> stack, int[] counter, List<List<Integer>> result) {
        // iterative Tarjan, so that long prerequisite chains cannot overflow the stack
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {root, 0});
        index[root] = low[root] = counter[0]++;
        stack.push(root);
        onStack[root] = true;
        while (!work.isEmpty()) {
            int[] frame = work.peek();
            int v = frame[0];
            List<Integer> next = edges.get(v);
            if (frame[1] < next.size()) {
                int w = next.get(frame[1]++);
                if (index[w] < 0) {
                    index[w] = low[w] = counter[0]++;
                    stack.push(w);
                    onStack[w] = true;
                    work.push(new int[] {w, 0});
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
                continue;
            }
            work.pop();
            if (!work.isEmpty()) {
                int parent = work.peek()[0];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] == index[v]) {
                List<Integer> component = new ArrayList<>();
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    component.add(w);
                } while (w != v);
                if (component.size() > 1 || edges.get(v).contains(v)) {
                    component.sort(Integer::compare);
                    result.add(component);
                }
            }
        }
    }

    /** {@return the names of a ring's members joined by arrows: "a -> b -> a"} */
    private static String names(List<Integer> ring, Function<Integer, String> name) {
        return ring.stream().map(name).collect(Collectors.joining(" -> "));
    }

    /**
     * The shortest cycle through {@code start} inside a strongly connected component, in edge order, starting
     * and ending at {@code start} (a self-loop gives {@code [start, start]}).
     */
    private static List<Integer> ring(List<Integer> cycle, int start, Map<Integer, List<Integer>> edges) {
        Set<Integer> members = new HashSet<>(cycle);
        // breadth-first search inside the component for the shortest way back to start
        Map<Integer, Integer> previous = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        Integer end = null;
        while (!queue.isEmpty() && end == null) {
            int v = queue.poll();
            for (int w : edges.get(v)) {
                if (!members.contains(w)) {
                    continue;
                }
                if (w == start) {
                    end = v;
                    break;
                }
                if (!previous.containsKey(w)) {
                    previous.put(w, v);
                    queue.add(w);
                }
            }
        }
        List<Integer> path = new ArrayList<>();
        for (Integer v = end; v != null && v != start; v = previous.get(v)) {
            path.add(0, v);
        }
        path.add(0, start);
        path.add(start);
        return path;
    }

    private String scaleIds() {
        return c.scales().stream().map(s -> s.id().value()).collect(Collectors.joining(", "));
    }

    private static String tierIds(Policy p) {
        return p.tiers().stream().map(t -> t.id().value()).collect(Collectors.joining(", "));
    }

    private String moduleSuggestion(ModuleId id) {
        if (moduleIds == null) {
            moduleIds = c.modules().stream().map(x -> x.id().value()).toList();
        }
        return suggestion(id.value(), moduleIds);
    }

    private String tierSuggestion(Policy p, TierId id) {
        return suggestion(id.value(), p.tiers().stream().map(t -> t.id().value()).toList());
    }

    private String competencySuggestion(CompetencyId id) {
        if (competencyIds == null) {
            competencyIds = c.competencies().stream().map(x -> x.id().value()).toList();
        }
        return suggestion(id.value(), competencyIds);
    }

    /**
     * {@return "; did you mean 'x'?" when a candidate is close to the text, else ""}. Each suggestion compares
     * the text with every candidate; a budget keeps a document full of unknown references from making
     * validation quadratic (past it, references are still reported, without suggestions).
     */
    private String suggestion(String text, List<String> candidates) {
        suggestionBudget -= candidates.size();
        if (suggestionBudget < 0) {
            return "";
        }
        return Suggestions.closest(text, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    private void positivePeriod(JsonPointer at, Period period, String what) {
        if (period != null && (period.isNegative() || period.isZero())) {
            error(INVALID_VALUE, at, what + " is " + period + "; it must be longer than zero, with no negative part");
        }
    }

    private void requiredText(JsonPointer at, String value, String missingMessage, String what) {
        if (value == null) {
            missing(at, missingMessage);
        } else {
            notBlank(at, value, what);
        }
    }

    /** Reports a blank text; {@code what} names it for the author, for example "the title of module 'm1'". */
    private void notBlank(JsonPointer at, String value, String what) {
        if (value != null && value.isBlank()) {
            error(INVALID_VALUE, at, what + " is blank; write some text");
        }
    }

    private void badId(JsonPointer at, String kind, String value) {
        error(INVALID_VALUE, at, "'" + value + "' is not a valid " + kind + " id: use lower-case letters, digits, "
                + "'.', '_' and '-', starting with a letter or digit, at most 64 characters");
    }

    static String number(Double value) {
        if (value == null) {
            return "null";
        }
        double v = value;
        return v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : Double.toString(v);
    }

    private void missing(JsonPointer at, String message) {
        error(MISSING_FIELD, at, message);
    }

    private void error(DiagnosticCode code, JsonPointer at, String message) {
        out.add(Diagnostic.error(code, at, message));
    }

    private void warning(DiagnosticCode code, JsonPointer at, String message) {
        out.add(Diagnostic.warning(code, at, message));
    }
}
