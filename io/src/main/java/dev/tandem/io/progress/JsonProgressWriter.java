package dev.tandem.io.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.evidence.EvidenceCounts;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.internal.Instants;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CompetencyResult;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.LearnerWarning;
import dev.tandem.progress.Missing;
import dev.tandem.progress.ModuleResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON document of FORMAT section 9, written with a streaming generator, learner by learner. */
final class JsonProgressWriter implements ProgressWriter, LearnerBlocks {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    /** The end of a competency's object without an instant. */
    private static final String NULL_END = "null}";
    /** The field that follows a missing competency's required level, with its separator. */
    private static final String ATTAINED_FIELD = ",\"" + JsonNames.ATTAINED.getValue() + "\":";

    private final JsonGenerator g;
    private final LearnerOrder order;
    private final EvidenceSummary evidence;
    private final LifecycleFields lifecycle;
    private final JsonNames names;
    /**
     * An instant's text in quotes, such as {@code "2026-06-01T00:00:00Z"}, and a closing brace, made here before
     * it is written (the brace only where a competency's object ends with the instant).
     */
    private final char[] instant = new char[Instants.LENGTH + 3];
    /** Each competency's field of the learner being written, found once by {@link #competenciesWhole}. */
    private String[] fields = new String[0];
    /** True once a learner was written: the next one follows a comma. */
    private boolean any;

    {
        instant[0] = '"';
        instant[Instants.LENGTH + 1] = '"';
        instant[Instants.LENGTH + 2] = '}';
    }

    /** A writer of learners only, as the elements of an array it opens and never closes. */
    private JsonProgressWriter(Writer out, Instant asOf, LifecycleFields lifecycle, JsonNames names)
            throws IOException {
        this.g = FACTORY.createGenerator(out);
        this.order = new LearnerOrder(asOf);
        this.evidence = null;
        this.lifecycle = lifecycle;
        this.names = names;
        g.writeStartArray();
    }

    JsonProgressWriter(Writer out, Curriculum curriculum, Instant asOf, EvidenceSummary evidence)
            throws IOException {
        this.g = FACTORY.createGenerator(out);
        this.order = new LearnerOrder(asOf);
        this.evidence = evidence;
        this.lifecycle = LifecycleFields.of(curriculum);
        this.names = JsonNames.of(curriculum);
        head(g, curriculum, asOf);
        counts(g, evidence == null ? null : evidence.counts());
        g.writeFieldName(JsonNames.LEARNERS);
        g.writeStartArray();
    }

    private static void head(JsonGenerator g, Curriculum curriculum, Instant asOf) throws IOException {
        g.writeStartObject();
        JsonValues.string(g, JsonNames.CURRICULUM, curriculum.id());
        JsonValues.string(g, JsonNames.VERSION, curriculum.version());
        JsonValues.string(g, JsonNames.AS_OF, Instants.text(asOf));
    }

