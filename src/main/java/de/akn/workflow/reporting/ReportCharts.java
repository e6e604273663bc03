package de.akn.workflow.reporting;

import de.akn.workflow.common.Texts;
import de.akn.workflow.common.Sdgs;
import de.akn.workflow.common.GermanFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's bar charts (JFreeChart), as PNG data URIs drawn at twice the size for print. */
final class ReportCharts {

    static final Color GREEN = new Color(0x2E, 0x7D, 0x32);
    static final Color BLUE = new Color(0x1F, 0x5F, 0x8B);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private ReportCharts() {
    }

    static String sdgChart(Map<Integer, Integer> bySdg) {
        var data = new DefaultCategoryDataset();
        String series = Texts.text("report.chart.measures");
        bySdg.forEach((sdg, count) -> data.addValue(count, series, sdg + " " + Sdgs.name(sdg)));
        return png(bars(data, Texts.text("report.chart.count"), GREEN, false), 640, 430);
    }

    static String memberParticipationChart(Map<String, Integer> participations, Map<String, Integer> signed) {
        var data = new DefaultCategoryDataset();
        String participating = Texts.text("report.chart.participating");
        String signedSeries = Texts.text("report.chart.signed");
        participations.forEach((member, count) -> data.addValue(count, participating, member));
        signed.forEach((member, count) -> data.addValue(count, signedSeries, member));
        return png(bars(data, Texts.text("report.chart.count"), GREEN, true), 640, 330);
    }

    static String memberCostChart(Map<String, ? extends Number> costShares) {
        var data = new DefaultCategoryDataset();
        costShares.forEach((member, eur) -> data.addValue(eur, "Kostenanteil", member));
        JFreeChart chart = bars(data, "Kostenanteile in Euro", BLUE, false);
        var axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setNumberFormatOverride(GermanFormat.numberFormat(3));
        return png(chart, 640, 330);
    }

    private static JFreeChart bars(DefaultCategoryDataset data, String valueLabel, Color color, boolean legend) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueLabel, data, PlotOrientation.HORIZONTAL,
                legend, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(TICK);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setLabelFont(LABEL);
        values.setTickLabelFont(TICK);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(GermanFormat.LOCALE));
        values.setUpperMargin(0.15); // room for the value labels at the end of the longest bar
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesPaint(1, new Color(0x9C, 0xCC, 0x65));
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                GermanFormat.numberFormat(3)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TICK);
        return chart;
    }

    private static String png(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width * 2, height * 2, width, height, null);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
