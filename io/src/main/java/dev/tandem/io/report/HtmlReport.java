package dev.tandem.io.report;

import dev.tandem.analytics.AssessmentFigures;
import dev.tandem.analytics.Cell;
import dev.tandem.analytics.CohortReport;
import dev.tandem.analytics.Figures;
import dev.tandem.analytics.MonthFigures;
import dev.tandem.analytics.TimeToCertification;
import dev.tandem.analytics.VignetteFigures;
import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.Vignette;
import dev.tandem.competency.Competency;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.Tier;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.ModuleStatus;
import dev.tandem.training.TrainingModule;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page: inline CSS and inline SVG charts, no scripts, fonts, images or
 * links to load, readable on screen and on paper. Every chart segment carries {@code data-*} attributes with
 * its figure, so the page can be checked by a parser. Package-private.
 */
final class HtmlReport {

    private static final String[] LEVEL_RAMP = {"#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
        "#08306b"};
    private static final String NONE = "#dedede";
    private static final Map<ModuleStatus, String> MODULE_COLOURS = Map.of(ModuleStatus.COMPLETED, "#2e7d32",
            ModuleStatus.IN_PROGRESS, "#8cc98f", ModuleStatus.LOCKED, "#f0b37e", ModuleStatus.NOT_STARTED, NONE);
    private static final Map<CertificationStatus, String> CERT_COLOURS = Map.of(CertificationStatus.CERTIFIED,
            "#2e7d32", CertificationStatus.LAPSED, "#e07b24", CertificationStatus.IN_PROGRESS, "#7fb3d5",
            CertificationStatus.NOT_STARTED, NONE);
    private static final String UNDER = "#c62828";
    private static final int LABEL_W = 320;
    private static final int BAR_W = 520;

    private final CohortReport r;
    private final Curriculum c;
    private final StringBuilder h = new StringBuilder(64 * 1024);
    private int patterns;

    private HtmlReport(CohortReport report, Curriculum curriculum) {
        this.r = report;
        this.c = curriculum;
    }

    static String render(CohortReport report, Curriculum curriculum) {
        HtmlReport page = new HtmlReport(report, curriculum);
        page.page();
        return page.h.toString();
    }

    // ------------------------------------------------------------------ page

    private void page() {
        Figures f = r.figures();
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(r.asOf().atOffset(ZoneOffset.UTC));
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(c.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Cohort report: ").append(esc(c.title())).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<header>\n<p class=\"kicker\">Cohort report</p>\n<h1>").append(esc(c.title())).append("</h1>\n")
                .append("<p class=\"meta\"><span>").append(esc(r.curriculum())).append(' ').append(esc(r.version()))
                .append("</span><span>as of <time datetime=\"").append(esc(r.asOf().toString())).append("\">")
                .append(date).append("</time></span><span id=\"learners\">").append(num(r.learners()))
                .append(" learners</span><span>").append(r.minCell() <= 1 ? "every count shown"
                        : "counts under " + r.minCell() + " shown as " + esc("<" + r.minCell()))
                .append("</span></p>\n</header>\n");
        summary(f);
        if (f.certification() != null) {
            certification(f);
            time(f.timeToCertification());
        }
        escalation(f);
        attainment(f);
        modules(f);
        assessments(f);
        if (!r.months().isEmpty()) {
            months();
        }
        h.append("<footer>\n<p>Learners are everyone with any record in the evidence; figures count learners, "
                + "never name them. A count from 1 to ").append(r.minCell() - 1)
                .append(" is suppressed, and so is any further count from which a suppressed one could be "
                        + "recovered by subtraction (complementary suppression). Hatched bar segments stand for "
                        + "suppressed counts together.</p>\n<p>Produced by Tandem from the curriculum ")
                .append(esc(r.curriculum())).append(' ').append(esc(r.version())).append(".</p>\n</footer>\n")
                .append("</main>\n</body>\n</html>\n");
    }