    /** Writes the reader's counts as the top-level {@code evidence} object, when there are any. */
    private static void counts(JsonGenerator g, EvidenceCounts counts) throws IOException {
        if (counts == null) {
            return;
        }
        g.writeFieldName(JsonNames.EVIDENCE);
        g.writeStartObject();
        JsonValues.string(g, JsonNames.FORMAT, counts.format());
        for (Map.Entry<String, Long> count : counts.counts().entrySet()) {
            g.writeNumberField(count.getKey(), count.getValue());
        }
        g.writeFieldName(JsonNames.SKIPPED);
        g.writeStartObject();
        for (Map.Entry<String, Long> count : counts.skipped().entrySet()) {
            g.writeNumberField(count.getKey(), count.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static void writeErrors(Writer out, Curriculum curriculum, Instant asOf, List<EvidenceProblem> errors,
            EvidenceCounts counts) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            head(g, curriculum, asOf);
            counts(g, counts);
            problems(g, JsonNames.ERRORS, errors);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void problems(JsonGenerator g, SerializableString name, List<EvidenceProblem> problems)
            throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        for (EvidenceProblem p : problems) {
            g.writeStartObject();
            g.writeFieldName(JsonNames.LINE);
            g.writeNumber(p.line());
            JsonValues.string(g, JsonNames.FIELD, p.field());
            JsonValues.string(g, JsonNames.MESSAGE, p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    @Override
    public Instant asOf() {
        return order.asOf();
    }

    @Override
    public String render(List<LearnerProgress> learners) throws IOException {
        StringWriter text = new StringWriter(1024 * learners.size());
        JsonProgressWriter body = new JsonProgressWriter(text, order.asOf(), lifecycle, names);
        for (LearnerProgress p : learners) {
            body.write(p);
        }
        body.g.flush();
        return text.getBuffer().substring(1); // without the array's opening bracket
    }

    @Override
    public void writeRendered(String text, List<LearnerProgress> learners) throws IOException {
        order.checkAll(learners);
        if (learners.isEmpty()) {
            return;
        }
        if (any) {
            g.writeRaw(',');
        }
        g.writeRaw(text);
        any = true;
    }

    @Override
    public void write(LearnerProgress progress) throws IOException {
        order.check(progress);
        if (any && g.getOutputContext().getEntryCount() == 0) {
            // after rendered learners, which the generator has not seen: it writes no comma of its own
            g.writeRaw(',');
        }
        any = true;
        g.writeStartObject();
        JsonValues.string(g, JsonNames.LEARNER, progress.learner().value());
        g.writeFieldName(JsonNames.COMPETENCIES);
        if (!competenciesWhole(progress.competencies())) {
            g.writeStartObject();
            int position = 0;
            for (CompetencyResult c : progress.competencies()) {
                g.writeFieldName(names.competency(c.competency(), position++));
                competency(c);
            }
            g.writeEndObject();
        }
        g.writeFieldName(JsonNames.MODULES);
        // the object whole, from fields made once per module and status, as the generator would write it
        g.writeRawValue("{");
        int position = 0;
        for (ModuleResult m : progress.modules()) {
            if (position > 0) {
                g.writeRaw(',');
            }
            g.writeRaw(names.moduleField(m.module(), position++, m.status()));
        }
        g.writeRaw('}');
        certification(progress.certification().orElse(null));
        g.writeFieldName(JsonNames.WARNINGS);
        g.writeStartArray();
        for (LearnerWarning w : progress.warnings()) {
            g.writeStartObject();
            JsonValues.string(g, JsonNames.CODE, w.code());
            JsonValues.string(g, JsonNames.ASSESSMENT, w.assessment().value());
            instant(JsonNames.AT, w.at());
            JsonValues.string(g, JsonNames.MESSAGE, w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Writes a learner's {@code competencies} object whole from the fields made for the curriculum and the
     * instants' usual form, as the generator would write it; {@return false, having written nothing, when a
     * competency needs more (lifecycle fields, an id or a level the curriculum does not have, an instant in
     * another form)}
     */
    private boolean competenciesWhole(List<CompetencyResult> competencies) throws IOException {
        if (lifecycle.writesCompetencies()) {
            return false;
        }
        int n = competencies.size();
        if (fields.length < n) {
            fields = new String[n];
        }
        for (int k = 0; k < n; k++) {
            CompetencyResult c = competencies.get(k);
            fields[k] = names.competencyField(c.competency(), k, c.level());
            if (fields[k] == null || c.validUntil() != null && !Instants.hasUsualForm(c.validUntil())) {
                return false;
            }
        }
        g.writeRawValue("{");
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                g.writeRaw(',');
            }
            g.writeRaw(fields[k]);
            Instant until = competencies.get(k).validUntil();
            if (until == null) {
                g.writeRaw(NULL_END);
            } else {
                Instants.write(until, instant, 1);
                g.writeRaw(instant, 0, instant.length);
            }
        }
        g.writeRaw('}');
        return true;
    }

    /**
     * Writes a competency's object field by field: for the learners {@link #competenciesWhole} leaves, whose
     * competencies have lifecycle fields, an id or a level the curriculum does not have, or an unusual instant.
     */
    private void competency(CompetencyResult c) throws IOException {
        g.writeStartObject();
        JsonValues.string(g, JsonNames.LEVEL, c.level());
        instant(JsonNames.VALID_UNTIL, c.validUntil());
        lifecycle.json(g, c);
        g.writeEndObject();
    }

    private void certification(CertificationResult result) throws IOException {
        g.writeFieldName(JsonNames.CERTIFICATION);
        if (result == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        JsonValues.string(g, JsonNames.STATUS, JsonNames.status(result.status()));
        instant(JsonNames.EXPIRES_AT, result.expiresAt());
        g.writeFieldName(JsonNames.MISSING);
        g.writeStartArray();
        for (Missing missing : result.missing()) {
            if (missingFromHeads(missing)) {
                continue;
            }
            g.writeStartObject();
            JsonValues.string(g, JsonNames.TYPE, missing.type());
            if (missing instanceof Missing.Module m) {
                JsonValues.string(g, JsonNames.ID, m.id().value());
                JsonValues.string(g, JsonNames.STATUS, JsonNames.status(m.status()));
            } else if (missing instanceof Missing.Competency c) {
                JsonValues.string(g, JsonNames.ID, c.id().value());
                JsonValues.string(g, JsonNames.REQUIRED, c.required());
                JsonValues.string(g, JsonNames.ATTAINED, c.attained());
            } else if (missing instanceof Missing.Practice p) {
                JsonValues.number(g, JsonNames.REQUIRED, p.required());
                JsonValues.number(g, JsonNames.RECORDED, p.recorded());
            } else if (missing instanceof Missing.ContinuingEducation e) {
                LifecycleFields.json(g, e);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        lifecycle.json(g, result);
        g.writeEndObject();
    }

    /**
     * Writes a missing module or competency from the texts made for the curriculum in advance, as the generator
     * would write its fields; {@return false, having written nothing, for any other item or for an id or a
     * level the curriculum does not have}
     */
    private boolean missingFromHeads(Missing missing) throws IOException {
        if (missing instanceof Missing.Module m) {
            String head = names.missingModuleHead(m.id());
            if (head == null) {
                return false;
            }
            g.writeRawValue(head);
            g.writeRaw(JsonNames.quoted(m.status()));
        } else if (missing instanceof Missing.Competency c) {
            String head = names.missingCompetencyHead(c.id());
            String required = names.quotedLevel(c.required());
            String attained = c.attained() == null ? "null" : names.quotedLevel(c.attained());
            if (head == null || required == null || attained == null) {
                return false;
            }
            g.writeRawValue(head);
            g.writeRaw(required);
            g.writeRaw(ATTAINED_FIELD);
            g.writeRaw(attained);
        } else {
            return false;
        }
        g.writeRaw('}');
        return true;
    }

    /** Writes a field of an instant, or of null: the usual form goes out as it is, without escaping. */
    private void instant(SerializableString name, Instant at) throws IOException {
        g.writeFieldName(name);
        if (at == null) {
            g.writeNull();
        } else if (Instants.write(at, instant, 1)) {
            g.writeRawValue(instant, 0, Instants.LENGTH + 2); // without the brace
        } else {
            g.writeString(at.toString());
        }
    }

    @Override
    public void close() throws IOException {
        if (!order.close()) {
            return;
        }
        g.writeEndArray();
        if (evidence != null && !evidence.isClean()) {
            g.writeFieldName(JsonNames.SKIPPED);
            g.writeNumber(evidence.rejected());
            problems(g, JsonNames.WARNINGS, evidence.problems());
        }
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }
}
