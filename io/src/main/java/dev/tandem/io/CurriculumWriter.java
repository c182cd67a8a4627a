package dev.tandem.io;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.Band;
import dev.tandem.assessment.Measure;
import dev.tandem.assessment.Vignette;
import dev.tandem.certification.Certification;
import dev.tandem.certification.LevelRequirement;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.Competency;
import dev.tandem.competency.Domain;
import dev.tandem.competency.Relation;
import dev.tandem.competency.Scale;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.Rule;
import dev.tandem.escalation.Signal;
import dev.tandem.escalation.SignalValue;
import dev.tandem.escalation.Tier;
import dev.tandem.io.internal.Emitter;
import dev.tandem.training.Target;
import dev.tandem.training.TrainingModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a curriculum as a canonical document: keys in the order of FORMAT sections 2-7, defaults left out
 * ({@code language: en}, {@code attainment: best}, an escalation {@code default} equal to the first tier,
 * empty optional lists), integral numbers without a fraction and others in their shortest plain decimal
 * form. JSON is indented by two spaces; YAML is block style without a document marker; both end with a
 * newline. Writing the same curriculum always gives the same bytes, and reading the output back gives an
 * equal curriculum.
 *
 * <p>Stateless and thread-safe.
 */
public final class CurriculumWriter {

    private CurriculumWriter() {
    }

    /**
     * Writes a curriculum as canonical text.
     *
     * @param curriculum the curriculum
     * @param format     the notation
     * @return the document
     */
    public static String write(Curriculum curriculum, DocumentFormat format) {
        Objects.requireNonNull(curriculum, "curriculum");
        Objects.requireNonNull(format, "format");
        Map<String, Object> tree = tree(curriculum);
        return format == DocumentFormat.JSON ? Emitter.json(tree) : Emitter.yaml(tree);
    }

    /**
     * Writes a curriculum as canonical text to a writer (which is not closed).
     *
     * @param curriculum the curriculum
     * @param format     the notation
     * @param out        where to write
     * @throws UncheckedIOException when the writer fails
     */
    public static void write(Curriculum curriculum, DocumentFormat format, Writer out) {
        Objects.requireNonNull(out, "out");
        String text = write(curriculum, format);
        try {
            out.write(text);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> tree(Curriculum c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tandem", 1);
        m.put("id", c.id());
        m.put("version", c.version());
        m.put("title", c.title());
        c.description().ifPresent(d -> m.put("description", d));
        m.put("setting", c.setting().id());
        if (!Curriculum.DEFAULT_LANGUAGE.equals(c.language())) {
            m.put("language", c.language());
        }
        if (!c.attainment().equals(Attainment.BEST)) {
            m.put("attainment", LifecycleTree.attainment(c.attainment()));
        }
        putIfPresent(m, "case", CaseBlocks.document(c.caseDocument().orElse(null)));
        m.put("scales", map(c.scales(), CurriculumWriter::scale));
        optional(m, "domains", map(c.domains(), CurriculumWriter::domain));
        m.put("competencies", map(c.competencies(), CurriculumWriter::competency));
        m.put("modules", map(c.modules(), CurriculumWriter::module));
        optional(m, "assessments", map(c.assessments(), CurriculumWriter::assessment));
        c.certification().ifPresent(cert -> m.put("certification", certification(cert)));
        c.escalation().ifPresent(p -> m.put("escalation", escalation(p)));
        return m;
    }

    private static Map<String, Object> scale(Scale s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().value());
        m.put("levels", new ArrayList<Object>(s.levels()));
        return m;
    }

    private static Map<String, Object> domain(Domain d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id().value());
        m.put("title", d.title());
        putIfPresent(m, "case", CaseBlocks.item(d.caseItem()));
        return m;
    }

