package dev.tandem.io.progress;

import dev.tandem.curriculum.Curriculum;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CompetencyResult;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.LearnerWarning;
import dev.tandem.progress.Missing;
import dev.tandem.progress.ModuleResult;
import dev.tandem.internal.Texts;
import dev.tandem.io.internal.Instants;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Progress as a tidy CSV table: one row per learner and item, with the columns
 * {@code learner,item_type,item,value,valid_until}. Cells a spreadsheet would run as a formula are
 * neutralised.
 */
final class CsvProgressWriter implements ProgressWriter, LearnerBlocks {

    /** The header row. */
    static final String[] COLUMNS = {"learner", "item_type", "item", "value", "valid_until"};

    /** Cells are quoted only where CSV needs it (Jackson otherwise quotes every cell longer than 24 characters). */
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n").build();

    private final Writer out;
    /**
     * Rows as arrays of cells, quoted by Jackson's CSV encoder and buffered: flushed to {@code out} when the
     * buffer is full, before rendered learners are written after them, and on close.
     */
    private final CsvGenerator rows;
    private final LearnerOrder order;
    private final LifecycleFields lifecycle;

    CsvProgressWriter(Writer out, Instant asOf) throws IOException {
        this(out, asOf, null);
    }

    CsvProgressWriter(Writer out, Instant asOf, Curriculum curriculum) throws IOException {
        this(out, asOf, curriculum == null ? null : LifecycleFields.of(curriculum), true);
    }

    private CsvProgressWriter(Writer out, Instant asOf, LifecycleFields lifecycle, boolean header)
            throws IOException {
        this.out = out;
        this.lifecycle = lifecycle;
        this.rows = FACTORY.createGenerator(out);
        rows.setSchema(SCHEMA);
        this.order = new LearnerOrder(asOf);
        if (header) {
            cells(COLUMNS[0], COLUMNS[1], COLUMNS[2], COLUMNS[3], COLUMNS[4]);
        }
    }

    @Override
    public Instant asOf() {
        return order.asOf();
    }

    @Override
    public String render(List<LearnerProgress> learners) throws IOException {
        StringWriter text = new StringWriter(512 * learners.size());
        CsvProgressWriter body = new CsvProgressWriter(text, order.asOf(), lifecycle, false);
        for (LearnerProgress p : learners) {
            body.write(p);
        }
        body.rows.flush();
        return text.toString();
    }

    @Override
    public void writeRendered(String text, List<LearnerProgress> learners) throws IOException {
        order.checkAll(learners);
        rows.flush();
        out.write(text);
    }

    @Override
    public void write(LearnerProgress progress) throws IOException {
        order.check(progress);
        String learner = cell(progress.learner().value());
        for (CompetencyResult c : progress.competencies()) {
            row(learner, "competency", c.competency().value(), c.level(), c.validUntil());
            if (lifecycle != null) {
                rows(learner, lifecycle.csv(c));
            }
        }
        for (ModuleResult m : progress.modules()) {
            row(learner, "module", m.module().value(), m.status().id(), m.validUntil());
        }
        CertificationResult cert = progress.certification().orElse(null);
        if (cert != null) {
            row(learner, "certification", "status", cert.status().id(), cert.expiresAt());
            if (cert.practiceHours() != null) {
                row(learner, "practice", "hours", hours(cert.practiceHours()), null);
            }
            if (lifecycle != null) {
                rows(learner, lifecycle.csv(cert));
            }
            for (Missing missing : cert.missing()) {
                row(learner, "missing", missingItem(missing), missing.why(), null);
            }
        }
        for (LearnerWarning w : progress.warnings()) {
            row(learner, "warning", w.assessment().value(), w.message(), null);
        }
    }

    private static String missingItem(Missing missing) {
        if (missing instanceof Missing.Module m) {
            return "module:" + m.id();
        }
        if (missing instanceof Missing.Competency c) {
            return "competency:" + c.id();
        }
        if (missing instanceof Missing.ContinuingEducation e) {
            return LifecycleFields.csvItem(e);
        }
        return "practice";
    }

    private void rows(String learner, List<String[]> rows) throws IOException {
        for (String[] r : rows) {
            row(learner, r[0], r[1], r[2], null);
        }
    }

    /** Writes a row of a learner whose cell is already safe. */
    private void row(String learner, String type, String item, String value, Instant validUntil) throws IOException {
        cells(learner, type, cell(item), cell(value), validUntil == null ? "" : Instants.text(validUntil));
    }

    private void cells(String learner, String type, String item, String value, String validUntil)
            throws IOException {
        rows.writeStartArray();
        rows.writeString(learner);
        rows.writeString(type);
        rows.writeString(item);
        rows.writeString(value);
        rows.writeString(validUntil);
        rows.writeEndArray();
    }

    /**
     * {@return the text as a safe cell: a leading {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
     * return, which a spreadsheet would run as a formula, gets a leading apostrophe; null becomes empty}
     *
     * @param text the cell's text, or null
     */
    static String cell(String text) {
        return dev.tandem.io.internal.CsvCells.safe(text);
    }

    private static String hours(double h) {
        return Texts.number(h);
    }

    @Override
    public void close() throws IOException {
        if (order.close()) {
            rows.flush();
            rows.close();
        }
    }
}
