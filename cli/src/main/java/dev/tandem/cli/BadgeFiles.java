package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.badge.BadgeCredential;
import dev.tandem.io.badge.CredentialOptions;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.LearnerProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes one unsigned Open Badges 3.0 credential per certified learner of a cohort into a directory.
 *
 * <p>Each file is named after the credential's UUID ({@code UUID.json}, see {@link BadgeCredential#identifier}),
 * never after the learner id, so no learner id reaches the file system and any id (slashes, dots, reserved
 * names, case-insensitive collisions) is safe. Each file is written to a hidden temporary file in the same
 * directory and then moved into place atomically, so a reader never sees half a credential; re-running for the
 * same certified stretch replaces the file with the same name. Files already in the directory are left alone.
 *
 * @param directory where the files go; created (with its parents) when missing
 * @param options   issuer and identifiers of the credentials
 */
record BadgeFiles(Path directory, CredentialOptions options) {

    BadgeFiles {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(options, "options");
    }

    /**
     * Writes the credentials of the learners certified at an instant.
     *
     * @param curriculum the cohort's curriculum (with a certification)
     * @param cohort     the cohort
     * @param asOf       the evaluation instant
     * @return how many credentials were written
     * @throws IOException when the directory cannot be created or a file cannot be written
     */
    int write(Curriculum curriculum, Cohort cohort, Instant asOf) throws IOException {
        Files.createDirectories(directory);
        int written = 0;
        Iterator<LearnerProgress> all = cohort.evaluate(asOf).iterator();
        while (all.hasNext()) {
            LearnerProgress p = all.next();
            if (p.certification() == null || !p.certification().certified()) {
                continue;
            }
            Instant since = cohort.certifiedSince(p.learner(), asOf).orElseThrow();
            String name = BadgeCredential.identifier(curriculum.id(), p.learner(), since) + ".json";
            AtomicFiles.write(directory.resolve(name), BadgeCredential.issue(curriculum, p, since, options));
            written++;
        }
        return written;
    }
}
