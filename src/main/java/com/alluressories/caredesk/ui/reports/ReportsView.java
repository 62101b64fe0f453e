package com.alluressories.caredesk.ui.reports;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.report.Report;
import com.alluressories.caredesk.ticket.TicketState;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.DatePickers;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.ViewLoader;
import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Reports (F7), for managers: at a glance what to chase (taken in, ready, collected, overdue,
 * quotes waiting), warranty against chargeable, where the tickets stand and for how long, the
 * findings that decide, turnaround and money, over a period and a shop; CSV export.
 */
public final class ReportsView implements ScreenView {
    private static final double CHART_WIDTH = 440;
    private static final double CHART_HEIGHT = 270;

    @FXML private VBox gate;
    @FXML private VBox body;
    @FXML private Button askManagerButton;
    @FXML private ComboBox<ReportPeriod> periodBox;
    @FXML private HBox rangeBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<String> shopBox;
    @FXML private Button exportButton;
    @FXML private Label messageLabel;
    @FXML private ScrollPane scroll;
    @FXML private FlowPane glance;
    @FXML private Label emptyLabel;
    @FXML private FlowPane charts;
    @FXML private GridPane turnaroundGrid;
    @FXML private GridPane moneyGrid;

    private final ReportsViewModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Window owner;
    private final Policy policy;
    private final Parent root;
    private final Subscriptions subs = new Subscriptions();