    private void summary(Figures f) {
        h.append("<section class=\"cards\" aria-label=\"Key figures\">\n");
        card("Learners", num(r.learners()), "with any record");
        if (f.certification() != null) {
            Cell cert = f.certification().get(CertificationStatus.CERTIFIED);
            card("Certified", show(cert), cert.suppressed() ? "suppressed" : pct(cert.share()) + " of learners");
            Double median = f.timeToCertification().median();
            card("Median time to certification", median == null ? "n/a" : days(median) + " days",
                    "from first record");
        }
        int possibly = f.possiblyDangerous().size();
        h.append("<div class=\"card").append(f.dangerous().isEmpty() && possibly == 0 ? "" : " alert")
                .append("\" id=\"under-escalated\"><div class=\"card-title\">Vignettes under-escalated</div>")
                .append("<div class=\"card-value\">").append(f.dangerous().size()).append(" <span class=\"of\">of ")
                .append(num(f.vignettes().size())).append("</span></div><div class=\"card-note\">");
        if (possibly > 0) {
            h.append("<strong class=\"possibly\">").append(esc(possibly + " more below the reporting threshold"))
                    .append("</strong>: fewer than ").append(r.minCell())
                    .append(" learners each, so possibly under-escalated too");
        } else {
            h.append("scenario vignettes where learners chose a lower tier than expected");
        }
        h.append("</div></div>\n");
        h.append("</section>\n");
    }

    /** {@return the under-escalated vignettes as the month table shows them: "2", or "2 (+1 below threshold)"} */
    private static String underEscalated(Figures f) {
        int possibly = f.possiblyDangerous().size();
        return f.dangerous().size() + (possibly == 0 ? "" : " <span class=\"possibly\">(+" + possibly
                + " below threshold)</span>");
    }

    private void card(String title, String value, String note) {
        h.append("<div class=\"card\"><div class=\"card-title\">").append(esc(title))
                .append("</div><div class=\"card-value\">").append(esc(value)).append("</div><div class=\"card-note\">")
                .append(esc(note)).append("</div></div>\n");
    }

    // ------------------------------------------------------------------ certification

    private void certification(Figures f) {
        h.append("<section id=\"certification\">\n<h2>Certification</h2>\n");
        c.certification().ifPresent(cert -> h.append("<p class=\"lead\">").append(esc(cert.title()))
                .append(": status of every learner at the report's date.</p>\n"));
        List<Segment> segs = new ArrayList<>();
        f.certification().forEach((st, cell) -> segs.add(new Segment(st.id(), st.id(), cell, CERT_COLOURS.get(st))));
        legend(segs);
        stackedChart("chart-certification", "Certification status of learners",
                List.of(new Row("certification", "All learners", segs)), false);
        table(List.of("Status", "Learners", "Share"), f.certification().entrySet().stream()
                .map(e -> List.of(esc(e.getKey().id()), count(e.getValue()), share(e.getValue()))).toList(),
                "table-certification");
        if (f.renewalDue() != null) {
            h.append("<p>Certified learners whose renewal is due: ").append(count(f.renewalDue())).append(" (")
                    .append(share(f.renewalDue())).append(" of all learners).</p>\n");
        }
        h.append("</section>\n");
    }

    private void time(TimeToCertification t) {
        h.append("<section id=\"time-to-certification\">\n<h2>Time to certification</h2>\n<p class=\"lead\">");
        if (t.median() == null) {
            h.append("Too few certified learners to show the median and quartiles.");
        } else {
            h.append("Median <strong class=\"median\">").append(days(t.median())).append(" days</strong> from a learner's "
                    + "first record to certification; half of certified learners took between <span class=\"q1\">")
                    .append(days(t.lowerQuartile())).append("</span> and <span class=\"q3\">")
                    .append(days(t.upperQuartile())).append("</span> days.");
        }
        h.append(" The date of certification is the first record after which the learner was certified.</p>\n");
        if (t.histogram().isEmpty()) {
            h.append("<p class=\"empty\">No learner is certified.</p>\n</section>\n");
            return;
        }
        histogram(t);
        h.append("</section>\n");
    }

