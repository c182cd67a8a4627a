package dev.tandem.io.evidence;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The layout of an evidence file (FORMAT 6.1). */
public enum EvidenceFormat {
    /** JSON Lines: one JSON object per line ({@code .jsonl}, {@code .ndjson}). */
    JSON_LINES,
    /** One JSON array of objects ({@code .json}). */
    JSON_ARRAY,
    /** CSV with the header {@code learner,kind,assessment,module,score,hours,responses,at,by} ({@code .csv}). */
    CSV;

    /**
     * {@return the format a file name's extension stands for, or empty when the extension says nothing}
     *
     * @param fileName a file name or path, for example {@code evidence.jsonl}
     */
    public static Optional<EvidenceFormat> fromFileName(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON_ARRAY);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    /**
     * {@return the format a file's first non-blank character suggests: {@code [} a JSON array, <code>&#123;</code>
     * JSON Lines, anything else CSV}
     *
     * @param firstCharacter the first character that is not white space or a byte-order mark, or -1 for an
     *                       empty file (then JSON Lines, which reads as no records)
     */
    public static EvidenceFormat fromFirstCharacter(int firstCharacter) {
        if (firstCharacter == '[') {
            return JSON_ARRAY;
        }
        if (firstCharacter == '{' || firstCharacter < 0) {
            return JSON_LINES;
        }
        return CSV;
    }
}
