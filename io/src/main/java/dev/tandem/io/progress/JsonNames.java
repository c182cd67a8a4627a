package dev.tandem.io.progress;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Scale;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.ModuleStatus;
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The texts of progress JSON that are known before any learner is written, quoted and escaped once: every
 * fixed field name, the statuses, and for one curriculum its competency ids (field names of every learner),
 * each with the head of its object for each level ({@link #competencyField}), its modules' fields with each
 * status ({@link #moduleField}), the levels of its scales, and the heads of the certification's missing modules
 * and competencies. Other texts (a learner's id, levels outside its scales, messages) are escaped as they come.
 * Immutable and thread-safe: the writers of one document share it across threads.
 */
final class JsonNames {

    static final SerializedString CURRICULUM = text("curriculum");
    static final SerializedString VERSION = text("version");
    static final SerializedString AS_OF = text("asOf");
    static final SerializedString EVIDENCE = text("evidence");
    static final SerializedString FORMAT = text("format");
    static final SerializedString SKIPPED = text("skipped");
    static final SerializedString ERRORS = text("errors");
    static final SerializedString LINE = text("line");
    static final SerializedString FIELD = text("field");
    static final SerializedString MESSAGE = text("message");
    static final SerializedString LEARNERS = text("learners");
    static final SerializedString LEARNER = text("learner");
    static final SerializedString COMPETENCIES = text("competencies");
    static final SerializedString LEVEL = text("level");
    static final SerializedString VALID_UNTIL = text("validUntil");
    static final SerializedString MODULES = text("modules");
    static final SerializedString CERTIFICATION = text("certification");
    static final SerializedString STATUS = text("status");
    static final SerializedString EXPIRES_AT = text("expiresAt");
    static final SerializedString MISSING = text("missing");
    static final SerializedString TYPE = text("type");
    static final SerializedString ID = text("id");
    static final SerializedString REQUIRED = text("required");
    static final SerializedString ATTAINED = text("attained");
    static final SerializedString RECORDED = text("recorded");
    static final SerializedString WARNINGS = text("warnings");
    static final SerializedString CODE = text("code");
    static final SerializedString ASSESSMENT = text("assessment");
    static final SerializedString AT = text("at");
    static final SerializedString ATTAINMENT = text("attainment");
    static final SerializedString ROLLUP = text("rollup");
    static final SerializedString SOURCE = text("source");
    static final SerializedString TOPIC = text("topic");
    static final SerializedString TOPICS = text("topics");
    static final SerializedString EDUCATION = text("education");
    static final SerializedString RENEWAL = text("renewal");
    static final SerializedString DUE_FROM = text("dueFrom");
    static final SerializedString DUE = text("due");

    private static final SerializedString[] MODULE_STATUSES = texts(ModuleStatus.values(), ModuleStatus::id);
    /** The module statuses in quotes, as values. */
    private static final String[] QUOTED_MODULE_STATUSES = Arrays.stream(MODULE_STATUSES)
            .map(status -> '"' + status.getValue() + '"').toArray(String[]::new);
    private static final SerializedString[] CERTIFICATION_STATUSES = texts(CertificationStatus.values(),
            CertificationStatus::id);

    private final Ids<CompetencyId> competencies;
    private final Ids<ModuleId> modules;
    /** Each competency's levels: those of its scale, in order. */
    private final List<List<String>> competencyLevels;
    /**
     * Each competency's field up to the value of {@code validUntil}, by level (0 for none, then its scale's levels
     * in order): made on first use, and read and written without locks (a thread that sees null makes the same
     * text again; a text, a {@code String}, is seen whole).
     */
    private final String[][] competencyFields;
    /** The levels of the curriculum's scales, quoted and escaped, as values. */
    private final Map<String, String> quotedLevels = new HashMap<>();
    /** A module's field with each status as its value ({@code "m1":"completed"}), by module and status. */
    private final String[][] moduleFields;
    /** A missing module's object up to the value of its status, by module in the curriculum's order. */
    private final String[] missingModuleHeads;
    /** A missing competency's object up to the value of its required level, by competency in curriculum order. */
    private final String[] missingCompetencyHeads;

    private JsonNames(Curriculum curriculum) {
        this.competencies = new Ids<>(curriculum.competencies().stream().map(Competency::id).toList(),
                CompetencyId::value);
        this.modules = new Ids<>(curriculum.modules().stream().map(TrainingModule::id).toList(), ModuleId::value);
        for (Scale scale : curriculum.scales()) {
            for (String level : scale.levels()) {
                quotedLevels.put(level, '"' + escaped(level) + '"');
            }
        }
        this.competencyLevels = curriculum.competencies().stream().map(c -> levels(curriculum, c)).toList();
        this.competencyFields = new String[competencyLevels.size()][];
        this.moduleFields = curriculum.modules().stream().map(m -> Arrays.stream(QUOTED_MODULE_STATUSES)
                .map(status -> field(m.id().value(), status)).toArray(String[]::new)).toArray(String[][]::new);
        this.missingModuleHeads = curriculum.modules().stream()
                .map(m -> missingHead("module", m.id().value(), STATUS)).toArray(String[]::new);
        this.missingCompetencyHeads = curriculum.competencies().stream()
                .map(c -> missingHead("competency", c.id().value(), REQUIRED)).toArray(String[]::new);
    }

    /** {@return the levels of a competency's scale (its own, or the curriculum's only one), or none without} */
    private static List<String> levels(Curriculum curriculum, Competency competency) {
        Scale scale = competency.scale() != null ? curriculum.scale(competency.scale()).orElse(null)
                : curriculum.scales().size() == 1 ? curriculum.scales().get(0) : null;
        return scale == null ? List.of() : scale.levels();
    }

    /** {@return a field of an object: its name quoted and escaped, a colon, then the value as it is} */
    private static String field(String name, String value) {
        return '"' + escaped(name) + "\":" + value;
    }

    private static String escaped(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }

    /** {@return an item of {@code missing} up to the value of its third field: its type, its id, that field} */
    private static String missingHead(String type, String id, SerializedString field) {
        return "{\"" + TYPE.getValue() + "\":\"" + type + "\",\"" + ID.getValue() + "\":\"" + escaped(id) + "\",\""
                + field.getValue() + "\":";
    }

    /**
     * {@return the names of a curriculum's ids}
     *
     * @param curriculum the curriculum whose learners are written
     */
    static JsonNames of(Curriculum curriculum) {
        return new JsonNames(curriculum);
    }

    /**
     * {@return a competency's id as a field name}
     *
     * @param id       the competency
     * @param position its position among the learner's competencies: the curriculum's, in its order
     */
    SerializableString competency(CompetencyId id, int position) {
        return competencies.name(id, position);
    }

    /**
     * {@return a module's field in a learner's {@code modules} object, with its status as the value
     * ({@code "m1":"completed"}): made once per module and status of the curriculum, escaped as it comes for a
     * module the curriculum does not have}
     *
     * @param id       the module
     * @param position its position among the learner's modules: the curriculum's, in its order
     * @param status   its status
     */
    String moduleField(ModuleId id, int position, ModuleStatus status) {
        int i = modules.index(id, position);
        return i >= 0 ? moduleFields[i][status.ordinal()] : field(id.value(), quoted(status));
    }

    /**
     * {@return a competency's field in a learner's {@code competencies} object up to the value of
     * {@code validUntil} ({@code "c1":{"level":"proficient","validUntil":}), for a competency of the curriculum
     * and a level of its scale or none; null for any other}
     *
     * @param id       the competency
     * @param position its position among the learner's competencies: the curriculum's, in its order
     * @param level    its level, or null
     */
    String competencyField(CompetencyId id, int position, String level) {
        int c = competencies.index(id, position);
        if (c < 0) {
            return null;
        }
        int k = level == null ? 0 : competencyLevels.get(c).indexOf(level) + 1;
        if (k == 0 && level != null) {
            return null;
        }
        String[] fields = competencyFields[c];
        if (fields == null) {
            fields = new String[competencyLevels.get(c).size() + 1];
            competencyFields[c] = fields;
        }
        String field = fields[k];
        if (field == null) {
            field = field(id.value(), head(level == null ? "null" : quotedLevels.get(level)));
            fields[k] = field;
        }
        return field;
    }

    /**
     * {@return a missing module's object up to the value of its status ({@code {"type":"module","id":"m1",
     * "status":}}), or null for a module the curriculum does not have}
     *
     * @param id the module
     */
    String missingModuleHead(ModuleId id) {
        int i = modules.index(id);
        return i < 0 ? null : missingModuleHeads[i];
    }

    /**
     * {@return a missing competency's object up to the value of its required level ({@code {"type":"competency",
     * "id":"c1","required":}}), or null for a competency the curriculum does not have}
     *
     * @param id the competency
     */
    String missingCompetencyHead(CompetencyId id) {
        int i = competencies.index(id);
        return i < 0 ? null : missingCompetencyHeads[i];
    }

    /**
     * {@return a level of the curriculum's scales in quotes, escaped, as a value; null for any other level}
     *
     * @param level the level
     */
    String quotedLevel(String level) {
        return quotedLevels.get(level);
    }

    /**
     * {@return the status in quotes, as a value}
     *
     * @param status the status
     */
    static String quoted(ModuleStatus status) {
        return QUOTED_MODULE_STATUSES[status.ordinal()];
    }

    /** {@return a competency's object up to the value of {@code validUntil}, for a level already quoted} */
    private static String head(String level) {
        return "{\"" + LEVEL.getValue() + "\":" + level + ",\"" + VALID_UNTIL.getValue() + "\":";
    }

    /**
     * {@return the status as a JSON string}
     *
     * @param status the status
     */
    static SerializableString status(ModuleStatus status) {
        return MODULE_STATUSES[status.ordinal()];
    }

    /**
     * {@return the status as a JSON string}
     *
     * @param status the status
     */
    static SerializableString status(CertificationStatus status) {
        return CERTIFICATION_STATUSES[status.ordinal()];
    }

    private static SerializedString text(String text) {
        SerializedString s = new SerializedString(text);
        s.asQuotedChars(); // escaped now, before the names are shared with other threads
        return s;
    }

    private static <T> SerializedString[] texts(T[] values, Function<T, String> text) {
        SerializedString[] texts = new SerializedString[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = text(text.apply(values[i]));
        }
        return texts;
    }

    /**
     * The ids of one kind in the curriculum's order, each with its name. Learners list their results in that
     * order, so the position finds the name without hashing; an id elsewhere (or of another curriculum) is
     * looked up, or escaped as it comes.
     */
    private static final class Ids<I> {
        private final Object[] ids;
        private final SerializedString[] names;
        private final Map<I, Integer> indices = new HashMap<>();
        private final Function<I, String> value;

        Ids(List<I> ids, Function<I, String> value) {
            this.ids = ids.toArray();
            this.names = new SerializedString[ids.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = text(value.apply(ids.get(i)));
                indices.put(ids.get(i), i);
            }
            this.value = value;
        }

        /** {@return the id's position in the curriculum's order, or -1 for an id it does not have} */
        int index(I id) {
            return indices.getOrDefault(id, -1);
        }

        /** {@return as {@link #index(Object)}, trying the position the id is expected at first} */
        int index(I id, int position) {
            return position < ids.length && ids[position].equals(id) ? position : index(id);
        }

        SerializableString name(I id, int position) {
            int i = index(id, position);
            return i >= 0 ? names[i] : new SerializedString(value.apply(id));
        }
    }
}
