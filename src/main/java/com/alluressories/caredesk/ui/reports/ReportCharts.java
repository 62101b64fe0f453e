package com.alluressories.caredesk.ui.reports;

import com.alluressories.caredesk.report.Figure;
import com.alluressories.caredesk.ui.I18n;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Reports screen's charts, in the theme's colours, every bar and point a button: Tab reaches
 * it (with the focus ring), its words and value are its tooltip and what a screen reader says, and
 * Enter, Space or a click opens the tickets behind it.
 */
final class ReportCharts {
    static final double WIDTH = 440;
    static final double WIDE = 900;
    static final double HEIGHT = 270;
    /** The narrowest a chart is drawn: two side by side from a 1024-pixel-wide window. */
    static final double NARROWEST = 340;
    /** A chart or table that takes the whole width of the page. */
    static final String WIDE_CLASS = "report-wide";

    /**
     * One bar (or point): its category, value, what it is ({@code words}: the title of its tickets'
     * list), what it says when pointed at or read aloud ({@code tip}), and the tickets behind it.
     */
    record Bar(String category, double value, String words, String tip, Figure figure) {
        /** A count: its tip is its words and the number. */
        static Bar counted(String category, long count, String words, Figure figure) {
            return new Bar(category, count, words, words + ": " + count, figure);
        }
    }

    /** A series of bars or points, named for the legend. */
    record Series(String name, List<Bar> bars) {
    }

    private final I18n i18n;
    private final BiConsumer<Figure, String> open;

    /** @param open shows the tickets behind a figure, with its words */
    ReportCharts(I18n i18n, BiConsumer<Figure, String> open) {
        this.i18n = i18n;
        this.open = open;
    }