    private void histogram(TimeToCertification t) {
        List<TimeToCertification.DayBin> bins = t.histogram();
        int max = Math.max(1, bins.stream().mapToInt(b -> b.learners().countOrZero()).max().orElse(1));
        int step = niceStep(max);
        int top = ((max + step - 1) / step) * step;
        int left = 48;
        int plotW = 760;
        int plotH = 220;
        int width = left + plotW + 16;
        int height = plotH + 64;
        double bw = (double) plotW / bins.size();
        String hatch = pattern();
        h.append("<figure>\n<svg class=\"chart chart-time\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-label=\"Histogram of days from first record to certification\">\n");
        defs(hatch);
        for (int v = 0; v <= top; v += step) {
            double y = 12 + plotH - (double) v / top * plotH;
            h.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(left + plotW)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(num(v)).append("</text>\n");
        }
        int labelEvery = Math.max(1, (int) Math.ceil(bins.size() / 12.0));
        for (int i = 0; i < bins.size(); i++) {
            TimeToCertification.DayBin b = bins.get(i);
            double x = left + i * bw;
            Cell cell = b.learners();
            String label = b.fromDay() + "–" + (b.toDay() - 1) + " days";
            if (cell.suppressed()) {
                h.append("<rect class=\"bin suppressed\" data-from-day=\"").append(b.fromDay())
                        .append("\" data-count=\"suppressed\" x=\"").append(fmt(x + 1)).append("\" y=\"")
                        .append(12 + plotH - 10).append("\" width=\"").append(fmt(Math.max(1, bw - 2)))
                        .append("\" height=\"10\" fill=\"url(#").append(hatch).append(")\"><title>").append(label)
                        .append(": ").append(esc("<" + r.minCell())).append("</title></rect>")
                        .append("<text class=\"value\" x=\"").append(fmt(x + bw / 2)).append("\" y=\"")
                        .append(12 + plotH - 14).append("\" text-anchor=\"middle\">").append(esc("<" + r.minCell()))
                        .append("</text>\n");
            } else {
                double bh = (double) cell.count() / top * plotH;
                h.append("<rect class=\"bin\" data-from-day=\"").append(b.fromDay()).append("\" data-count=\"")
                        .append(cell.count()).append("\" x=\"").append(fmt(x + 1)).append("\" y=\"")
                        .append(fmt(12 + plotH - bh)).append("\" width=\"").append(fmt(Math.max(1, bw - 2)))
                        .append("\" height=\"").append(fmt(bh)).append("\" fill=\"#2e7d32\"><title>").append(label)
                        .append(": ").append(num(cell.count())).append(" learners</title></rect>");
                if (cell.count() > 0 && bw >= 22) {
                    h.append("<text class=\"value\" x=\"").append(fmt(x + bw / 2)).append("\" y=\"")
                            .append(fmt(12 + plotH - bh - 4)).append("\" text-anchor=\"middle\">").append(num(cell.count()))
                            .append("</text>");
                }
                h.append('\n');
            }
            if (i % labelEvery == 0) {
                h.append("<text class=\"tick\" x=\"").append(fmt(x)).append("\" y=\"").append(plotH + 28)
                        .append("\" text-anchor=\"middle\">").append(b.fromDay()).append("</text>\n");
            }
        }
        h.append("<line class=\"axis\" x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"")
                .append(12 + plotH).append("\" y2=\"").append(12 + plotH).append("\"/>\n")
                .append("<text class=\"axis-title\" x=\"").append(left + plotW / 2).append("\" y=\"").append(plotH + 52)
                .append("\" text-anchor=\"middle\">days from first record to certification (bins of ")
                .append(t.binDays()).append(" days)</text>\n</svg>\n</figure>\n");
    }

    // ------------------------------------------------------------------ escalation

    private void escalation(Figures f) {
        h.append("<section id=\"escalation\">\n<h2>Escalation judgement</h2>\n");
        if (f.vignettes().isEmpty()) {
            h.append("<p class=\"empty\">The curriculum has no scenario vignettes.</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"lead\">Scenarios trainees get dangerously wrong: the share of learners whose most "
                + "recent attempt chose a tier <em>below</em> the expected one, vignette by vignette, highest "
                + "first.</p>\n");
        List<VignetteFigures> order = new ArrayList<>(f.vignettes());
        order.sort(Comparator.comparing((VignetteFigures v) -> v.under().suppressed())
                .thenComparing(Comparator.comparingDouble((VignetteFigures v) -> v.under().shareOrZero()).reversed()));
        underChart(order);
        List<List<String>> rows = new ArrayList<>();
        for (VignetteFigures v : order) {
            List<String> instead = new ArrayList<>();
            v.chosen().forEach((tier, cell) -> {
                if (cell.suppressed() || cell.count() > 0) {
                    instead.add(esc(tier.toString()) + " " + count(cell));
                }
            });
            rows.add(List.of("<span class=\"key\">" + esc(v.key()) + "</span><br><span class=\"prompt\">"
                    + esc(prompt(v)) + "</span>", esc(v.expected().toString()) + "<br><span class=\"prompt\">"
                    + esc(tierTitle(v.expected().toString())) + "</span>", cellText(v.under()), cellText(v.match()),
                    cellText(v.over()), cellText(v.missing()), instead.isEmpty() ? "–" : String.join("<br>", instead)));
        }
        table(List.of("Vignette", "Expected", "Under", "Match", "Over", "Missing", "Chosen instead"), rows,
                "table-vignettes");
        h.append("</section>\n");
    }

    private void underChart(List<VignetteFigures> order) {
        int rowH = 30;
        int top = 26;
        int width = LABEL_W + BAR_W + 130;
        int height = top + order.size() * rowH + 46;
        String hatch = pattern();
        h.append("<figure>\n<svg class=\"chart chart-under\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-label=\"Share of learners under-escalating, by vignette\">\n");
        defs(hatch);
        double scale = scale(order);
        for (int k = 0; k <= 5; k++) {
            double share = scale * k / 5;
            double x = LABEL_W + share / scale * BAR_W;
            h.append("<line class=\"grid\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"")
                    .append(top - 6).append("\" y2=\"").append(height - 40).append("\"/><text class=\"tick\" x=\"")
                    .append(fmt(x)).append("\" y=\"").append(height - 26).append("\" text-anchor=\"middle\">")
                    .append(tickPct(share)).append("</text>\n");
        }
        h.append("<text class=\"axis-title\" x=\"").append(LABEL_W + BAR_W / 2).append("\" y=\"").append(height - 8)
                .append("\" text-anchor=\"middle\">share of learners who attempted the scenario and chose a lower "
                        + "tier than expected</text>\n");
        for (int i = 0; i < order.size(); i++) {
            VignetteFigures v = order.get(i);
            double y = top + i * rowH;
            h.append("<text class=\"label\" x=\"").append(LABEL_W - 10).append("\" y=\"").append(fmt(y + 18))
                    .append("\" text-anchor=\"end\">").append(esc(truncate(v.key() + " · expects " + v.expected(), 40)))
                    .append("<title>").append(esc(prompt(v))).append("</title></text>\n");
            Cell u = v.under();
            if (u.suppressed()) {
                h.append("<rect class=\"bar suppressed\" data-vignette=\"").append(esc(v.key()))
                        .append("\" data-count=\"suppressed\" x=\"").append(LABEL_W).append("\" y=\"").append(fmt(y + 6))
                        .append("\" width=\"14\" height=\"18\" fill=\"url(#").append(hatch).append(")\"/>")
                        .append("<text class=\"value\" x=\"").append(LABEL_W + 20).append("\" y=\"").append(fmt(y + 19))
                        .append("\">").append(esc("<" + r.minCell() + " learners")).append("</text>\n");
            } else {
                double w = u.share() / scale * BAR_W;
                h.append("<rect class=\"bar\" data-vignette=\"").append(esc(v.key())).append("\" data-count=\"")
                        .append(u.count()).append("\" data-share=\"").append(u.share()).append("\" x=\"").append(LABEL_W)
                        .append("\" y=\"").append(fmt(y + 6)).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"18\" fill=\"").append(UNDER).append("\"><title>").append(esc(v.key()))
                        .append(": ").append(num(u.count())).append(" learners under-escalate</title></rect>")
                        .append("<text class=\"value\" x=\"").append(fmt(LABEL_W + w + 6)).append("\" y=\"")
                        .append(fmt(y + 19)).append("\">").append(pct(u.share())).append(" (").append(num(u.count()))
                        .append(")</text>\n");
            }
        }
        h.append("</svg>\n</figure>\n");
    }

    /** {@return the end of the under-escalation axis: the smallest of 5%, 10%, 25%, 50%, 100% above every share} */
    private static double scale(List<VignetteFigures> vignettes) {
        double max = vignettes.stream().filter(v -> !v.under().suppressed()).mapToDouble(v -> v.under().share())
                .max().orElse(0);
        for (double end : new double[] {0.05, 0.1, 0.25, 0.5}) {
            if (max <= end) {
                return end;
            }
        }
        return 1;
    }

    private static String tickPct(double share) {
        double p = Math.round(share * 1000) / 10.0;
        return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p)) + "%";
    }

