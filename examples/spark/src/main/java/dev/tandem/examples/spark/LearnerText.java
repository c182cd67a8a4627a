package dev.tandem.examples.spark;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.progress.ProgressFormat;
import dev.tandem.io.progress.ProgressWriter;
import dev.tandem.progress.LearnerProgress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * Writes one learner's progress exactly as {@code tandem evaluate} does, with Tandem's own {@link ProgressWriter},
 * and cuts out that learner's part: for JSON the learner object of the {@code learners} array, for CSV the
 * learner's rows after the header. Concatenated in learner order (with the CSV header once in front), the parts
 * are byte for byte what {@code evaluate} writes for the same learners.
 *
 * <p>The document around a learner does not depend on the learner: it is learned once from the document of no
 * learners (for JSON <code>{"curriculum":...,"learners":[</code> and <code>]}</code> and a line break; for CSV
 * the header line). Not thread-safe; one per Spark partition.
 */
final class LearnerText {

    private static final String JSON_TAIL = "]}\n";

    private final ProgressFormat format;
    private final Curriculum curriculum;
    private final Instant asOf;
    private final String head;
    private final String tail;

    /**
     * @param format     JSON or CSV
     * @param curriculum the curriculum evaluated
     * @param asOf       the evaluation instant
     */
    LearnerText(ProgressFormat format, Curriculum curriculum, Instant asOf) {
        if (format != ProgressFormat.JSON && format != ProgressFormat.CSV) {
            throw new IllegalArgumentException("the progress of one learner is written as JSON or CSV: " + format);
        }
        this.format = format;
        this.curriculum = Objects.requireNonNull(curriculum, "curriculum");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        String empty = document(null);
        if (format == ProgressFormat.JSON) {
            if (!empty.endsWith(JSON_TAIL)) {
                throw new IllegalStateException("the progress document does not end its learners with ]}");
            }
            this.head = empty.substring(0, empty.length() - JSON_TAIL.length());
            this.tail = JSON_TAIL;
        } else {
            this.head = empty;
            this.tail = "\n";
        }
    }

    /**
     * {@return the CSV header line of {@code tandem evaluate --format csv}, without its line break}
     *
     * @param curriculum the curriculum evaluated
     * @param asOf       the evaluation instant
     */
    static String csvHeader(Curriculum curriculum, Instant asOf) {
        String head = new LearnerText(ProgressFormat.CSV, curriculum, asOf).head;
        return head.substring(0, head.length() - 1);
    }

    /**
     * {@return the learner's part of the document, without its final line break: the compact learner object
     * (JSON), or the learner's rows (CSV; empty when the learner has none)}
     *
     * @param progress the learner's progress, evaluated at this writer's instant
     */
    String of(LearnerProgress progress) {
        String document = document(Objects.requireNonNull(progress, "progress"));
        if (format == ProgressFormat.CSV && document.equals(head)) {
            return "";
        }
        if (!document.startsWith(head) || !document.endsWith(tail)) {
            throw new IllegalStateException("the progress document of one learner has another head or tail");
        }
        return document.substring(head.length(), document.length() - tail.length());
    }

    private String document(LearnerProgress progress) {
        StringWriter out = new StringWriter();
        try (ProgressWriter writer = ProgressWriter.open(format, out, curriculum, asOf)) {
            if (progress != null) {
                writer.write(progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
