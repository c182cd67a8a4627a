package dev.tandem.io.badge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.certification.Certification;
import dev.tandem.certification.LevelRequirement;
import dev.tandem.certification.PracticeRequirement;
import dev.tandem.competency.Competency;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.casepackage.CaseExportOptions;
import dev.tandem.io.casepackage.CasePackage;
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The Open Badges 3.0 {@code Achievement} of a curriculum's certification (FORMAT section 11): what a
 * credential issued for the certification says was achieved.
 *
 * <p>{@code type} is {@code ["Achievement"]}, {@code achievementType} {@code Certification}, {@code name} the
 * certification's title, {@code description} the curriculum's (or, when it has none, a sentence naming the
 * certification and the curriculum, since Open Badges requires one), {@code criteria.narrative} a Markdown list of the requirements (modules, competency
 * levels, practice), and {@code alignment} holds one entry per required competency, in the certification's
 * order, with {@code targetCode} = the competency id and {@code targetName} = its title. Each alignment
 * points at the CASE item that {@link CasePackage#export} gives the competency with the same options
 * ({@code targetType} {@code CFItem}, {@code targetUrl} the item's {@code uri}, its {@code case} block's when
 * it has one, {@code targetFramework} the curriculum's title), so a badge and a CASE framework exported together link up. The achievement's
 * {@code id} is derived the same way ({@code urn:uuid:} of the name {@code CURRICULUM/achievement}, or
 * {@code BASE/achievements/UUID} with a base URI). The output is unsigned JSON; {@link BadgeCredential}
 * issues it to certified learners.
 *
 * <p>Stateless and thread-safe.
 */
public final class BadgeAchievement {

    /** The JSON-LD contexts of an Open Badges 3.0 document. */
    public static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    /** Two-space indentation, {@code "key": value}, one array element per line, {@code \n} line breaks. */
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BadgeAchievement() {
    }

    /**
     * Exports the achievement of a curriculum's certification.
     *
     * @param curriculum a curriculum with a certification
     * @param options    the URIs of the CASE export the alignments point at
     * @return the achievement as pretty-printed JSON, ending in a line break
     * @throws IllegalArgumentException when the curriculum has no certification
     */
    public static String export(Curriculum curriculum, CaseExportOptions options) {
        Objects.requireNonNull(curriculum, "curriculum");
        Objects.requireNonNull(options, "options");
        return write(node(curriculum, options, true));
    }

    /**
     * {@return the achievement as a JSON tree, with the {@code @context} on top when it stands alone (not when
     * it is embedded in a credential, which carries the context)}
     *
     * @throws IllegalArgumentException when the curriculum has no certification
     */
    static ObjectNode node(Curriculum curriculum, CaseExportOptions options, boolean withContext) {
        Certification cert = curriculum.certification().orElseThrow(() -> new IllegalArgumentException(
                "Curriculum '" + curriculum.id() + "' has no certification to export as a badge"));
        ObjectNode root = NODES.objectNode();
        if (withContext) {
            ArrayNode context = root.putArray("@context");
            CONTEXT.forEach(context::add);
        }
        root.put("id", achievementId(curriculum.id(), options));
        root.putArray("type").add("Achievement");
        root.put("achievementType", "Certification");
        root.put("name", cert.title());
        root.put("description", curriculum.description().orElseGet(() -> description(curriculum, cert)));
        root.putObject("criteria").put("narrative", narrative(curriculum, cert));
        ArrayNode alignment = root.putArray("alignment");
        for (LevelRequirement req : cert.competencies()) {
            Competency c = curriculum.competency(req.competency()).orElseThrow();
            ObjectNode a = alignment.addObject();
            a.putArray("type").add("Alignment");
            a.put("targetCode", c.id().value());
            a.put("targetName", c.title());
            a.put("targetType", "CFItem");
            a.put("targetUrl", CasePackage.uriOf(curriculum, c, options));
            a.put("targetFramework", curriculum.title());
        }
        return root;
    }

    /**
     * {@return the description of an achievement whose curriculum has none (Open Badges requires one): what the
     * certification is and which curriculum awards it}
     */
    static String description(Curriculum curriculum, Certification cert) {
        return cert.title() + ": the certification of the training curriculum " + curriculum.title() + " (version "
                + curriculum.version() + "), awarded to learners who meet the requirements in its criteria.";
    }

    /** {@return a tree as pretty-printed JSON, ending in a line break} */
    static String write(ObjectNode root) {
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of plain values always serialises", e);
        }
    }

    /** {@return the achievement's id} @param curriculumId the curriculum @param options the URIs */
    static String achievementId(String curriculumId, CaseExportOptions options) {
        UUID id = CasePackage.identifier(curriculumId + "/achievement");
        return options.baseUri() == null ? "urn:uuid:" + id : options.baseUri() + "achievements/" + id;
    }

    /** {@return the requirements as a Markdown list, one line per requirement} */
    static String narrative(Curriculum curriculum, Certification cert) {
        List<String> lines = new ArrayList<>();
        lines.add("To earn " + cert.title() + ":");
        List<TrainingModule> modules = cert.modules().all() ? curriculum.modules()
                : cert.modules().listed().stream().map(id -> module(curriculum, id)).toList();
        for (TrainingModule m : modules) {
            lines.add("- Complete the module " + m.title() + " (" + m.id() + ").");
        }
        for (LevelRequirement req : cert.competencies()) {
            Competency c = curriculum.competency(req.competency()).orElseThrow();
            lines.add("- Reach at least the level " + req.level() + " in " + c.title() + " (" + c.id() + ").");
        }
        PracticeRequirement practice = cert.practice();
        if (practice != null) {
            lines.add("- Log " + hours(practice.hours()) + " hours of supervised practice"
                    + (practice.within() == null ? "" : " within " + period(practice.within())) + ".");
        }
        return String.join("\n", lines);
    }

    private static TrainingModule module(Curriculum curriculum, ModuleId id) {
        return curriculum.module(id).orElseThrow();
    }

    private static String hours(double hours) {
        return new BigDecimal(Double.toString(hours)).stripTrailingZeros().toPlainString();
    }

    /** {@return a period in words, for example "2 years" or "1 year and 6 months"} */
    static String period(Period p) {
        List<String> parts = new ArrayList<>();
        unit(parts, p.getYears(), "year");
        unit(parts, p.getMonths(), "month");
        unit(parts, p.getDays(), "day");
        if (parts.isEmpty()) {
            return "0 days";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void unit(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (Math.abs(n) == 1 ? "" : "s"));
        }
    }
}
