package dev.tandem.io.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.evidence.EvidenceCounts;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceSummary;
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

    private final JsonGenerator g;
    private final LearnerOrder order;
    private final EvidenceSummary evidence;
    private final LifecycleFields lifecycle;
    /** True once a learner was written: the next one follows a comma. */
    private boolean any;

    /** A writer of learners only, as the elements of an array it opens and never closes. */
    private JsonProgressWriter(Writer out, Instant asOf, LifecycleFields lifecycle) throws IOException {
        this.g = FACTORY.createGenerator(out);
        this.order = new LearnerOrder(asOf);
        this.evidence = null;
        this.lifecycle = lifecycle;
        g.writeStartArray();
    }

    JsonProgressWriter(Writer out, Curriculum curriculum, Instant asOf, EvidenceSummary evidence)
            throws IOException {
        this.g = FACTORY.createGenerator(out);
        this.order = new LearnerOrder(asOf);
        this.evidence = evidence;
        this.lifecycle = LifecycleFields.of(curriculum);
        head(g, curriculum, asOf);
        counts(g, evidence == null ? null : evidence.counts());
        g.writeArrayFieldStart("learners");
    }

    private static void head(JsonGenerator g, Curriculum curriculum, Instant asOf) throws IOException {
        g.writeStartObject();
        g.writeStringField("curriculum", curriculum.id());
        g.writeStringField("version", curriculum.version());
        g.writeStringField("asOf", asOf.toString());
    }

    /** Writes the reader's counts as the top-level {@code evidence} object, when there are any. */
    private static void counts(JsonGenerator g, EvidenceCounts counts) throws IOException {
        if (counts == null) {
            return;
        }
        g.writeObjectFieldStart("evidence");
        g.writeStringField("format", counts.format());
        for (Map.Entry<String, Long> count : counts.counts().entrySet()) {
            g.writeNumberField(count.getKey(), count.getValue());
        }
        g.writeObjectFieldStart("skipped");
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
            problems(g, "errors", errors);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void problems(JsonGenerator g, String name, List<EvidenceProblem> problems) throws IOException {
        g.writeArrayFieldStart(name);
        for (EvidenceProblem p : problems) {
            g.writeStartObject();
            g.writeNumberField("line", p.line());
            g.writeStringField("field", p.field());
            g.writeStringField("message", p.message());
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
        JsonProgressWriter body = new JsonProgressWriter(text, order.asOf(), lifecycle);
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
        g.writeStringField("learner", progress.learner().value());
        g.writeObjectFieldStart("competencies");
        for (CompetencyResult c : progress.competencies()) {
            g.writeObjectFieldStart(c.competency().value());
            g.writeStringField("level", c.level());
            instant(g, "validUntil", c.validUntil());
            lifecycle.json(g, c);
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("modules");
        for (ModuleResult m : progress.modules()) {
            g.writeStringField(m.module().value(), m.status().id());
        }
        g.writeEndObject();
        certification(progress.certification().orElse(null));
        g.writeArrayFieldStart("warnings");
        for (LearnerWarning w : progress.warnings()) {
            g.writeStartObject();
            g.writeStringField("code", w.code());
            g.writeStringField("assessment", w.assessment().value());
            instant(g, "at", w.at());
            g.writeStringField("message", w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void certification(CertificationResult result) throws IOException {
        if (result == null) {
            g.writeNullField("certification");
            return;
        }
        g.writeObjectFieldStart("certification");
        g.writeStringField("status", result.status().id());
        instant(g, "expiresAt", result.expiresAt());
        g.writeArrayFieldStart("missing");
        for (Missing missing : result.missing()) {
            g.writeStartObject();
            g.writeStringField("type", missing.type());
            if (missing instanceof Missing.Module m) {
                g.writeStringField("id", m.id().value());
                g.writeStringField("status", m.status().id());
            } else if (missing instanceof Missing.Competency c) {
                g.writeStringField("id", c.id().value());
                g.writeStringField("required", c.required());
                g.writeStringField("attained", c.attained());
            } else if (missing instanceof Missing.Practice p) {
                number(g, "required", p.required());
                number(g, "recorded", p.recorded());
            } else if (missing instanceof Missing.ContinuingEducation e) {
                LifecycleFields.json(g, e);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        lifecycle.json(g, result);
        g.writeEndObject();
    }

    private static void instant(JsonGenerator g, String name, Instant instant) throws IOException {
        g.writeStringField(name, instant == null ? null : instant.toString());
    }

    private static void number(JsonGenerator g, String name, double value) throws IOException {
        JsonNumbers.number(g, name, value);
    }

    @Override
    public void close() throws IOException {
        if (!order.close()) {
            return;
        }
        g.writeEndArray();
        if (evidence != null && !evidence.isClean()) {
            g.writeNumberField("skipped", evidence.rejected());
            problems(g, "warnings", evidence.problems());
        }
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }
}