    /** Upright bars across the whole page on the categories given (in that order): a month by month figure. */
    VBox wideBars(String titleKey, String id, List<String> categories, List<Bar> bars) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), axis(null));
        addFilled(chart, null, categories, bars).run();
        return box(titleKey, id, chart, WIDE, false);
    }

    /** Bars lying down, the first at the top (long labels: findings, clauses, products). */
    VBox lyingBars(String titleKey, String id, List<Bar> bars) {
        BarChart<Number, String> chart = new BarChart<>(axis(null), new CategoryAxis());
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // A category axis runs upwards: the first bar is added last.
        for (int i = bars.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(bars.get(i).value(), bars.get(i).category()));
        }
        chart.getData().add(series);
        for (int i = 0; i < bars.size(); i++) {
            Node node = series.getData().get(bars.size() - 1 - i).getNode();
            opens(node, bars.get(i));
            // Tab goes down the bars as they are read, top first: the drawing order is the Tab order.
            node.toFront();
        }
        return box(titleKey, id, chart, WIDTH, false);
    }

    /** Stacked bars, one series per kind, on the categories given (in that order). */
    VBox stacked(String titleKey, String id, List<String> categories, List<Series> series, String axisLabel,
                 double width) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), axis(axisLabel));
        List<Runnable> attach = new java.util.ArrayList<>();
        for (Series s : series) {
            attach.add(addFilled(chart, s.name(), categories, s.bars()));
        }
        // Only once every series is in: adding one restyles the bars of those before it.
        attach.forEach(Runnable::run);
        return box(titleKey, id, chart, width, true);
    }

    /** Shares in per cent stacked to 100, across the whole page, one series per kind. */
    VBox shares(String titleKey, String id, List<String> categories, List<Series> series, String axisLabel) {
        VBox box = stacked(titleKey, id, categories, series, axisLabel, WIDE);
        NumberAxis y = (NumberAxis) ((XYChart<?, ?>) box.getChildren().get(1)).getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(100);
        y.setTickUnit(25);
        return box;
    }

    /**
     * Lines through points, one per series: a trend month by month. The months stand at whole
     * numbers along the axis, each named under it, so a month without a point keeps its place.
     */
    VBox lines(String titleKey, String id, List<String> categories, List<Series> series, String axisLabel) {
        // A whole step of room either side, so the first and last month's names are drawn too.
        NumberAxis x = new NumberAxis(-1, categories.size(), 1);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                int i = (int) Math.round(n.doubleValue());
                return Math.abs(n.doubleValue() - i) < 1e-6 && i >= 0 && i < categories.size() ? categories.get(i) : "";
            }

            @Override
            public Number fromString(String text) {
                return categories.indexOf(text);
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(x, axis(axisLabel));
        chart.setVerticalZeroLineVisible(false);
        for (Series s : series) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(s.name());
            for (Bar bar : s.bars()) {
                line.getData().add(new XYChart.Data<>(categories.indexOf(bar.category()), bar.value()));
            }
            chart.getData().add(line);
        }
        // Only once every line is in: adding one restyles the points of those before it.
        for (int l = 0; l < series.size(); l++) {
            for (int i = 0; i < series.get(l).bars().size(); i++) {
                opens(chart.getData().get(l).getData().get(i).getNode(), series.get(l).bars().get(i));
            }
        }
        return box(titleKey, id, chart, WIDE, true);
    }

    /**
     * Adds a series with a value for every category in order (none: an empty bar, so a month
     * without tickets keeps its place); returns what makes each bar with tickets behind it a button.
     */
    private Runnable addFilled(XYChart<String, Number> chart, String name, List<String> categories, List<Bar> bars) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        if (name != null) {
            series.setName(name);
        }
        java.util.Map<String, Bar> byCategory = new java.util.HashMap<>();
        bars.forEach(bar -> byCategory.put(bar.category(), bar));
        for (String category : categories) {
            Bar bar = byCategory.get(category);
            series.getData().add(new XYChart.Data<>(category, bar == null ? 0 : bar.value()));
        }
        chart.getData().add(series);
        return () -> {
            for (int i = 0; i < categories.size(); i++) {
                Bar bar = byCategory.get(categories.get(i));
                if (bar != null && bar.value() != 0) {
                    opens(series.getData().get(i).getNode(), bar);
                }
            }
        };
    }

    private void opens(Node node, Bar bar) {
        if (node == null) {
            return;
        }
        node.getStyleClass().add("report-opens");
        node.setCursor(javafx.scene.Cursor.HAND);
        // JavaFX ties a chart's data nodes to Tab only while a screen reader runs: here always.
        // and says its own category and value; here a button that says the figure in words.
        node.focusTraversableProperty().unbind();
        node.setFocusTraversable(true);
        node.accessibleRoleProperty().unbind();
        node.setAccessibleRole(AccessibleRole.BUTTON);
        node.accessibleTextProperty().unbind();
        node.setAccessibleText(bar.tip());
        Tooltip.install(node, new Tooltip(bar.tip()));
        node.setOnMouseClicked(e -> open.accept(bar.figure(), bar.words()));
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                open.accept(bar.figure(), bar.words());
            }
        });
    }

    /** A number axis with whole numbers only (counts, days), labelled when {@code label} is given. */
    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        if (label != null) {
            axis.setLabel(label);
        }
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
        return axis;
    }

    /**
     * A chart under its title, as wide as the page lets it be ({@link ReportsView} sets the box's
     * width: half the page, or all of it for a {@link #WIDE} one).
     */
    private VBox box(String titleKey, String id, XYChart<?, ?> chart, double width, boolean legend) {
        chart.setAnimated(false);
        chart.setLegendVisible(legend);
        chart.setMinSize(NARROWEST - 20, HEIGHT);
        chart.setPrefSize(NARROWEST, HEIGHT);
        chart.setMaxWidth(Double.MAX_VALUE);
        chart.setId(id);
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().add("report-chart-title");
        title.setWrapText(true);
        VBox box = new VBox(4, title, chart);
        box.getStyleClass().add("report-chart");
        if (width >= WIDE) {
            box.getStyleClass().add(WIDE_CLASS);
        }
        return box;
    }
}
