package dev.tandem.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.analytics.Grouping;
import dev.tandem.analytics.ReportOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML page parsed as a browser would, checked for its charts and figures. */
class HtmlReportTest {

    private static final String HTML = ReportWriter.toString(ReportSamples.report(), ReportSamples.curriculum(),
            ReportFormat.HTML);
    private static final Document DOC = Jsoup.parse(HTML);

    @Test
    void isOneSelfContainedPageWithoutScriptsStylesheetsFontsOrImages() {
        assertThat(DOC.select("script, link, img, iframe, object, embed, video, audio, source")).isEmpty();
        assertThat(DOC.select("[src]")).isEmpty();
        assertThat(DOC.select("[href]")).isEmpty();
        String css = DOC.select("style").html();
        assertThat(css).doesNotContain("@import", "@font-face");
        assertThat(HTML.replace("url(#hatch", "")).doesNotContain("url(", "http://", "https://");
        assertThat(DOC.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }

    @Test
    void titlesThePageWithTheCurriculumAndShowsTheCohortSize() {
        assertThat(DOC.title()).isEqualTo("Cohort report: Peer Support Basics");
        assertThat(DOC.selectFirst("#learners").text()).isEqualTo("25 learners");
    }

    @Test
    void drawsAttainmentAsStackedBarsPerCompetency() {
        Element chart = DOC.selectFirst("svg.chart-attainment");
        assertThat(chart).isNotNull();
        Element listen = chart.selectFirst("g.row[data-item=listen]");
        assertThat(segment(listen, "proficient").attr("data-count")).isEqualTo("20");
        assertThat(segment(listen, "none").attr("data-count")).isEqualTo("5");
        assertThat(Double.parseDouble(segment(listen, "proficient").attr("width"))
                / Double.parseDouble(segment(listen, "none").attr("width"))).isCloseTo(4.0,
                        org.assertj.core.data.Offset.offset(0.01));
        Element triage = chart.selectFirst("g.row[data-item=triage]");
        assertThat(segment(triage, "proficient").attr("data-count")).isEqualTo("12");
        assertThat(segment(triage, "none").attr("data-count")).isEqualTo("13");
    }

    @Test
    void drawsModuleStatusesAsStackedBars() {
        Element m2 = DOC.selectFirst("svg.chart-modules g.row[data-item=m2]");
        assertThat(segment(m2, "completed").attr("data-count")).isEqualTo("12");
        assertThat(segment(m2, "in-progress").attr("data-count")).isEqualTo("8");
        assertThat(segment(m2, "locked").attr("data-count")).isEqualTo("5");
    }

    @Test
    void drawsTheTimeToCertificationHistogramWithItsMedian() {
        Elements bins = DOC.select("svg.chart-time rect.bin");
        assertThat(bins).extracting(e -> e.attr("data-from-day") + ":" + e.attr("data-count"))
                .containsExactly("0:6", "30:6");
        assertThat(DOC.selectFirst("strong.median").text()).isEqualTo("25 days");
        assertThat(DOC.selectFirst("span.q1").text()).isEqualTo("10");
        assertThat(DOC.selectFirst("span.q3").text()).isEqualTo("40");
    }

    @Test
    void drawsUnderEscalationByVignetteWorstFirst() {
        Elements bars = DOC.select("svg.chart-under rect.bar");
        assertThat(bars).extracting(e -> e.attr("data-vignette")).containsExactly("s1/v1", "s1/v2", "s1/v3");
        assertThat(bars.get(0).attr("data-count")).isEqualTo("8");
        assertThat(bars.get(0).attr("data-share")).isEqualTo("0.4");
        assertThat(bars.get(1).attr("data-count")).isEqualTo("0");
    }

    @Test
    void tabulatesVignettesWithTheTierChosenInstead() {
        Element row = DOC.selectFirst("table.table-vignettes tbody tr");
        assertThat(row.child(0).text()).contains("s1/v1", "ending their life");
        assertThat(row.child(1).text()).startsWith("refer");
        assertThat(row.child(2).text()).isEqualTo("8 40%");
        assertThat(row.child(6).text()).isEqualTo("consult 8");
    }

    @Test
    void tabulatesCertificationAndAssessments() {
        Elements cert = DOC.select("table.table-certification tbody tr");
        assertThat(cert).extracting(Element::text).containsExactly("certified 12 48%", "lapsed 0 0%",
                "in-progress 13 52%", "not-started 0 0%");
        Element quiz = DOC.selectFirst("table.table-assessments tbody tr");
        assertThat(quiz.children()).extracting(Element::text).startsWith("q1 Listening quiz", "25 100%", "25", "1.0",
                "80%", "80%", "1.0");
        assertThat(quiz.select("svg.spark rect")).hasSize(10);
    }

    @Test
    void neverShowsALearnerId() {
        assertThat(HTML).doesNotContain("SECRET");
    }

    @Test
    void showsSuppressedCountsAsUnderKAndHatchesThemInBars() {
        String html = ReportWriter.toString(ReportSamples.report(ReportOptions.at(ReportSamples.AS_OF)
                .withMinCell(10)), ReportSamples.curriculum(), ReportFormat.HTML);
        Document doc = Jsoup.parse(html);
        // m2: completed 12, in-progress 8 and locked 5 (both under 10) drawn together as one hatched segment
        Element m2 = doc.selectFirst("svg.chart-modules g.row[data-item=m2]");
        assertThat(m2.select("rect.segment").eachAttr("data-category")).containsExactly("completed", "suppressed");
        Element hidden = m2.selectFirst("rect.suppressed");
        assertThat(hidden.attr("fill")).startsWith("url(#hatch");
        assertThat(Double.parseDouble(hidden.attr("width"))
                / Double.parseDouble(segment(m2, "completed").attr("width"))).isCloseTo(13.0 / 12,
                        org.assertj.core.data.Offset.offset(0.01));
        // listen: none 5 is under 10, so proficient 20 is suppressed too (it is all the rest of the total)
        Element listen = doc.selectFirst("svg.chart-attainment g.row[data-item=listen]");
        assertThat(listen.select("rect.segment").eachAttr("data-category")).containsExactly("suppressed");
        for (Element e : doc.select("[data-count]")) {
            String n = e.attr("data-count");
            assertThat(n.equals("suppressed") || Integer.parseInt(n) == 0 || Integer.parseInt(n) >= 10)
                    .as(e.outerHtml()).isTrue();
        }
        assertThat(doc.select("table.table-certification tbody tr").get(0).text()).isEqualTo("certified 12 48%");
        assertThat(doc.select("table.table-vignettes .suppressed").eachText()).contains("<10");
    }

    @Test
    void addsAMonthTableWhenGroupedByMonth() {
        String html = ReportWriter.toString(ReportSamples.report(ReportOptions.at(ReportSamples.AS_OF)
                .withMinCell(1).withGrouping(Grouping.MONTH)), ReportSamples.curriculum(), ReportFormat.HTML);
        Elements rows = Jsoup.parse(html).select("table.table-months tbody tr");
        assertThat(rows).extracting(r -> r.child(0).text() + " " + r.child(1).text())
                .containsExactly("2026-01 12 48%", "2026-02 8 32%", "2026-03 5 20%");
    }

    private static Element segment(Element row, String category) {
        return row.selectFirst("rect.segment[data-category=" + category + "]");
    }
}
