package dev.tandem.io;

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
import dev.tandem.competency.CaseDocument;
import dev.tandem.competency.CaseItem;
import dev.tandem.competency.Domain;
import dev.tandem.competency.DomainId;
import dev.tandem.competency.Relation;
import dev.tandem.competency.RelationType;
import dev.tandem.competency.Scale;
import dev.tandem.competency.ScaleId;
import dev.tandem.competency.Rollup;
import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.Renewal;
import dev.tandem.certification.TopicId;
import java.math.BigDecimal;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.curriculum.Setting;
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
import dev.tandem.training.Delivery;
import dev.tandem.training.ModuleId;
import dev.tandem.training.Target;
import dev.tandem.training.TrainingModule;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates random valid curricula from a seed: every section of the format, awkward texts (quotes, colons,
 * YAML keywords, unicode, line breaks) and awkward numbers, always passing the core validator.
 */
public final class CurriculumGenerator {

    private static final String[] TEXTS = {"Plain words", "yes", "No", "null", "~", "123", "1.5", "-", "- item",
        "a: b", "# not a comment", "trailing space ", " leading space", "quote \" and \\ backslash",
        "line\nbreak", "tab\there", "Ünïcödé ✓ 😀", "@at", "`tick`", "{braces}", "[brackets]", "100%", "*star",
        "&amp", "!bang", "|pipe", ">fold", "'single'", "\"double\"", "key: value # x", "2026-01-01", "true",
        "0x1F", ".inf", "=", "?", "Title, with comma", "semi; colon", "Multi  spaces"};
    private static final double[] NUMBERS = {1, 2, 4.5, 0.1, 0.25, 10, 100, 1e-7, 123456.789, 3.14159, 1e12, 0.3};

    private final Random random;
    private int counter;

