package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.MISSING_FIELD;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;

import dev.tandem.certification.Certification;
import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.Renewal;
import dev.tandem.certification.TopicId;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Rollup;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Findings;
import dev.tandem.internal.Suggestions;
import dev.tandem.internal.Texts;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks of FORMAT section 13 that are not a matter of syntax: the parameters of attainment methods,
 * roll-up rules against the competency's children, and the renewal block. Package-private; the
 * curriculum's validator runs them and sorts their diagnostics into document order.
 */
final class LifecycleChecks {

    private final Curriculum c;
    private final Findings out;

    private LifecycleChecks(Curriculum c, Findings out) {
        this.c = c;
        this.out = out;
    }

    /**
     * Reports the problems of section 13 of a possibly invalid curriculum.
     *
     * @param c        the curriculum
     * @param findings where the validator collects its diagnostics
     */
    static void check(Curriculum c, Findings findings) {
        LifecycleChecks checks = new LifecycleChecks(c, findings);
        JsonPointer root = JsonPointer.root();
        checks.attainment(c.attainment(), root.append("attainment"));
        for (int i = 0; i < c.competencies().size(); i++) {
            Competency comp = c.competencies().get(i);
            JsonPointer at = root.append("competencies").append(i);
            if (comp.attainment() != null) {
                checks.attainment(comp.attainment(), at.append("attainment"));
            }
            if (comp.rollup() != null) {
                checks.rollup(comp, at.append("rollup"));
            }
        }
        Certification cert = c.rawCertification();
        if (cert != null && cert.renewal() != null) {
            checks.renewal(cert.renewal(), root.append("certification").append("renewal"));
        }
    }

    private void attainment(Attainment a, JsonPointer at) {
        if (a instanceof Attainment.DecayingAverage d) {
            BigDecimal w = d.weight();
            if (w.signum() <= 0 || w.compareTo(BigDecimal.ONE) >= 0) {
                error(INVALID_VALUE, at.append("weight"), "the decaying-average weight " + w.toPlainString()
                        + " must lie between 0 and 1, both excluded (for example 0.65)");
            }
        } else if (a instanceof Attainment.NMastery n && n.n() < 1) {
            error(INVALID_VALUE, at.append("n"), "n-mastery needs n of at least 1 (the number of attempts that "
                    + "must each award the level); it is " + n.n());
        }
    }

    private void rollup(Competency comp, JsonPointer at) {
        List<Competency> children = c.children(comp.id());
        if (children.isEmpty()) {
            error(INVALID_VALUE, at, "competency '" + comp.id() + "' has a roll-up rule but no children; remove "
                    + "'rollup' or name this competency as the parent of others");
            return;
        }
        if (!(comp.rollup() instanceof Rollup.Points p)) {
            return;
        }
        List<CompetencyId> childIds = children.stream().map(Competency::id).toList();
        for (Map.Entry<CompetencyId, Rollup.ChildPoints> e : p.children().entrySet()) {
            JsonPointer cat = at.append("children").append(e.getKey().value());
            if (!childIds.contains(e.getKey())) {
                error(UNKNOWN_REFERENCE, cat, "'" + e.getKey() + "' is not a child of competency '" + comp.id() + "'"
                        + Suggestions.closest(e.getKey().value(), childIds.stream().map(CompetencyId::value).toList())
                                .map(s -> "; did you mean '" + s + "'?")
                                .orElse(" (children: " + childIds.stream().map(CompetencyId::value)
                                        .collect(Collectors.joining(", ")) + ")"));
            }
            if (e.getValue().points().signum() < 0) {
                error(INVALID_VALUE, cat.append("points"), "a child's points must be 0 or more; they are "
                        + e.getValue().points().toPlainString());
            }
        }
        if (p.points().signum() <= 0) {
            error(INVALID_VALUE, at.append("points"), "the roll-up's points must be above 0; they are "
                    + p.points().toPlainString());
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (CompetencyId child : childIds) {
            total = total.add(p.of(child).points().max(BigDecimal.ZERO));
        }
        if (p.points().compareTo(total) > 0) {
            error(INVALID_VALUE, at.append("points"), "the roll-up of '" + comp.id() + "' needs "
                    + p.points().toPlainString() + " points, but its children together count only "
                    + total.stripTrailingZeros().toPlainString() + ", so the rule can never hold");
        }
    }

    private void renewal(Renewal r, JsonPointer at) {
        positivePeriod(at.append("window"), r.window(), "the renewal window");
        ContinuingEducation ce = r.continuingEducation();
        if (ce == null) {
            return;
        }
        JsonPointer cat = at.append("continuing-education");
        boolean hoursOk = ce.hours() > 0 && !Double.isInfinite(ce.hours());
        if (!hoursOk) {
            error(INVALID_VALUE, cat.append("hours"), "continuing-education hours " + Texts.number(
                    ce.hours()) + " must be a number above 0");
        }
        if (ce.within() == null) {
            error(MISSING_FIELD, cat.append("within"), "continuing education needs 'within', the period over which "
                    + "education hours count (for example P2Y)");
        } else {
            positivePeriod(cat.append("within"), ce.within(), "the continuing-education window 'within'");
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean topicsOk = true;
        for (Map.Entry<TopicId, Double> e : ce.topics().entrySet()) {
            double h = e.getValue();
            if (!(h > 0) || Double.isInfinite(h)) {
                topicsOk = false;
                error(INVALID_VALUE, cat.append("topics").append(e.getKey().value()), "the minimum hours of topic '"
                        + e.getKey() + "' must be a number above 0; they are " + Texts.number(h));
            } else {
                sum = sum.add(BigDecimal.valueOf(h));
            }
        }
        if (hoursOk && topicsOk && sum.compareTo(BigDecimal.valueOf(ce.hours())) > 0) {
            error(INVALID_VALUE, cat.append("topics"), "the topics' minimum hours add up to " + sum.stripTrailingZeros().toPlainString()
                    + ", more than the " + Texts.number(ce.hours()) + " hours required in total");
        }
    }

    private void positivePeriod(JsonPointer at, Period period, String what) {
        out.positivePeriod(at, period, what);
    }

    private void error(DiagnosticCode code, JsonPointer at, String message) {
        out.error(code, at, message);
    }
}
