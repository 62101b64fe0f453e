package com.alluressories.caredesk.ui.reports;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.report.Figure;
import com.alluressories.caredesk.report.Report;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.DatePickers;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.PrintPreview;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.ViewLoader;
import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Reports (F7), for managers: at a glance what to chase (taken in, ready, collected, overdue,
 * quotes waiting), warranty against chargeable, where the tickets stand and for how long, the
 * findings that decide, turnaround and money, over a period and a shop; CSV export.
 */
public final class ReportsView implements ScreenView {

    @FXML private VBox gate;
    @FXML private VBox body;
    @FXML private Button askManagerButton;
    @FXML private ComboBox<ReportPeriod> periodBox;
    @FXML private HBox rangeBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<String> shopBox;
    @FXML private Button exportButton;
    @FXML private Button pdfButton;
    @FXML private Label messageLabel;
    @FXML private ScrollPane scroll;
    @FXML private FlowPane glance;
    @FXML private Label emptyLabel;
    @FXML private VBox figures;
    @FXML private FlowPane charts;
    @FXML private Label monthTitle;
    @FXML private Label monthNote;
    @FXML private FlowPane monthCharts;
    @FXML private Label shopTitle;
    @FXML private VBox shopBox2;
    @FXML private Label clauseTitle;
    @FXML private FlowPane clauseCharts;
    @FXML private Label backTitle;
    @FXML private FlowPane backCharts;
    @FXML private GridPane turnaroundGrid;
    @FXML private GridPane moneyGrid;

    private final ReportsViewModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Window owner;
    private final Policy policy;
    private final Parent root;
    private final Subscriptions subs = new Subscriptions();
    private final ReportCharts chart;
    /** The period and shops of the report shown. */
    private List<Object> shownFor;
    private final ReportTables tables;

