package dev.tandem.io.privacy;

import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces learner ids by keyed pseudonyms: {@code p-} followed by the lower-case hex HMAC-SHA-256 of the id's
 * UTF-8 bytes under a secret key.
 *
 * <p>The same key gives the same pseudonym for the same id in every run, so results of different runs can be
 * joined; without the key, a pseudonym cannot be traced back to an id or recomputed from a guessed id. The key
 * comes from the environment variable {@value #KEY_VARIABLE} or from a key file, never from a command line
 * (where other users of the machine and shell histories could read it). A key has at least
 * {@value #MIN_KEY_BYTES} bytes.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the key.
 */
public final class Pseudonymizer {

    /** The environment variable that holds the key (its UTF-8 bytes are the key). */
    public static final String KEY_VARIABLE = "TANDEM_PSEUDONYM_KEY";
    /** The prefix of every pseudonym. */
    public static final String PREFIX = "p-";
    /** The fewest bytes a key has. */
    public static final int MIN_KEY_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;

    private Pseudonymizer(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The pseudonym key is too short (at least " + MIN_KEY_BYTES
                    + " bytes): " + key.length + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        mac(); // fails now, not on first use, if the platform lacks HMAC-SHA-256
    }

    /**
     * {@return a pseudonymizer with the given key}
     *
     * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes; copied
     * @throws IllegalArgumentException when the key is too short
     */
    public static Pseudonymizer of(byte[] key) {
        return new Pseudonymizer(Objects.requireNonNull(key, "key").clone());
    }

    /**
     * Reads the key from a file: its bytes, without trailing line breaks and spaces (so that a key written
     * with {@code echo} works).
     *
     * @param file the key file
     * @return the pseudonymizer
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when the key is too short
     */
    public static Pseudonymizer fromKeyFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(Objects.requireNonNull(file, "file"));
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' '
                || bytes[end - 1] == '\t')) {
            end--;
        }
        byte[] key = Arrays.copyOf(bytes, end);
        Arrays.fill(bytes, (byte) 0);
        return new Pseudonymizer(key);
    }

    /**
     * Takes the key from the environment variable {@value #KEY_VARIABLE}.
     *
     * @param environment the environment, such as {@link System#getenv()}
     * @return the pseudonymizer, or empty when the variable is not set or empty
     * @throws IllegalArgumentException when the key is too short
     */
    public static Optional<Pseudonymizer> fromEnvironment(Map<String, String> environment) {
        String value = Objects.requireNonNull(environment, "environment").get(KEY_VARIABLE);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pseudonymizer(value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * {@return the pseudonym of a learner: {@code p-} and 64 lower-case hex digits}
     *
     * @param learner the learner
     */
    public LearnerId pseudonym(LearnerId learner) {
        byte[] hash = mac().doFinal(Objects.requireNonNull(learner, "learner").value()
                .getBytes(StandardCharsets.UTF_8));
        return LearnerId.of(PREFIX + HEX.formatHex(hash));
    }

    /**
     * {@return the same record with the learner replaced by its pseudonym}
     *
     * @param record the record
     */
    public EvidenceRecord pseudonymize(EvidenceRecord record) {
        Objects.requireNonNull(record, "record");
        LearnerId learner = pseudonym(record.learner());
        if (record instanceof EvidenceRecord.Attempt a) {
            return new EvidenceRecord.Attempt(learner, a.assessment(), a.score(), a.responses(), a.at(), a.by());
        }
        if (record instanceof EvidenceRecord.Completion c) {
            return new EvidenceRecord.Completion(learner, c.module(), c.at(), c.by());
        }
        if (record instanceof EvidenceRecord.Education e) {
            return new EvidenceRecord.Education(learner, e.hours(), e.topic(), e.at(), e.by());
        }
        EvidenceRecord.Practice p = (EvidenceRecord.Practice) record;
        return new EvidenceRecord.Practice(learner, p.hours(), p.at(), p.by());
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("The pseudonym key cannot be used", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available on this Java platform", e);
        }
    }

    /** {@return a description that never shows the key} */
    @Override
    public String toString() {
        return "Pseudonymizer[HMAC-SHA-256, key hidden]";
    }
}
