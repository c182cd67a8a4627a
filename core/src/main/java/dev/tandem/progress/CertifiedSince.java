package dev.tandem.progress;

import dev.tandem.evidence.LearnerId;
import java.time.Instant;
import java.util.Arrays;

/**
 * The start of a certified learner's current certified stretch: the latest instant from which, with only the
 * evidence up to each instant counted, the learner has been certified without interruption until the
 * evaluation instant.
 *
 * <p>With the evidence fixed, requirements only stop holding as time passes (validity windows close), never
 * start to; so a learner becomes certified only at an instant carrying new evidence, and between two such
 * instants {@code t1 < t2} a learner certified at {@code t1} stays certified until {@code t2} exactly when
 * the {@code expiresAt} seen at {@code t1} is null or not before {@code t2}. The search walks the learner's
 * record instants backwards from the evaluation instant and stops at the first interruption, so it
 * evaluates the learner once per record instant of the current stretch (plus one).
 */
final class CertifiedSince {

    private CertifiedSince() {
    }

    /** {@return the start of the current certified stretch, or null when not certified at asOf} */
    static Instant find(CompiledCurriculum compiled, LearnerId learner, RecordLog log, Instant asOf) {
        CertificationResult now = compiled.evaluate(learner, log, asOf).certification().orElse(null);
        if (now == null || !now.certified()) {
            return null;
        }
        Instant[] instants = instantsUpTo(log, asOf);
        Instant since = null;
        Instant next = asOf;
        for (int k = instants.length - 1; k >= 0; k--) {
            Instant t = instants[k];
            CertificationResult c = compiled.evaluate(learner, log, t).certification().orElseThrow();
            if (!c.certified() || c.expiresAt() != null && c.expiresAt().isBefore(next)) {
                break;
            }
            since = t;
            next = t;
        }
        // certified at asOf with no record before it: only a certification without requirements; then the
        // stretch has no start in the evidence and the evaluation instant is the best statement of it
        return since == null ? asOf : since;
    }

    private static Instant[] instantsUpTo(RecordLog log, Instant asOf) {
        Instant[] all = new Instant[log.size()];
        int n = 0;
        for (int i = 0; i < log.size(); i++) {
            Instant t = Instant.ofEpochSecond(log.seconds(i), log.nanos(i));
            if (!t.isAfter(asOf)) {
                all[n++] = t;
            }
        }
        Instant[] sorted = Arrays.copyOf(all, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (distinct == 0 || !sorted[distinct - 1].equals(sorted[i])) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