    public ReportsView(ReportsViewModel model, I18n i18n, DialogService dialogs, Window owner, Policy policy) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.owner = owner;
        this.policy = policy;
        this.chart = new ReportCharts(i18n, this::open);
        this.tables = new ReportTables(i18n, this::open, ReportsView::dayCount);
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
        pdfButton.disableProperty().bind(model.reportProperty().isNull());
        messageLabel.textProperty().bind(Bindings.createStringBinding(() -> model.errorProperty().get() == null ? ""
                : ErrorWords.of(i18n, model.errorProperty().get()), model.errorProperty()));
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        subs.onChange(model.reportProperty(), (obs, old, now) -> show(now));
        for (FlowPane pane : List.of(charts, monthCharts, clauseCharts, backCharts)) {
            subs.onChange(pane.widthProperty(), (obs, old, now) -> fit(pane));
        }
        // Tab onto a bar or table below the fold scrolls the page to it: focus is never out of sight.
        com.alluressories.caredesk.ui.FocusInView.follow(scroll, figures, subs);
        show(model.reportProperty().get());
    }

    private void show(Report r) {
        if (r != null && (shownFor == null || !shownFor.equals(List.of(r.from(), r.to(), r.shops())))) {
            // Another period or shop: its report is read from the top.
            scroll.setVvalue(0);
        }
        shownFor = r == null ? null : List.of(r.from(), r.to(), r.shops());
        glance.getChildren().clear();
        charts.getChildren().clear();
        monthCharts.getChildren().clear();
        shopBox2.getChildren().clear();
        clauseCharts.getChildren().clear();
        backCharts.getChildren().clear();
        turnaroundGrid.getChildren().clear();
        moneyGrid.getChildren().clear();
        boolean none = r == null || r.ticketsOpened() == 0;
        emptyLabel.setVisible(r != null && none);
        emptyLabel.setManaged(emptyLabel.isVisible());
        for (Node section : List.of(monthTitle, monthNote, monthCharts, shopTitle, shopBox2, clauseTitle, clauseCharts,
                backTitle, backCharts)) {
            section.setVisible(!none);
            section.setManaged(!none);
        }
        if (r == null) {
            return;
        }
        glance.getChildren().addAll(
                tile("tile-opened", "reports.tile.opened", r.ticketsOpened(), false,
                        () -> open(Figure.of(Figure.Kind.OPENED), i18n.get("reports.tile.opened"))),
                tile("tile-ready", "reports.tile.ready", count(r.byState(), "READY_FOR_PICKUP"), false,
                        () -> open(new Figure(Figure.Kind.STATE, "READY_FOR_PICKUP"), i18n.get("reports.tile.ready"))),
                tile("tile-collected", "reports.tile.collected", count(r.byState(), "COLLECTED"), false,
                        () -> open(new Figure(Figure.Kind.STATE, "COLLECTED"), i18n.get("reports.tile.collected"))),
                tile("tile-overdue", "reports.tile.overdue", r.overdue(), r.overdue() > 0,
                        () -> open(Figure.of(Figure.Kind.OVERDUE), i18n.get("reports.tile.overdue"))),
                tile("tile-quotes", "reports.tile.quotesWaiting", r.quotesWaiting(), false,
                        () -> open(Figure.of(Figure.Kind.QUOTE_WAITING), i18n.get("reports.tile.quotesWaiting"))));
        if (!none) {
            charts.getChildren().addAll(
                    chart.lyingBars("reports.verdicts", "verdictsChart", counted(r.byVerdict(), "verdict.",
                            Figure.Kind.VERDICT)),
                    chart.lyingBars("reports.states", "statesChart", counted(r.byState(), "state.", Figure.Kind.STATE)),
                    ageing(r),
                    chart.lyingBars("reports.findings", "findingsChart", top(r.findings(), 8, Figure.Kind.FINDING,
                            code -> policy.finding(code).map(rule -> rule.label().in(i18n.locale())).orElse(code))));
            months(r);
            shopBox2.getChildren().add(tables.shops(r.byShop()));
            clauseCharts.getChildren().addAll(
                    chart.lyingBars("reports.clauses", "clausesChart", top(r.exclusions(), 8, Figure.Kind.CLAUSE,
                            code -> policy.clause(code).map(c -> c.title().in(i18n.locale())).orElse(code))),
                    tables.overrides(r.overridesBy()));
            backCharts.getChildren().addAll(tables.products(r.products()),
                    chart.lyingBars("reports.metals", "metalsChart", top(r.metals(), 8, Figure.Kind.METAL,
                            code -> words("metal." + code, code))),
                    chart.lyingBars("reports.stones", "stonesChart", top(r.stones(), 8, Figure.Kind.STONE,
                            code -> capitalised(words("stone." + code, code)))));
        }
        fitAll();
        row(turnaroundGrid, 0, "reports.turnaround.intakeToReadyP50", days(r.intakeToReadyP50()));
        row(turnaroundGrid, 1, "reports.turnaround.intakeToReadyP90", days(r.intakeToReadyP90()));
        row(turnaroundGrid, 2, "reports.turnaround.readyToCollectedP50", days(r.readyToCollectedP50()));
        opens(moneyGrid, 0, "reports.quotes.accepted", Long.toString(r.quotesAccepted()),
                Figure.of(Figure.Kind.QUOTE_ACCEPTED));
        opens(moneyGrid, 1, "reports.quotes.declined", Long.toString(r.quotesDeclined()),
                Figure.of(Figure.Kind.QUOTE_DECLINED));
        opens(moneyGrid, 2, "reports.quotes.waiting", Long.toString(r.quotesWaiting()),
                Figure.of(Figure.Kind.QUOTE_WAITING));
        row(moneyGrid, 3, "reports.finalCharges", Money.ofCents(r.finalChargesCents()).format());
        opens(moneyGrid, 4, "reports.overrides", Long.toString(r.overrides()), Figure.of(Figure.Kind.OVERRIDDEN));
    }

    /**
     * Month by month (the last 12 months of the period on screen; all of them in the CSV and PDF):
     * turnaround, warranty against chargeable, quotes and final charges.
     */
    private void months(Report r) {
        // The last 12 calendar months that have tickets at their end, every one of them (those without
        // tickets too): a trend has no gaps.
        List<String> labels = new ArrayList<>();
        List<Report.Slice> shown = List.of();
        String months = "";
        if (!r.byMonth().isEmpty()) {
            java.time.YearMonth last = java.time.YearMonth.parse(r.byMonth().get(r.byMonth().size() - 1).key());
            java.time.YearMonth first = java.time.YearMonth.parse(r.byMonth().get(0).key());
            java.time.YearMonth start = last.minusMonths(MONTHS_SHOWN - 1L).isAfter(first)
                    ? last.minusMonths(MONTHS_SHOWN - 1L) : first;
            for (java.time.YearMonth m = start; !m.isAfter(last); m = m.plusMonths(1)) {
                labels.add(axisMonth(m.toString()));
            }
            months = Formats.month(start, i18n.locale()) + " – " + Formats.month(last, i18n.locale());
            shown = r.byMonth().stream().filter(m -> !java.time.YearMonth.parse(m.key()).isBefore(start)).toList();
        }
        monthNote.setVisible(r.byMonth().size() > shown.size());
        monthNote.setManaged(monthNote.isVisible());
        List<ReportCharts.Series> turnaround = List.of(
                line("reports.turnaround.intakeToReadyP50", shown, Report.Slice::intakeToReadyP50),
                line("reports.turnaround.intakeToReadyP90", shown, Report.Slice::intakeToReadyP90),
                line("reports.turnaround.readyToCollectedP50", shown, Report.Slice::readyToCollectedP50));
        List<ReportCharts.Series> shares = new ArrayList<>();
        // The three verdicts always, in this order, so each keeps its colour; pending only when there is any.
        for (String verdict : List.of("WARRANTY_REPAIR", "PARTIAL_WARRANTY", "CHARGEABLE_REPAIR", "PENDING_INSPECTION")) {
            if (verdict.equals("PENDING_INSPECTION") && shown.stream().noneMatch(s -> s.verdict(verdict) > 0)) {
                continue;
            }
            String name = i18n.get("verdict." + verdict);
            shares.add(new ReportCharts.Series(name, shown.stream().map(s -> {
                long n = s.verdict(verdict);
                double share = s.opened() == 0 ? 0 : 100.0 * n / s.opened();
                return new ReportCharts.Bar(axisMonth(s.key()), share, monthWords(s.key()) + ": " + name,
                        i18n.get("reports.share.words", monthWords(s.key()), name, n, s.opened(), Math.round(share)),
                        new Figure(Figure.Kind.VERDICT, verdict).in(s.key()));
            }).toList()));
        }
        List<ReportCharts.Series> quotes = List.of(
                new ReportCharts.Series(i18n.get("reports.quotes.accepted"), shown.stream().map(s ->
                        ReportCharts.Bar.counted(axisMonth(s.key()), s.quotesAccepted(), i18n.get("reports.month.words",
                                monthWords(s.key()), i18n.get("reports.quotes.accepted")),
                                Figure.of(Figure.Kind.QUOTE_ACCEPTED).in(s.key()))).toList()),
                new ReportCharts.Series(i18n.get("reports.quotes.declined"), shown.stream().map(s ->
                        ReportCharts.Bar.counted(axisMonth(s.key()), s.quotesDeclined(), i18n.get("reports.month.words",
                                monthWords(s.key()), i18n.get("reports.quotes.declined")),
                                Figure.of(Figure.Kind.QUOTE_DECLINED).in(s.key()))).toList()));
        List<ReportCharts.Bar> charged = shown.stream().map(s -> new ReportCharts.Bar(axisMonth(s.key()),
                s.finalChargesCents() / 100.0, monthWords(s.key()), i18n.get("reports.month.words", monthWords(s.key()),
                i18n.get("reports.finalCharges")) + ": " + Money.ofCents(s.finalChargesCents()).format(),
                new Figure(Figure.Kind.MONTH, s.key()))).toList();
        monthCharts.getChildren().addAll(
                along(chart.lines("reports.trend.turnaround", "turnaroundChart", labels, turnaround,
                        i18n.get("reports.daysAxis")), months),
                along(verdictColours(chart.shares("reports.trend.verdicts", "sharesChart", labels, shares,
                        i18n.get("reports.shareAxis"))), months),
                along(chart.stacked("reports.trend.quotes", "quotesChart", labels, quotes, null, ReportCharts.WIDE), months),
                along(chart.wideBars("reports.trend.charges", "chargesChart", labels, charged), months));
    }

    private ReportCharts.Series line(String key, List<Report.Slice> months,
                                     java.util.function.Function<Report.Slice, OptionalDouble> days) {
        String name = i18n.get(key);
        List<ReportCharts.Bar> points = new ArrayList<>();
        for (Report.Slice s : months) {
            OptionalDouble value = days.apply(s);
            if (value.isPresent()) {
                points.add(new ReportCharts.Bar(axisMonth(s.key()), value.getAsDouble(), monthWords(s.key()),
                        i18n.get("reports.month.words", monthWords(s.key()), name) + ": " + days(value),
                        new Figure(Figure.Kind.MONTH, s.key())));
            }
        }
        return new ReportCharts.Series(name, points);
    }

    /** A month (yyyy-MM) as the reader says it: Oct 2026, 2026年10月. */
    private String monthWords(String key) {
        return Formats.month(java.time.YearMonth.parse(key), i18n.locale());
    }

    private static final int MONTHS_SHOWN = 12;

    /** Warranty, partly and chargeable in the colours the printed report gives them. */
    private static VBox verdictColours(VBox box) {
        box.getStyleClass().add("report-verdicts");
        return box;
    }

    /**
     * A month under a bar, short enough for twelve side by side at 1024×768: its name only (Oct,
     * 10月); twelve months in a row never repeat one, and the axis says which months they are.
     */
    private String axisMonth(String key) {
        java.time.YearMonth month = java.time.YearMonth.parse(key);
        return Formats.isChinese(i18n.locale()) ? month.getMonthValue() + "月"
                : month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    }

    /** Labels a month by month chart's months with the months they are: Dec 2025 – Nov 2026. */
    private static VBox along(VBox box, String months) {
        ((XYChart<?, ?>) box.getChildren().get(1)).getXAxis().setLabel(months);
        return box;
    }

    private void fitAll() {
        for (FlowPane pane : List.of(charts, monthCharts, clauseCharts, backCharts)) {
            fit(pane);
        }
    }

    /**
     * Lays a row of charts out to the page's width: two side by side where both get at least
     * {@link ReportCharts#NARROWEST}, else one a row; tables and trends always the whole width.
     * Nothing is ever wider than the page (no sideways scrolling at 1024×768).
     */
    private static void fit(FlowPane pane) {
        double width = pane.getWidth() - 1;
        if (width <= 0) {
            return;
        }
        boolean two = width >= 2 * ReportCharts.NARROWEST + pane.getHgap();
        for (Node node : pane.getChildren()) {
            if (node instanceof Region box) {
                boolean wide = box.getStyleClass().contains(ReportCharts.WIDE_CLASS);
                double w = wide || !two ? width : Math.floor((width - pane.getHgap()) / 2);
                box.setMinWidth(Math.min(w, ReportCharts.NARROWEST));
                box.setPrefWidth(w);
                box.setMaxWidth(w);
            }
        }
    }

    /** Shows the tickets behind a figure; the one chosen opens in Repair tickets. */
    private void open(Figure figure, String words) {
        model.behind(figure, behind -> {
            TicketsBehindDialog dialog = new TicketsBehindDialog(i18n, words, behind);
            if (dialogs.showForm(dialog)) {
                model.openTicket(dialog.chosen());
            }
        });
    }

    /**
     * A figure at a glance; one with {@code open} is a button (Enter, Space or a click) that shows
     * the tickets behind it — what to chase today, at every shop or one.
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
        // The tile itself acts as a button (a Button around it would cut its wrapped words); the
        // arrow never goes to a line of its own.
        words.setText(i18n.get(key) + "\u00a0›");
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

    /** The codes in words, in the report's order, each opening its tickets. */
    private List<ReportCharts.Bar> counted(Map<String, Long> counts, String prefix, Figure.Kind kind) {
        List<ReportCharts.Bar> out = new ArrayList<>();
        counts.forEach((code, n) -> {
            String words = words(prefix + code, code);
            out.add(ReportCharts.Bar.counted(words, n, words, new Figure(kind, code)));
        });
        return out;
    }

    /** The first {@code most} counts, in words, each opening its tickets. */
    private List<ReportCharts.Bar> top(List<Report.Count> counts, int most, Figure.Kind kind,
                                       java.util.function.Function<String, String> words) {
        return counts.subList(0, Math.min(most, counts.size())).stream().map(c -> {
            String label = words.apply(c.code());
            return ReportCharts.Bar.counted(label, c.count(), label, new Figure(kind, c.code()));
        }).toList();
    }

    private String words(String key, String code) {
        return i18n.bundle().containsKey(key) ? i18n.get(key) : code;
    }

    /** "diamond" as a label: "Diamond" (Chinese has no capitals). */
    private String capitalised(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(i18n.locale()) + words.substring(1);
    }

    private VBox ageing(Report r) {
        if (r.ageing().isEmpty()) {
            Label none = new Label(i18n.get("reports.ageing.none"));
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            Label title = new Label(i18n.get("reports.ageing"));
            title.getStyleClass().add("report-chart-title");
            VBox box = new VBox(8, title, none);
            box.getStyleClass().add("report-chart");
            box.setId("ageingChart");
            return box;
        }
        List<String> buckets = Arrays.asList(i18n.get("reports.ageing.0"), i18n.get("reports.ageing.1"),
                i18n.get("reports.ageing.2"), i18n.get("reports.ageing.3"), i18n.get("reports.ageing.4"));
        List<ReportCharts.Series> series = new ArrayList<>();
        for (Report.Ageing a : r.ageing()) {
            String state = i18n.get("state." + a.state());
            List<ReportCharts.Bar> bars = new ArrayList<>();
            for (int i = 0; i < buckets.size(); i++) {
                bars.add(ReportCharts.Bar.counted(buckets.get(i), a.buckets().get(i), i18n.get("reports.ageing.words",
                        state, buckets.get(i)), new Figure(Figure.Kind.AGEING, a.state() + ":" + i)));
            }
            series.add(new ReportCharts.Series(state, bars));
        }
        VBox box = chart.stacked("reports.ageing", "ageingChart", buckets, series, i18n.get("reports.ageing.tickets"),
                ReportCharts.WIDTH);
        ((XYChart<?, ?>) box.getChildren().get(1)).getXAxis().setLabel(i18n.get("reports.ageing.axis"));
        return box;
    }

    /** A figure in words with its value, as a link that opens its tickets. */
    private void opens(GridPane grid, int row, String key, String value, Figure figure) {
        Label words = new Label(i18n.get(key));
        words.setWrapText(true);
        words.getStyleClass().add("muted");
        Hyperlink link = new Hyperlink(value + " ›");
        link.getStyleClass().add("report-figure");
        link.setAccessibleText(i18n.get(key) + ": " + value);
        link.setOnAction(e -> open(figure, i18n.get(key)));
        grid.addRow(row, words, link);
    }

    private void row(GridPane grid, int row, String key, String value) {
        Label words = new Label(i18n.get(key));
        words.setWrapText(true);
        words.getStyleClass().add("muted");
        Label figure = new Label(value);
        figure.getStyleClass().add("report-figure");
        grid.addRow(row, words, figure);
    }

    /** Days as a bare number to one decimal (the heading says they are days), or a dash for none. */
    private static String dayCount(OptionalDouble value) {
        return value.isEmpty() ? "—" : BigDecimal.valueOf(value.getAsDouble()).setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
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

    /** The report as an A4 PDF in the reader's language: previewed, then printed or saved. */
    @FXML
    private void printPdf() {
        String name = i18n.get("reports.pdf.name");
        PrintPreview preview = PrintPreview.open(owner, i18n, name, "caredesk-report", null);
        model.printout(i18n.locale(), preview::show, preview::failed);
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
