package dev.tandem.analytics;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.progress.CertificationStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The groups of cells of a report value whose members add up to a total, read from the value itself (not
 * from the code that suppresses): what someone holding the report could subtract.
 */
final class ReportGroups {

    /**
     * A group: its members and its total, which is a cell or, when {@code published} is not null, a number
     * published as such.
     */
    record Group(String name, List<Cell> members, Cell total, Integer published) {
    }

    private ReportGroups() {
    }

    static List<Cell> cells(Figures f) {
        List<Cell> all = new ArrayList<>();
        if (f.certification() != null) {
            all.addAll(f.certification().values());
            f.timeToCertification().histogram().forEach(b -> all.add(b.learners()));
        }
        f.competencies().values().forEach(m -> all.addAll(m.values()));
        f.modules().values().forEach(m -> all.addAll(m.values()));
        f.assessments().values().forEach(a -> {
            all.add(a.learners());
            a.scores().forEach(b -> all.add(b.learners()));
        });
        f.vignettes().forEach(v -> {
            all.addAll(List.of(v.under(), v.match(), v.over(), v.missing()));
            all.addAll(v.chosen().values());
        });
        return all;
    }

    static List<Cell> allCells(CohortReport r) {
        List<Cell> all = new ArrayList<>(cells(r.figures()));
        r.months().forEach(m -> {
            all.add(m.learners());
            all.addAll(cells(m.figures()));
        });
        return all;
    }

    static List<Group> groups(CohortReport r) {
        List<Group> groups = new ArrayList<>(groups("all", r.figures(), null, r.learners()));
        for (MonthFigures m : r.months()) {
            groups.addAll(groups(m.month().toString(), m.figures(), m.learners(), null));
        }
        if (r.months().size() > 1) {
            groups.add(new Group("month learners", r.months().stream().map(MonthFigures::learners).toList(), null,
                    r.learners()));
        }
        if (!r.months().isEmpty()) {
            List<Cell> whole = cells(r.figures());
            List<List<Cell>> months = r.months().stream().map(m -> cells(m.figures())).toList();
            for (int k = 0; k < whole.size(); k++) {
                int index = k;
                groups.add(new Group("across months #" + k, months.stream().map(m -> m.get(index)).toList(),
                        whole.get(k), null));
            }
        }
        return groups;
    }

    private static List<Group> groups(String name, Figures f, Cell total, Integer published) {
        List<Group> g = new ArrayList<>();
        if (f.certification() != null) {
            g.add(new Group(name + " certification", List.copyOf(f.certification().values()), total, published));
            g.add(new Group(name + " time to certification",
                    f.timeToCertification().histogram().stream().map(TimeToCertification.DayBin::learners).toList(),
                    f.certification().get(CertificationStatus.CERTIFIED), null));
        }
        f.competencies().forEach((k, m) -> g.add(new Group(name + " " + k, List.copyOf(m.values()), total,
                published)));
        f.modules().forEach((k, m) -> g.add(new Group(name + " " + k, List.copyOf(m.values()), total, published)));
        f.assessments().forEach((k, a) -> g.add(new Group(name + " scores " + k,
                a.scores().stream().map(AssessmentFigures.ScoreBin::learners).toList(), a.learners(), null)));
        for (VignetteFigures v : f.vignettes()) {
            Cell learners = f.assessments().get(AssessmentId.of(v.assessment().toString())).learners();
            g.add(new Group(name + " " + v.key(), List.of(v.under(), v.match(), v.over(), v.missing()), learners,
                    null));
            List<Cell> below = new ArrayList<>();
            List<Cell> above = new ArrayList<>();
            v.chosen().forEach((tier, cell) -> (isAbove(v, tier.toString()) ? above : below).add(cell));
            g.add(new Group(name + " " + v.key() + " under", below, v.under(), null));
            g.add(new Group(name + " " + v.key() + " over", above, v.over(), null));
        }
        return g;
    }

    private static final List<String> TIERS = List.of("continue", "consult", "refer", "emergency");

    private static boolean isAbove(VignetteFigures v, String tier) {
        return TIERS.indexOf(tier) > TIERS.indexOf(v.expected().toString());
    }
}