    public ReportsView(ReportsViewModel model, I18n i18n, DialogService dialogs, Window owner, Policy policy) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.owner = owner;
        this.policy = policy;
        this.root = ViewLoader.load(this, i18n.bundle());
    }

    @FXML
    private void initialize() {
        gate.visibleProperty().bind(model.authorizedProperty().not());
        body.visibleProperty().bind(model.authorizedProperty());
        periodBox.getItems().setAll(ReportPeriod.values());
        periodBox.setConverter(Converters.showing(p -> i18n.get("reports.period." + p.name())));
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        rangeBox.visibleProperty().bind(model.periodProperty().isEqualTo(ReportPeriod.RANGE));
        rangeBox.managedProperty().bind(rangeBox.visibleProperty());
        DatePickers.configure(fromPicker, i18n.locale());
        DatePickers.configure(toPicker, i18n.locale());
        fromPicker.valueProperty().bindBidirectional(model.rangeFromProperty());
        toPicker.valueProperty().bindBidirectional(model.rangeToProperty());
        shopBox.setItems(model.shops());
        shopBox.setConverter(Converters.showing(s -> s == null ? i18n.get("reports.allShops") : s));
        shopBox.setPromptText(i18n.get("reports.allShops"));
        shopBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? i18n.get("reports.allShops") : item);
            }
        });
        shopBox.valueProperty().bindBidirectional(model.shopProperty());
        exportButton.disableProperty().bind(model.reportProperty().isNull());
        messageLabel.textProperty().bind(Bindings.createStringBinding(() -> model.errorProperty().get() == null ? ""
                : ErrorWords.of(i18n, model.errorProperty().get()), model.errorProperty()));
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        // Tab reaches the figures below the fold too: the page scrolls with the arrow and page keys.
        scroll.setFocusTraversable(true);
        subs.onChange(model.reportProperty(), (obs, old, now) -> show(now));
        show(model.reportProperty().get());
    }

    private void show(Report r) {
        glance.getChildren().clear();
        charts.getChildren().clear();
        turnaroundGrid.getChildren().clear();
        moneyGrid.getChildren().clear();
        boolean none = r == null || r.ticketsOpened() == 0;
        emptyLabel.setVisible(r != null && none);
        emptyLabel.setManaged(emptyLabel.isVisible());
        if (r == null) {
            return;
        }
        glance.getChildren().addAll(
                tile("tile-opened", "reports.tile.opened", r.ticketsOpened(), false, null),
                tile("tile-ready", "reports.tile.ready", count(r.byState(), "READY_FOR_PICKUP"), false,
                        () -> model.openTickets(Optional.of(TicketState.READY_FOR_PICKUP), false)),
                tile("tile-collected", "reports.tile.collected", count(r.byState(), "COLLECTED"), false, null),
                tile("tile-overdue", "reports.tile.overdue", r.overdue(), r.overdue() > 0,
                        () -> model.openTickets(Optional.empty(), true)),
                tile("tile-quotes", "reports.tile.quotesWaiting", r.quotesWaiting(), false,
                        () -> model.openTickets(Optional.of(TicketState.QUOTED), false)));
        if (!none) {
            charts.getChildren().addAll(
                    bars("reports.verdicts", "verdictsChart", words(r.byVerdict(), "verdict.")),
                    bars("reports.states", "statesChart", words(r.byState(), "state.")),
                    ageing(r),
                    findings(r));
        }
        row(turnaroundGrid, 0, "reports.turnaround.intakeToReadyP50", days(r.intakeToReadyP50()));
        row(turnaroundGrid, 1, "reports.turnaround.intakeToReadyP90", days(r.intakeToReadyP90()));
        row(turnaroundGrid, 2, "reports.turnaround.readyToCollectedP50", days(r.readyToCollectedP50()));
        row(moneyGrid, 0, "reports.quotes", i18n.get("reports.quotes.value", r.quotesAccepted(), r.quotesDeclined(),
                r.quotesWaiting()));
        row(moneyGrid, 1, "reports.finalCharges", Money.ofCents(r.finalChargesCents()).format());
        row(moneyGrid, 2, "reports.overrides", Long.toString(r.overrides()));
    }

    /**
     * A figure at a glance; one with {@code open} is a button (Enter, Space or a click) that shows
     * the tickets behind it in the Repair tickets list — what to chase today, at every shop or one.
     */
    private VBox tile(String id, String key, long value, boolean alert, Runnable open) {
        Label number = new Label(String.format(i18n.locale(), "%,d", value));
        number.getStyleClass().add("report-tile-number");
        Label words = new Label(i18n.get(key));
        words.setWrapText(true);
        VBox tile = new VBox(2, number, words);
        tile.getStyleClass().add("report-tile");
        if (alert) {
            tile.getStyleClass().add("report-tile-alert");
        }
        tile.setId(id);
        if (open == null) {
            return tile;
        }
        // The tile itself acts as a button (a Button around it would cut its wrapped words).
        words.setText(i18n.get(key) + " ›");
        tile.getStyleClass().add("report-tile-opens");
        tile.setFocusTraversable(true);
        tile.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        tile.setAccessibleText(i18n.get(key));
        tile.setOnMouseClicked(e -> open.run());
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                e.consume();
                open.run();
            }
        });
        return tile;
    }

    private static long count(Map<String, Long> counts, String code) {
        return counts.getOrDefault(code, 0L);
    }

    /** The codes in words, in the report's order. */
    private List<Map.Entry<String, Long>> words(Map<String, Long> counts, String prefix) {
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(Map.entry(i18n.bundle().containsKey(prefix + code) ? i18n.get(prefix + code) : code, n)));
        return out;
    }

    private VBox bars(String titleKey, String id, List<Map.Entry<String, Long>> counts) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = axis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Map.Entry<String, Long> e : counts) {
            series.getData().add(new XYChart.Data<>(e.getKey(), e.getValue()));
        }
        chart.getData().add(series);
        return chart(titleKey, id, chart);
    }

    private VBox ageing(Report r) {
        List<String> buckets = Arrays.asList(i18n.get("reports.ageing.0"), i18n.get("reports.ageing.1"),
                i18n.get("reports.ageing.2"), i18n.get("reports.ageing.3"), i18n.get("reports.ageing.4"));
        CategoryAxis x = new CategoryAxis();
        x.getCategories().setAll(buckets);
        x.setLabel(i18n.get("reports.ageing.axis"));
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, axis());
        for (Report.Ageing a : r.ageing()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(i18n.get("state." + a.state()));
            for (int i = 0; i < buckets.size(); i++) {
                series.getData().add(new XYChart.Data<>(buckets.get(i), a.buckets().get(i)));
            }
            chart.getData().add(series);
        }
        chart.setLegendVisible(true);
        return chart("reports.ageing", "ageingChart", chart);
    }

    private VBox findings(Report r) {
        NumberAxis x = axis();
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<Report.Count> top = r.findings().subList(0, Math.min(8, r.findings().size()));
        // The most ticked at the top: a category axis runs upwards.
        for (int i = top.size() - 1; i >= 0; i--) {
            Report.Count f = top.get(i);
            String label = policy.finding(f.code()).map(rule -> rule.label().in(i18n.locale())).orElse(f.code());
            series.getData().add(new XYChart.Data<>(f.count(), label));
        }
        chart.getData().add(series);
        return chart("reports.findings", "findingsChart", chart);
    }

    private NumberAxis axis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
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

    private VBox chart(String titleKey, String id, XYChart<?, ?> chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(chart instanceof StackedBarChart);
        chart.setPrefSize(CHART_WIDTH, CHART_HEIGHT);
        chart.setMinSize(CHART_WIDTH, CHART_HEIGHT);
        chart.setId(id);
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().add("report-chart-title");
        title.setWrapText(true);
        title.setMaxWidth(CHART_WIDTH);
        VBox box = new VBox(4, title, chart);
        box.getStyleClass().add("report-chart");
        return box;
    }

    private void row(GridPane grid, int row, String key, String value) {
        Label words = new Label(i18n.get(key));
        words.setWrapText(true);
        words.getStyleClass().add("muted");
        Label figure = new Label(value);
        figure.getStyleClass().add("report-figure");
        grid.addRow(row, words, figure);
    }

    private String days(OptionalDouble value) {
        if (value.isEmpty()) {
            return i18n.get("reports.none");
        }
        BigDecimal days = BigDecimal.valueOf(value.getAsDouble()).setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return i18n.get("reports.days", days.toPlainString());
    }

    @FXML
    private void askManager() {
        model.askManager();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("reports.export"));
        chooser.setInitialFileName("caredesk-report.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.export(file.toPath(), saved -> dialogs.showInfo(i18n.get("reports.export"),
                    i18n.get("reports.exported", saved.toString())));
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focusMainField() {
        if (model.authorizedProperty().get()) {
            model.refresh();
            periodBox.requestFocus();
        } else {
            askManagerButton.requestFocus();
        }
    }

    @Override
    public void dispose() {
        subs.dispose();
    }
}
