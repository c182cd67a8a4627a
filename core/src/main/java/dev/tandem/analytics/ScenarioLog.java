package dev.tandem.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One learner's scenario attempts in input order: assessment (scenario index), instant, response ranks. */
final class ScenarioLog {

    private final List<Entry> entries = new ArrayList<>(2);

    private record Entry(int assessment, Instant at, short[] ranks) {
    }

    void add(int assessment, Instant at, short[] ranks) {
        entries.add(new Entry(assessment, at, ranks));
    }

    /**
     * {@return the ranks of the k-th attempt of the assessment at or before asOf, in time order with ties in
     * input order (the order of the evaluator's attempt results), or null}
     */
    short[] responses(int assessment, int k, Instant asOf) {
        List<Entry> of = new ArrayList<>();
        for (Entry e : entries) {
            if (e.assessment == assessment && !e.at.isAfter(asOf)) {
                of.add(e);
            }
        }
        of.sort((x, y) -> x.at.compareTo(y.at)); // stable: ties keep input order
        return k < of.size() ? of.get(k).ranks : null;
    }
}