    private static Map<String, Object> competency(Competency c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().value());
        m.put("title", c.title());
        putIfPresent(m, "description", c.description());
        putIfPresent(m, "domain", c.domain() == null ? null : c.domain().value());
        putIfPresent(m, "parent", c.parent() == null ? null : c.parent().value());
        putIfPresent(m, "scale", c.scale() == null ? null : c.scale().value());
        optional(m, "indicators", new ArrayList<Object>(c.indicators()));
        optional(m, "relations", map(c.relations(), CurriculumWriter::relation));
        putIfPresent(m, "attainment", c.attainment() == null ? null : LifecycleTree.attainment(c.attainment()));
        putIfPresent(m, "rollup", c.rollup() == null ? null : LifecycleTree.rollup(c.rollup()));
        putIfPresent(m, "case", CaseBlocks.item(c.caseItem()));
        return m;
    }

    private static Map<String, Object> relation(Relation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.type().id());
        m.put("target", r.target().value());
        return m;
    }

    private static Map<String, Object> module(TrainingModule t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id().value());
        m.put("title", t.title());
        putIfPresent(m, "hours", t.hours());
        putIfPresent(m, "delivery", t.delivery() == null ? null : t.delivery().id());
        optional(m, "requires", map(t.requires(), id -> id.value()));
        optional(m, "targets", map(t.targets(), CurriculumWriter::target));
        return m;
    }

    private static Map<String, Object> target(Target t) {
        return level(t.competency().value(), t.level());
    }

    private static Map<String, Object> level(String competency, String level) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("competency", competency);
        putIfPresent(m, "level", level);
        return m;
    }

    private static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().value());
        m.put("title", a.title());
        putIfPresent(m, "module", a.module() == null ? null : a.module().value());
        m.put("kind", a.kind().id());
        putIfPresent(m, "max-score", a.maxScore());
        m.put("pass-score", a.passScore());
        putIfPresent(m, "max-attempts", a.maxAttempts());
        putIfPresent(m, "valid-for", a.validFor() == null ? null : a.validFor().toString());
        m.put("measures", map(a.measures(), (Measure x) -> level(x.competency().value(), x.level())));
        optional(m, "bands", map(a.bands(), CurriculumWriter::band));
        optional(m, "vignettes", map(a.vignettes(), CurriculumWriter::vignette));
        return m;
    }

    private static Map<String, Object> band(Band b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", b.min());
        m.put("level", b.level());
        return m;
    }

    private static Map<String, Object> vignette(Vignette v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id().value());
        m.put("prompt", v.prompt());
        Map<String, Object> signals = new LinkedHashMap<>();
        v.signals().values().forEach((id, value) -> signals.put(id.value(), signalValue(value)));
        m.put("signals", signals);
        return m;
    }

    private static Object signalValue(SignalValue value) {
        if (value instanceof SignalValue.Bool b) {
            return b.value();
        }
        if (value instanceof SignalValue.Number n) {
            return n.value();
        }
        return ((SignalValue.Text) value).value();
    }

    private static Map<String, Object> certification(Certification c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c.title());
        m.put("modules", c.modules().all() ? "all" : map(c.modules().listed(), id -> id.value()));
        m.put("competencies", map(c.competencies(), (LevelRequirement r) -> level(r.competency().value(),
                r.level())));
        if (c.practice() != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("hours", c.practice().hours());
            putIfPresent(p, "within", c.practice().within() == null ? null : c.practice().within().toString());
            m.put("practice", p);
        }
        putIfPresent(m, "renewal", c.renewal() == null ? null : LifecycleTree.renewal(c.renewal()));
        return m;
    }

    private static Map<String, Object> escalation(Policy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tiers", map(p.tiers(), (Tier t) -> {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("id", t.id().value());
            tm.put("title", t.title());
            return tm;
        }));
        if (!p.hasDefaultDefault()) {
            m.put("default", p.defaultTier().value());
        }
        m.put("signals", map(p.signals(), CurriculumWriter::signal));
        m.put("rules", map(p.rules(), CurriculumWriter::rule));
        return m;
    }

    private static Map<String, Object> signal(Signal s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().value());
        if (s instanceof Signal.Scale sc) {
            m.put("type", "scale");
            m.put("min", sc.min());
            m.put("max", sc.max());
        } else {
            m.put("type", "flag");
        }
        return m;
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().value());
        m.put("when", condition(r.when()));
        m.put("tier", r.tier().value());
        m.put("actions", new ArrayList<Object>(r.actions()));
        return m;
    }

    private static Object condition(Condition c) {
        if (c instanceof Condition.Flag f) {
            return f.signal().value();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (c instanceof Condition.All all) {
            m.put("all", map(all.conditions(), CurriculumWriter::condition));
        } else if (c instanceof Condition.Any any) {
            m.put("any", map(any.conditions(), CurriculumWriter::condition));
        } else if (c instanceof Condition.Not not) {
            m.put("not", condition(not.condition()));
        } else if (c instanceof Condition.AtLeast al) {
            m.put("at-least", Map.of(al.signal().value(), al.threshold()));
        } else if (c instanceof Condition.AtMost am) {
            m.put("at-most", Map.of(am.signal().value(), am.threshold()));
        } else {
            Condition.Count count = (Condition.Count) c;
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("min", count.min());
            cm.put("of", map(count.conditions(), CurriculumWriter::condition));
            m.put("count", cm);
        }
        return m;
    }

    private static <T> List<Object> map(List<T> items, Function<T, Object> f) {
        List<Object> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(f.apply(item));
        }
        return out;
    }

    private static void optional(Map<String, Object> m, String key, List<Object> list) {
        if (!list.isEmpty()) {
            m.put(key, list);
        }
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