    // ------------------------------------------------------------------ attainment

    private void attainment(Figures f) {
        h.append("<section id=\"attainment\">\n<h2>Competency attainment</h2>\n<p class=\"lead\">Learners at "
                + "each level of each competency at the report's date (\"none\": no level yet).</p>\n");
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("none", NONE);
        for (var e : f.competencies().entrySet()) {
            List<String> levels = new ArrayList<>(e.getValue().keySet());
            levels.remove("none");
            for (int k = 0; k < levels.size(); k++) {
                colours.putIfAbsent(levels.get(k), levelColour(k, levels.size()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (var e : f.competencies().entrySet()) {
            List<Segment> segs = new ArrayList<>();
            e.getValue().forEach((level, cell) -> segs.add(new Segment(e.getKey().toString(), level, cell,
                    colours.get(level))));
            String title = c.competency(e.getKey()).map(Competency::title).orElse(e.getKey().toString());
            rows.add(new Row(e.getKey().toString(), title, segs));
        }
        legend(colours.entrySet().stream().map(e -> new Segment("", e.getKey(), null, e.getValue())).toList());
        stackedChart("chart-attainment", "Learners by level, per competency", rows, true);
        h.append("</section>\n");
    }

    private void modules(Figures f) {
        h.append("<section id=\"modules\">\n<h2>Modules</h2>\n<p class=\"lead\">Learners in each status of each "
                + "module.</p>\n");
        List<Row> rows = new ArrayList<>();
        for (var e : f.modules().entrySet()) {
            List<Segment> segs = new ArrayList<>();
            e.getValue().forEach((st, cell) -> segs.add(new Segment(e.getKey().toString(), st.id(), cell,
                    MODULE_COLOURS.get(st))));
            String title = c.module(e.getKey()).map(TrainingModule::title).orElse(e.getKey().toString());
            rows.add(new Row(e.getKey().toString(), title, segs));
        }
        legend(List.of(ModuleStatus.values()).stream().map(st -> new Segment("", st.id(), null,
                MODULE_COLOURS.get(st))).toList());
        stackedChart("chart-modules", "Learners by module status", rows, true);
        h.append("</section>\n");
    }

    // ------------------------------------------------------------------ assessments

    private void assessments(Figures f) {
        h.append("<section id=\"assessments\">\n<h2>Assessments</h2>\n<p class=\"lead\">Attempts up to the "
                + "report's date; attempts ignored because of a maximum number of attempts do not count. The score "
                + "distribution counts learners by their best score (tenths of the maximum).</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (var e : f.assessments().entrySet()) {
            AssessmentFigures a = e.getValue();
            String title = c.assessment(e.getKey()).map(Assessment::title).orElse("");
            rows.add(List.of("<span class=\"key\">" + esc(e.getKey().toString()) + "</span><br><span class=\"prompt\">"
                    + esc(title) + "</span>", cellText(a.learners()),
                    a.attempts() == null ? "–" : num(a.attempts()), decimal(a.attemptsPerLearner()),
                    rate(a.firstAttemptPassRate()), rate(a.passRate()), decimal(a.meanAttemptsToPass()),
                    scoreSpark(e.getKey().toString(), a)));
        }
        table(List.of("Assessment", "Learners", "Attempts", "Attempts per learner", "First-attempt pass rate",
                "Pass rate", "Mean attempts to pass", "Best scores"), rows, "table-assessments");
        h.append("</section>\n");
    }

    private String scoreSpark(String id, AssessmentFigures a) {
        int max = Math.max(1, a.scores().stream().mapToInt(b -> b.learners().countOrZero()).max().orElse(1));
        StringBuilder s = new StringBuilder("<svg class=\"spark\" role=\"img\" viewBox=\"0 0 104 30\" width=\"104\" "
                + "height=\"30\" aria-label=\"Best scores of ").append(esc(id)).append("\">");
        for (int b = 0; b < a.scores().size(); b++) {
            Cell cell = a.scores().get(b).learners();
            double bh = cell.suppressed() ? 3 : 26.0 * cell.count() / max;
            s.append("<rect x=\"").append(b * 10 + 2).append("\" y=\"").append(fmt(28 - bh)).append("\" width=\"9\" "
                    + "height=\"").append(fmt(bh)).append("\" fill=\"").append(cell.suppressed() ? "#9e9e9e" : "#4292c6")
                    .append("\"><title>").append(b * 10).append('–').append(b * 10 + 10).append("%: ")
                    .append(cell.suppressed() ? esc("<" + r.minCell()) : num(cell.count()))
                    .append("</title></rect>");
        }
        return s.append("<line x1=\"0\" x2=\"104\" y1=\"28.5\" y2=\"28.5\" stroke=\"#999\"/></svg>").toString();
    }

    // ------------------------------------------------------------------ months

    private void months() {
        h.append("<section id=\"months\">\n<h2>Cohorts by month of first record</h2>\n<p class=\"lead\">The same "
                + "figures for the learners who started in each month (the JSON and CSV outputs hold every "
                + "figure per month).</p>\n");
        List<String> head = new ArrayList<>(List.of("Month", "Learners"));
        boolean cert = r.figures().certification() != null;
        if (cert) {
            for (CertificationStatus st : CertificationStatus.values()) {
                head.add(st.id());
            }
            head.add("Median days to certification");
        }
        head.add("Vignettes under-escalated");
        List<List<String>> rows = new ArrayList<>();
        for (MonthFigures m : r.months()) {
            List<String> row = new ArrayList<>(List.of(esc(m.month().toString()), cellText(m.learners())));
            if (cert) {
                for (CertificationStatus st : CertificationStatus.values()) {
                    row.add(cellText(m.figures().certification().get(st)));
                }
                Double median = m.figures().timeToCertification().median();
                row.add(median == null ? "–" : days(median));
            }
            row.add(underEscalated(m.figures()));
            rows.add(row);
        }
        table(head, rows, "table-months");
        h.append("</section>\n");
    }

    // ------------------------------------------------------------------ building blocks

    private record Segment(String item, String category, Cell cell, String colour) {
    }

    private record Row(String item, String label, List<Segment> segments) {
    }

    private void legend(List<Segment> segments) {
        h.append("<ul class=\"legend\">");
        for (Segment s : segments) {
            h.append("<li><span class=\"swatch\" style=\"background:").append(s.colour()).append("\"></span>")
                    .append(esc(s.category())).append("</li>");
        }
        h.append("<li><span class=\"swatch hatched\"></span>suppressed (").append(esc("<" + r.minCell()))
                .append(")</li></ul>\n");
    }

    private void stackedChart(String cls, String label, List<Row> rows, boolean withTable) {
        int rowH = 34;
        int top = 8;
        int width = LABEL_W + BAR_W + 20;
        int height = top + rows.size() * rowH + 24;
        String hatch = pattern();
        h.append("<figure>\n<svg class=\"chart ").append(cls).append("\" role=\"img\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-label=\"").append(esc(label)).append("\">\n");
        defs(hatch);
        percentGrid(top, height - 20, height - 6);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double y = top + i * rowH + 6;
            h.append("<g class=\"row\" data-item=\"").append(esc(row.item())).append("\">");
            label(row.label(), y, row.item() + ": " + row.label());
            double x = LABEL_W;
            double shown = 0;
            for (Segment s : row.segments()) {
                if (s.cell().suppressed() || s.cell().count() == 0) {
                    continue;
                }
                double w = s.cell().share() * BAR_W;
                shown += s.cell().share();
                h.append("<rect class=\"segment\" data-category=\"").append(esc(s.category())).append("\" data-count=\"")
                        .append(s.cell().count()).append("\" data-share=\"").append(s.cell().share()).append("\" x=\"")
                        .append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"22\" fill=\"").append(s.colour()).append("\"><title>")
                        .append(esc(row.label() + " · " + s.category() + ": " + s.cell().count() + " ("
                                + pct(s.cell().share()) + ")")).append("</title></rect>");
                if (w >= 40) {
                    h.append("<text class=\"in-bar").append(dark(s.colour()) ? " light" : "").append("\" x=\"")
                            .append(fmt(x + w / 2)).append("\" y=\"").append(fmt(y + 15))
                            .append("\" text-anchor=\"middle\">").append(pct(s.cell().share())).append("</text>");
                }
                h.append('\n');
                x += w;
            }
            boolean anySuppressed = row.segments().stream().anyMatch(s -> s.cell().suppressed());
            if (anySuppressed) {
                double w = Math.max(0, (1 - shown) * BAR_W);
                h.append("<rect class=\"segment suppressed\" data-category=\"suppressed\" x=\"").append(fmt(x))
                        .append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(w)).append("\" height=\"22\" "
                                + "fill=\"url(#").append(hatch).append(")\"><title>")
                        .append(esc(row.label() + " · suppressed counts (each <" + r.minCell() + " or hiding one)"))
                        .append("</title></rect>\n");
            }
            h.append("</g>\n");
        }
        h.append("</svg>\n</figure>\n");
        List<List<String>> table = new ArrayList<>();
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(esc(row.label())));
            row.segments().forEach(s -> cells.add(cellText(s.cell())));
            table.add(cells);
        }
        if (withTable && !rows.isEmpty()) {
            List<String> head = new ArrayList<>(List.of(""));
            rows.get(0).segments().forEach(s -> head.add(esc(s.category())));
            boolean sameShape = rows.stream().allMatch(rw -> rw.segments().size() == rows.get(0).segments().size());
            if (sameShape) {
                h.append("<details><summary>Table</summary>\n");
                table(head, table, "table-" + cls.substring("chart-".length()));
                h.append("</details>\n");
            }
        }
    }

    /** Writes a chart row's label right-aligned before the bar: on one line, or wrapped on two, with its full text as title. */
    private void label(String text, double y, String title) {
        h.append("<text class=\"label\" x=\"").append(LABEL_W - 10).append("\" text-anchor=\"end\"");
        if (text.length() <= 42) {
            h.append(" y=\"").append(fmt(y + 15)).append("\">").append(esc(text));
        } else {
            int cut = text.lastIndexOf(' ', Math.min(text.length() - 1, 44));
            if (cut < 12) {
                cut = Math.min(text.length(), 42);
            }
            String first = text.substring(0, cut).strip();
            String second = truncate(text.substring(cut).strip(), 44);
            h.append(" y=\"").append(fmt(y + 8)).append("\"><tspan x=\"").append(LABEL_W - 10).append("\">")
                    .append(esc(first)).append("</tspan><tspan x=\"").append(LABEL_W - 10).append("\" dy=\"14\">")
                    .append(esc(second)).append("</tspan>");
        }
        h.append("<title>").append(esc(title)).append("</title></text>\n");
    }

    private void table(List<String> head, List<List<String>> rows, String cls) {
        h.append("<div class=\"table-wrap\"><table class=\"figures ").append(cls).append("\">\n<thead><tr>");
        head.forEach(x -> h.append("<th>").append(x).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(row.get(i)).append(i == 0 ? "</th>" : "</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
    }

    /** Draws the vertical grid lines at 0, 25, 50, 75 and 100 percent, each with its label below. */
    private void percentGrid(int y1, int y2, int labelY) {
        for (int p = 0; p <= 100; p += 25) {
            double x = LABEL_W + p / 100.0 * BAR_W;
            h.append("<line class=\"grid\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"")
                    .append(y1).append("\" y2=\"").append(y2).append("\"/><text class=\"tick\" x=\"")
                    .append(fmt(x)).append("\" y=\"").append(labelY).append("\" text-anchor=\"middle\">").append(p)
                    .append("%</text>\n");
        }
    }

    private String pattern() {
        return "hatch" + (++patterns);
    }

    private void defs(String id) {
        h.append("<defs><pattern id=\"").append(id).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f2f2f2\"/><line x1=\"0\" "
                + "y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9e9e9e\" stroke-width=\"3\"/></pattern></defs>\n");
    }

    private String prompt(VignetteFigures v) {
        return c.assessment(v.assessment()).flatMap(a -> a.vignettes().stream()
                .filter(x -> x.id().equals(v.vignette())).findFirst()).map(Vignette::prompt).orElse("");
    }

    private String tierTitle(String tier) {
        return c.escalation().flatMap(p -> p.tiers().stream().filter(t -> t.id().toString().equals(tier))
                .findFirst()).map(Tier::title).orElse("");
    }

    private static String levelColour(int k, int n) {
        if (n <= 1) {
            return LEVEL_RAMP[LEVEL_RAMP.length - 1];
        }
        return LEVEL_RAMP[(int) Math.round((double) k * (LEVEL_RAMP.length - 1) / (n - 1))];
    }

    private static boolean dark(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double lum = 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
        return lum < 140;
    }

    private static int niceStep(int max) {
        int[] steps = {1, 2, 5};
        int scale = 1;
        while (true) {
            for (int s : steps) {
                if (max / (s * scale) <= 6) {
                    return s * scale;
                }
            }
            scale *= 10;
        }
    }

    private String show(Cell cell) {
        return cell.suppressed() ? "<" + r.minCell() : num(cell.count());
    }

    /** {@return a count with thousands separators: 12,345} */
    static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private String count(Cell cell) {
        return cell.suppressed() ? "<span class=\"suppressed\">" + esc("<" + r.minCell()) + "</span>"
                : num(cell.count());
    }

    private static String share(Cell cell) {
        return cell.suppressed() ? "–" : pct(cell.share());
    }

    private String cellText(Cell cell) {
        return cell.suppressed() ? count(cell)
                : num(cell.count()) + " <span class=\"share\">" + pct(cell.share()) + "</span>";
    }

    static String pct(double share) {
        double p = share * 100;
        return (p > 0 && p < 10 ? String.format(Locale.ROOT, "%.1f", p) : String.format(Locale.ROOT, "%.0f", p)) + "%";
    }

    private static String rate(Double r) {
        return r == null ? "–" : pct(r);
    }

    private static String decimal(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String days(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f6f7f9; color: #1f2933;
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1080px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; }
            header { border-bottom: 3px solid #2e7d32; padding-bottom: 12px; margin-bottom: 20px; }
            .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: #52606d; margin: 0; }
            h1 { font-size: 28px; margin: 4px 0 6px; }
            h2 { font-size: 20px; margin: 32px 0 6px; border-bottom: 1px solid #e4e7eb; padding-bottom: 4px; }
            .meta { margin: 0; color: #52606d; }
            .meta span + span::before { content: "·"; margin: 0 8px; color: #9aa5b1; }
            .lead { color: #3e4c59; margin: 4px 0 12px; max-width: 60em; }
            .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
            .card { border: 1px solid #e4e7eb; border-radius: 6px; padding: 10px 14px; background: #fbfcfd; }
            .card-title { font-size: 12px; color: #52606d; text-transform: uppercase; letter-spacing: .04em; }
            .card-value { font-size: 26px; font-weight: 600; }
            .card-note { font-size: 12px; color: #7b8794; }
            .card-value .of { font-size: 16px; font-weight: 400; color: #52606d; }
            .card.alert { border-color: #c62828; background: #fff5f5; }
            .possibly { color: #c62828; font-style: normal; }
            figure { margin: 8px 0 12px; overflow-x: auto; }
            svg.chart { max-width: 100%; height: auto; font-size: 12px; }
            svg .label { fill: #1f2933; font-size: 13px; }
            svg .tick { fill: #7b8794; font-size: 11px; }
            svg .value { fill: #1f2933; font-size: 11px; }
            svg .axis-title { fill: #52606d; font-size: 12px; }
            svg .grid { stroke: #e4e7eb; stroke-width: 1; }
            svg .axis { stroke: #7b8794; stroke-width: 1; }
            svg .in-bar { fill: #1f2933; font-size: 11px; }
            svg .in-bar.light { fill: #fff; }
            .legend { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px 16px;
              font-size: 13px; color: #3e4c59; }
            .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px;
              border-radius: 2px; }
            .swatch.hatched { background: repeating-linear-gradient(45deg, #9e9e9e 0 2px, #f2f2f2 2px 5px); }
            table.figures { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0 4px;
              font-variant-numeric: tabular-nums; }
            table.figures th, table.figures td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e4e7eb;
              vertical-align: top; }
            table.figures thead th { background: #f0f2f5; font-weight: 600; color: #3e4c59; }
            table.figures tbody th { font-weight: 500; }
            .share { color: #7b8794; font-size: 12px; }
            .suppressed { color: #7b8794; font-style: italic; }
            .key { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
            .prompt { color: #52606d; font-size: 12px; }
            .empty { color: #7b8794; font-style: italic; }
            details summary { cursor: pointer; color: #52606d; font-size: 13px; }
            footer { margin-top: 36px; border-top: 1px solid #e4e7eb; padding-top: 10px; font-size: 12px;
              color: #7b8794; }
            .table-wrap { overflow-x: auto; }
            @media (max-width: 700px) {
              main { padding: 16px 12px 32px; }
              .cards { grid-template-columns: repeat(2, 1fr); gap: 8px; }
              .card-value { font-size: 22px; }
              h1 { font-size: 22px; }
              table.figures { font-size: 12px; }
              table.figures th, table.figures td { padding: 4px 5px; }
              svg.chart { min-width: 640px; }
            }
            @media print {
              .cards { grid-template-columns: repeat(4, 1fr); }
              body { background: #fff; font-size: 11pt; }
              main { max-width: none; padding: 0; }
              section { break-inside: avoid-page; }
              figure, table { break-inside: avoid; }
              details > summary { display: none; }
              details:not([open]) > .table-wrap { display: block; }
            }
            @page { margin: 15mm; }
            """;
}
