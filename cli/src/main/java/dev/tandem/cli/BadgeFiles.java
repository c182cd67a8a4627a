package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.badge.BadgeCredential;
import dev.tandem.io.badge.CredentialOptions;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.LearnerProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
     * Writes the credentials of the given learners, those found certified at an instant while the cohort's
     * progress was written (so that the rest of the cohort is not evaluated a second time), into a batch of
     * output files: they are moved into place when the batch is committed.
     *
     * @param batch      the batch of the run's output files
     * @param curriculum the cohort's curriculum (with a certification)
     * @param cohort     the cohort
     * @param certified  the learners certified at {@code asOf}
     * @param asOf       the evaluation instant
     * @param inputs     the run's input files, which no credential may replace
     * @return how many credentials were written
     * @throws IOException when the directory cannot be created or a file cannot be written
     */
    int write(AtomicFiles.Batch batch, Curriculum curriculum, Cohort cohort, List<LearnerId> certified,
            Instant asOf, List<Path> inputs) throws IOException {
        Files.createDirectories(directory);
        int written = 0;
        for (LearnerId learner : certified) {
            LearnerProgress p = cohort.evaluate(learner, asOf);
            if (!p.certification().map(CertificationResult::certified).orElse(false)) {
                continue;
            }
            Instant since = cohort.certifiedSince(p.learner(), asOf).orElseThrow();
            String name = BadgeCredential.identifier(curriculum.id(), p.learner(), since) + ".json";
            String json = BadgeCredential.issue(curriculum, p, since, options);
            batch.add(AtomicFiles.target(directory.resolve(name), true, inputs), w -> w.write(json));
            written++;
        }
        return written;
    }
}
