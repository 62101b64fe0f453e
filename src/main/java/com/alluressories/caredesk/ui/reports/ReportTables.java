package com.alluressories.caredesk.ui.reports;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.report.Figure;
import com.alluressories.caredesk.report.Report;
import com.alluressories.caredesk.ui.I18n;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The Reports screen's tables: shop by shop, overrides by manager, the products that come back.
 * Enter, Space or a double click on a row opens the tickets behind it.
 */
final class ReportTables {
    private static final double ROW = 32;
    private static final double HEADER = 50;

    private final I18n i18n;
    private final BiConsumer<Figure, String> open;
    private final Function<OptionalDouble, String> days;

    /** @param days a number of days as the screen writes it */
    ReportTables(I18n i18n, BiConsumer<Figure, String> open, Function<OptionalDouble, String> days) {
        this.i18n = i18n;
        this.open = open;
        this.days = days;
    }

    /** Shop by shop: taken in, the verdicts' shares, turnaround, overrides, quotes and final charges. */
    VBox shops(List<Report.Slice> shops) {
        TableView<Report.Slice> table = table("shopsTable", shops, s -> new Figure(Figure.Kind.SHOP, s.key()),
                s -> i18n.get("reports.shop.words", s.key()));
        // Each column at least as wide as the longest word of its heading and its figures (both
        // languages), so nothing breaks inside a word or is cut at 1024×768.
        // Each column at least as wide as the longest word of its heading and its figures (both
        // languages), so nothing breaks inside a word or is cut at 1024×768; overrides by shop are in
        // the CSV and the PDF (here, by manager below).
        table.getColumns().add(column("reports.col.shop", 60, Report.Slice::key));
        table.getColumns().add(column("reports.col.opened", 76, s -> Long.toString(s.opened())));
        table.getColumns().add(column("reports.col.shares", 140, s -> share(s, "WARRANTY_REPAIR") + " / "
                + share(s, "PARTIAL_WARRANTY") + " / " + share(s, "CHARGEABLE_REPAIR")));
        table.getColumns().add(column("reports.col.toReady", 128, s -> days.apply(s.intakeToReadyP50()) + " / "
                + days.apply(s.intakeToReadyP90())));
        table.getColumns().add(column("reports.col.toCollected", 104, s -> days.apply(s.readyToCollectedP50())));
        table.getColumns().add(column("reports.col.quotes", 76, s -> s.quotesAccepted() + " / " + s.quotesDeclined()));
        table.getColumns().add(column("reports.col.charges", 112, s -> Money.ofCents(s.finalChargesCents()).format()));
        return box("reports.byShop", table, 8);
    }

    /** Overrides by manager: the policy's verdict, the manager's, how many. */
    VBox overrides(List<Report.OverrideCount> overrides) {
        TableView<Report.OverrideCount> table = table("overridesTable", overrides,
                o -> new Figure(Figure.Kind.OVERRIDDEN, o.manager()), o -> i18n.get("reports.overrides.words",
                        o.manager()));
        table.setPlaceholder(new Label(i18n.get("reports.overrides.none")));
        table.getColumns().add(column("reports.col.manager", 170, Report.OverrideCount::manager));
        table.getColumns().add(column("reports.col.policySaid", 150, o -> verdict(o.from())));
        table.getColumns().add(column("reports.col.managerDecided", 150, o -> verdict(o.to())));
        table.getColumns().add(column("reports.col.count", 60, o -> Long.toString(o.count())));
        return box("reports.overridesBy", table, 6);
    }

    /** The products that come back most, with how many had a manufacturing defect. */
    VBox products(List<Report.Product> products) {
        List<Report.Product> top = products.subList(0, Math.min(20, products.size()));
        TableView<Report.Product> table = table("productsTable", top, p -> new Figure(Figure.Kind.PRODUCT, p.sku()),
                p -> p.sku().isEmpty() ? i18n.get("reports.product.noSku") : p.sku() + " " + p.description());
        table.getColumns().add(column("reports.col.sku", 110, p -> p.sku().isEmpty() ? i18n.get("reports.product.noSku")
                : p.sku()));
        table.getColumns().add(column("reports.col.description", 320, p -> p.sku().isEmpty() ? "" : p.description()));
        table.getColumns().add(column("reports.col.tickets", 70, p -> Long.toString(p.count())));
        table.getColumns().add(column("reports.col.defects", 140, p -> Long.toString(p.defects())));
        return box("reports.products", table, 8);
    }

    private String verdict(String code) {
        String key = "verdict." + code;
        return i18n.bundle().containsKey(key) ? i18n.get(key) : code;
    }

    private static String share(Report.Slice s, String verdict) {
        return s.opened() == 0 ? "—" : Math.round(100.0 * s.verdict(verdict) / s.opened()) + "%";
    }

    private <T> TableView<T> table(String id, List<T> rows, Function<T, Figure> figure, Function<T, String> words) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add("report-table");
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Runnable opening = () -> {
            T row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                open.accept(figure.apply(row), words.apply(row));
            }
        };
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                opening.run();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                opening.run();
            }
        });
        return table;
    }

    /** A column whose heading wraps onto more lines rather than being cut (theme.css, .report-table). */
    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(i18n.get(key));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** A titled table as tall as its rows (up to {@code most}), then scrolling. */
    private VBox box(String titleKey, TableView<?> table, int most) {
        int rows = Math.max(1, Math.min(most, table.getItems().size()));
        table.setFixedCellSize(ROW);
        // The header is taller in Chinese: room for it, then the rows.
        table.setPrefHeight(ROW * rows + HEADER);
        table.setMinHeight(table.getPrefHeight());
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().add("report-chart-title");
        title.setWrapText(true);
        VBox box = new VBox(4, title, table);
        box.getStyleClass().addAll("report-chart", ReportCharts.WIDE_CLASS);
        return box;
    }
}
