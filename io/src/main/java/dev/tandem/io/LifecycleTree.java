package dev.tandem.io;

import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.Renewal;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.Rollup;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canonical document form of FORMAT section 13's parts, for the canonical writer: a method without
 * parameters as its name, {@code decaying-average} and {@code n-mastery} as {@code {method: .., weight|n: ..}};
 * a roll-up as {@code all} or {@code {points, children}} (a child's {@code required} only when true); the
 * renewal block with its optional parts left out when absent. Package-private; stateless.
 */
final class LifecycleTree {

    private LifecycleTree() {
    }

    static Object attainment(Attainment a) {
        if (a instanceof Attainment.DecayingAverage d) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", d.id());
            m.put("weight", d.weight());
            return m;
        }
        if (a instanceof Attainment.NMastery n) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", n.id());
            m.put("n", n.n());
            return m;
        }
        return a.id();
    }

    static Object rollup(Rollup r) {
        if (!(r instanceof Rollup.Points p)) {
            return r.id();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", p.points());
        if (!p.children().isEmpty()) {
            Map<String, Object> children = new LinkedHashMap<>();
            p.children().forEach((id, child) -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("points", child.points());
                if (child.required()) {
                    c.put("required", true);
                }
                children.put(id.value(), c);
            });
            m.put("children", children);
        }
        return m;
    }

    static Map<String, Object> renewal(Renewal r) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (r.window() != null) {
            m.put("window", r.window().toString());
        }
        ContinuingEducation ce = r.continuingEducation();
        if (ce != null) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("hours", ce.hours());
            if (ce.within() != null) {
                e.put("within", ce.within().toString());
            }
            if (!ce.topics().isEmpty()) {
                Map<String, Object> topics = new LinkedHashMap<>();
                ce.topics().forEach((topic, hours) -> topics.put(topic.value(), hours));
                e.put("topics", topics);
            }
            m.put("continuing-education", e);
        }
        return m;
    }
}