    private CurriculumGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@return a valid curriculum generated from the seed} @param seed the seed */
    public static Curriculum generate(long seed) {
        return new CurriculumGenerator(seed).curriculum();
    }

    private String id(String prefix) {
        String[] shapes = {prefix + "-" + counter, prefix + "." + counter, prefix + "_" + counter,
            counter + "-" + prefix, prefix + counter};
        counter++;
        return shapes[random.nextInt(shapes.length)];
    }

    private String text() {
        if (random.nextInt(3) == 0) {
            return TEXTS[random.nextInt(TEXTS.length)] + " " + counter++;
        }
        return TEXTS[random.nextInt(TEXTS.length)].strip().isEmpty() ? "x" : TEXTS[random.nextInt(TEXTS.length)];
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** {@return a random case block (FORMAT section 11.1), or null} */
    private CaseItem caseItem() {
        if (random.nextInt(3) == 0) {
            return null;
        }
        UUID id = uuid();
        return new CaseItem(random.nextInt(4) == 0 ? null : id,
                pick(Arrays.asList("https://case.example.org/uri/" + id, "urn:uuid:" + id, null)),
                pick(Arrays.asList("M-DOK1", "CCSS.Math.Content.6.RP.A.1", "1.2", "yes", text(), null)),
                pick(Arrays.asList("Standard", "Domain", "Learning Target", null)));
    }

    private double positive() {
        return random.nextBoolean() ? NUMBERS[random.nextInt(NUMBERS.length)] : 0.001 + random.nextDouble() * 50;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private Curriculum curriculum() {
        Curriculum.Builder b = Curriculum.builder().id(id("curriculum")).version(random.nextBoolean() ? "1.0.0"
                : text()).title(text()).setting(Setting.values()[random.nextInt(Setting.values().length)]);
        if (random.nextBoolean()) {
            b.description(text());
        }
        if (random.nextBoolean()) {
            b.language(pick(List.of("en", "fr-CA", "de", "pt-BR")));
        }
        if (random.nextBoolean()) {
            b.attainment(method());
        }
        if (random.nextBoolean()) {
            b.caseDocument(new CaseDocument(random.nextBoolean() ? uuid() : null, random.nextBoolean()
                    ? "https://case.example.org/uri/" + uuid() : null));
        }
        List<Scale> scales = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            List<String> levels = new ArrayList<>();
            for (int j = 0, m = 2 + random.nextInt(3); j < m; j++) {
                levels.add(id("level"));
            }
            scales.add(new Scale(ScaleId.of(id("scale")), levels));
        }
        scales.forEach(b::scale);
        List<Domain> domains = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            domains.add(new Domain(DomainId.of(id("domain")), text(), caseItem()));
        }
        domains.forEach(b::domain);
        List<Competency> competencies = new ArrayList<>();
        Map<CompetencyId, Scale> scaleOf = new LinkedHashMap<>();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            Competency parent = !competencies.isEmpty() && random.nextBoolean() ? pick(competencies) : null;
            Scale scale = parent != null ? scaleOf.get(parent.id()) : pick(scales);
            boolean explicit = scales.size() > 1 || random.nextBoolean();
            List<String> indicators = new ArrayList<>();
            for (int j = 0, m = random.nextInt(3); j < m; j++) {
                indicators.add(text());
            }
            List<Relation> relations = new ArrayList<>();
            for (int j = 0, m = competencies.isEmpty() ? 0 : random.nextInt(3); j < m; j++) {
                relations.add(new Relation(RelationType.values()[random.nextInt(RelationType.values().length)],
                        pick(competencies).id()));
            }
            Competency c = new Competency(CompetencyId.of(id("comp")), text(), random.nextBoolean() ? text() : null,
                    !domains.isEmpty() && random.nextBoolean() ? pick(domains).id() : null,
                    parent == null ? null : parent.id(), explicit ? scale.id() : null, indicators, relations,
                    caseItem());
            competencies.add(c);
            scaleOf.put(c.id(), scale);
        }
        List<Competency> plain = List.copyOf(competencies);
        competencies.replaceAll(c -> lifecycle(c, plain));
        competencies.forEach(b::competency);
        List<TrainingModule> modules = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            List<ModuleId> requires = new ArrayList<>();
            if (!modules.isEmpty() && random.nextBoolean()) {
                requires.add(pick(modules).id());
            }
            List<Target> targets = new ArrayList<>();
            if (random.nextBoolean()) {
                Competency c = pick(competencies);
                targets.add(new Target(c.id(), pick(scaleOf.get(c.id()).levels())));
            }
            modules.add(new TrainingModule(ModuleId.of(id("module")), text(), random.nextBoolean() ? positive() : null,
                    random.nextBoolean() ? Delivery.values()[random.nextInt(Delivery.values().length)] : null,
                    requires, targets));
        }
        modules.forEach(b::module);
        Policy policy = random.nextBoolean() ? policy() : null;
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            assessments.add(assessment(competencies, scaleOf, modules, policy));
        }
        assessments.forEach(b::assessment);
        b.escalation(policy);
        if (random.nextBoolean()) {
            b.certification(certification(modules, assessments, scaleOf));
        }
        return b.build();
    }

    private Assessment assessment(List<Competency> competencies, Map<CompetencyId, Scale> scaleOf,
            List<TrainingModule> modules, Policy policy) {
        AssessmentId id = AssessmentId.of(id("assessment"));
        ModuleId module = random.nextBoolean() ? pick(modules).id() : null;
        Integer maxAttempts = random.nextBoolean() ? 1 + random.nextInt(5) : null;
        Period validFor = random.nextBoolean() ? Period.of(random.nextInt(3), 1 + random.nextInt(11), random.nextInt(3))
                : null;
        Competency measured = pick(competencies);
        Scale scale = scaleOf.get(measured.id());
        if (policy != null && random.nextBoolean()) {
            List<Vignette> vignettes = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                vignettes.add(new Vignette(VignetteId.of(id("v")), text(), observation(policy)));
            }
            return new Assessment(id, text(), module, AssessmentKind.SCENARIO, null, random.nextInt(vignettes.size() + 1),
                    maxAttempts, validFor, List.of(new Measure(measured.id(), pick(scale.levels()))), List.of(),
                    vignettes);
        }
        AssessmentKind kind = AssessmentKind.values()[random.nextInt(AssessmentKind.values().length - 1)];
        if (kind == AssessmentKind.SCENARIO) {
            kind = AssessmentKind.QUIZ;
        }
        double max = positive();
        double pass = random.nextBoolean() ? max : Math.floor(max * random.nextDouble() * 100) / 100;
        if (random.nextBoolean()) {
            List<Band> bands = new ArrayList<>();
            double min = 0;
            for (String level : scale.levels()) {
                if (random.nextBoolean()) {
                    bands.add(new Band(min, level));
                    min += 0.125 + random.nextInt(3) * 0.1;
                    if (min > 1) {
                        break;
                    }
                }
            }
            if (!bands.isEmpty()) {
                List<Measure> measures = new ArrayList<>();
                for (Competency c : competencies) {
                    if (scaleOf.get(c.id()) == scale && (c == measured || random.nextBoolean())) {
                        measures.add(new Measure(c.id(), null));
                    }
                }
                return new Assessment(id, text(), module, kind, max, pass, maxAttempts, validFor, measures, bands,
                        List.of());
            }
        }
        return new Assessment(id, text(), module, kind, max, pass, maxAttempts, validFor,
                List.of(new Measure(measured.id(), pick(scale.levels()))), List.of(), List.of());
    }

    private Observation observation(Policy policy) {
        Map<SignalId, SignalValue> values = new LinkedHashMap<>();
        for (Signal s : policy.signals()) {
            if (random.nextBoolean()) {
                continue;
            }
            if (s instanceof Signal.Scale sc) {
                values.put(s.id(), SignalValue.of(random.nextBoolean() ? sc.min()
                        : sc.min() + (sc.max() - sc.min()) * random.nextInt(5) / 4.0));
            } else {
                values.put(s.id(), SignalValue.of(random.nextBoolean()));
            }
        }
        return new Observation(values);
    }

    private Policy policy() {
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            tiers.add(new Tier(TierId.of(id("tier")), text()));
        }
        List<Signal> signals = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            if (random.nextBoolean()) {
                signals.add(Signal.flag(id("flag")));
            } else {
                double min = random.nextBoolean() ? 0 : -1 - random.nextInt(10) - random.nextInt(4) / 4.0;
                signals.add(Signal.scale(id("scale"), min, min + positive()));
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            List<String> actions = new ArrayList<>();
            for (int j = 0, m = random.nextInt(3); j < m; j++) {
                actions.add(text());
            }
            rules.add(new Rule(RuleId.of(id("rule")), condition(signals, 3), pick(tiers).id(), actions));
        }
        return new Policy(tiers, random.nextBoolean() ? pick(tiers).id() : null, signals, rules);
    }

    private Condition condition(List<Signal> signals, int depth) {
        int choice = random.nextInt(depth <= 0 ? 1 : 6);
        Signal s = pick(signals);
        if (choice == 0) {
            if (s instanceof Signal.Scale sc) {
                double t = sc.min() + (sc.max() - sc.min()) * random.nextInt(5) / 4.0;
                return random.nextBoolean() ? new Condition.AtLeast(sc.id(), t) : new Condition.AtMost(sc.id(), t);
            }
            return new Condition.Flag(s.id());
        }
        List<Condition> list = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            list.add(condition(signals, depth - 1));
        }
        return switch (choice) {
            case 1 -> new Condition.All(list);
            case 2 -> new Condition.Any(list);
            case 3 -> new Condition.Not(list.get(0));
            case 4 -> new Condition.Count(random.nextInt(list.size() + 1), list);
            default -> condition(signals, 0);
        };
    }

    private Certification certification(List<TrainingModule> modules, List<Assessment> assessments,
            Map<CompetencyId, Scale> scaleOf) {
        ModuleSelection selection = ModuleSelection.allModules();
        if (random.nextBoolean()) {
            List<ModuleId> listed = new ArrayList<>();
            for (TrainingModule m : modules) {
                if (random.nextBoolean()) {
                    listed.add(m.id());
                }
            }
            selection = ModuleSelection.of(listed);
        }
        List<LevelRequirement> required = new ArrayList<>();
        for (Assessment a : assessments) {
            if (!a.measures().isEmpty() && random.nextBoolean()) {
                Measure m = a.measures().get(0);
                String level = a.hasBands() ? a.bands().get(0).level() : m.level();
                required.add(new LevelRequirement(m.competency(), level));
            }
        }
        PracticeRequirement practice = random.nextBoolean() ? null
                : new PracticeRequirement(positive(), random.nextBoolean() ? Period.ofYears(1 + random.nextInt(3)) : null);
        return new Certification(text(), selection, required, practice, random.nextBoolean() ? null : renewal());
    }

    private static final String[] WEIGHTS = {"0.65", "0.5", "0.125", "0.99", "0.3333333333333333"};
    private static final String[] POINTS = {"0", "1", "2", "0.5", "3.25"};

    private Attainment method() {
        return switch (random.nextInt(5)) {
            case 0 -> Attainment.BEST;
            case 1 -> Attainment.LATEST;
            case 2 -> Attainment.AVERAGE;
            case 3 -> Attainment.decayingAverage(new BigDecimal(WEIGHTS[random.nextInt(WEIGHTS.length)]));
            default -> Attainment.nMastery(1 + random.nextInt(4));
        };
    }

    /** Sometimes gives a competency its own method and, when it has children, a roll-up rule. */
    private Competency lifecycle(Competency c, List<Competency> all) {
        List<CompetencyId> children = all.stream().filter(k -> c.id().equals(k.parent())).map(Competency::id).toList();
        Rollup rollup = null;
        if (!children.isEmpty() && random.nextInt(3) > 0) {
            rollup = random.nextInt(3) == 0 ? Rollup.ALL : points(children);
        }
        Attainment own = random.nextInt(4) == 0 ? method() : null;
        return new Competency(c.id(), c.title(), c.description(), c.domain(), c.parent(), c.scale(), c.indicators(),
                c.relations(), c.caseItem(), own, rollup);
    }

    private Rollup points(List<CompetencyId> children) {
        Map<CompetencyId, Rollup.ChildPoints> listed = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CompetencyId child : children) {
            if (random.nextBoolean()) {
                BigDecimal p = new BigDecimal(POINTS[random.nextInt(POINTS.length)]);
                listed.put(child, new Rollup.ChildPoints(p, random.nextBoolean()));
                total = total.add(p);
            } else {
                total = total.add(BigDecimal.ONE);
            }
        }
        if (total.signum() == 0) {
            return Rollup.ALL;
        }
        BigDecimal points = random.nextBoolean() ? total : total.min(new BigDecimal("0.75"));
        return new Rollup.Points(points, listed);
    }

    private Renewal renewal() {
        ContinuingEducation ce = null;
        if (random.nextBoolean()) {
            double hours = 1 + random.nextInt(40) + (random.nextBoolean() ? 0.5 : 0);
            Map<TopicId, Double> topics = new LinkedHashMap<>();
            if (random.nextBoolean()) {
                topics.put(TopicId.of(id("topic")), Math.min(hours, 0.25 + random.nextInt(6)));
            }
            ce = new ContinuingEducation(hours, Period.of(random.nextInt(3), random.nextInt(12), 1 + random.nextInt(20)),
                    topics);
        }
        return new Renewal(random.nextBoolean() ? Period.ofDays(1 + random.nextInt(120)) : null, ce);
    }
}
