package dev.tandem.io.progress;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CompetencyResult;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.LearnerWarning;
import dev.tandem.progress.Missing;
import dev.tandem.progress.ModuleResult;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/** Progress as a readable summary, one block per learner. */
final class TextProgressWriter implements ProgressWriter, LearnerBlocks {

    private final Writer out;
    private final LearnerOrder order;
    private final EvidenceSummary evidence;
    private final int competencyWidth;
    private final int moduleWidth;
    private final LifecycleFields lifecycle;
    private int learners;

    TextProgressWriter(Writer out, Curriculum curriculum, Instant asOf, EvidenceSummary evidence)
            throws IOException {
        this.out = out;
        this.order = new LearnerOrder(asOf);
        this.evidence = evidence;
        this.lifecycle = LifecycleFields.of(curriculum);
        this.competencyWidth = curriculum.competencies().stream().mapToInt(c -> c.id().value().length()).max()
                .orElse(0);
        this.moduleWidth = curriculum.modules().stream().mapToInt(m -> m.id().value().length()).max().orElse(0);
        out.write(curriculum.title() + " (" + curriculum.id() + " " + curriculum.version() + "), as of " + asOf
                + "\n");
    }

    @Override
    public Instant asOf() {
        return order.asOf();
    }

    @Override
    public String render(List<LearnerProgress> progress) {
        StringBuilder sb = new StringBuilder(512 * progress.size());
        for (LearnerProgress p : progress) {
            block(p, sb);
        }
        return sb.toString();
    }

    @Override
    public void writeRendered(String text, List<LearnerProgress> progress) throws IOException {
        order.checkAll(progress);
        learners += progress.size();
        out.write(text);
    }

    @Override
    public void write(LearnerProgress progress) throws IOException {
        order.check(progress);
        learners++;
        StringBuilder sb = new StringBuilder();
        block(progress, sb);
        out.write(sb.toString());
    }

    /** Appends one learner's block. */
    private void block(LearnerProgress progress, StringBuilder sb) {
        sb.append("\n").append(progress.learner().value()).append('\n');
        CertificationResult cert = progress.certification().orElse(null);
        if (cert != null) {
            sb.append("  certification: ").append(cert.status().id());
            if (cert.expiresAt() != null) {
                sb.append(" (expires ").append(cert.expiresAt()).append(')');
            }
            sb.append(lifecycle.renewalText(cert)).append('\n').append(lifecycle.educationText(cert));
            for (Missing missing : cert.missing()) {
                sb.append("    missing: ").append(missing.why()).append('\n');
            }
        }
        sb.append("  competencies:\n");
        for (CompetencyResult c : progress.competencies()) {
            sb.append("    ").append(pad(c.competency().value(), competencyWidth)).append("  ")
                    .append(c.level() == null ? "-" : c.level()).append(lifecycle.text(c));
            if (c.validUntil() != null) {
                sb.append(" (until ").append(c.validUntil()).append(')');
            }
            sb.append('\n');
        }
        sb.append("  modules:\n");
        for (ModuleResult m : progress.modules()) {
            sb.append("    ").append(pad(m.module().value(), moduleWidth)).append("  ").append(m.status().id())
                    .append('\n');
        }
        for (LearnerWarning w : progress.warnings()) {
            sb.append("  warning: ").append(w.message()).append('\n');
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    @Override
    public void close() throws IOException {
        if (!order.close()) {
            return;
        }
        StringBuilder sb = new StringBuilder("\n").append(learners).append(learners == 1 ? " learner" : " learners");
        if (evidence != null && evidence.rejected() > 0) {
            sb.append("; ").append(evidence.rejected()).append(" evidence record")
                    .append(evidence.rejected() == 1 ? "" : "s").append(" skipped");
        }
        out.write(sb.append('\n').toString());
        out.flush();
    }
}
