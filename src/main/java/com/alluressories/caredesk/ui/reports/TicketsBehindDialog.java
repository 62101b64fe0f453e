package com.alluressories.caredesk.ui.reports;

import com.alluressories.caredesk.report.TicketsBehind;
import com.alluressories.caredesk.ui.FormDialog;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The tickets behind a figure of a report, newest first: Enter (or a double click) opens the one
 * chosen in Repair tickets. Says how many there are when it shows only the newest.
 */
final class TicketsBehindDialog implements FormDialog {
    private final I18n i18n;
    private final String title;
    private final VBox content;
    private final TableView<TicketsBehind.Row> table = new TableView<>();

    TicketsBehindDialog(I18n i18n, String words, TicketsBehind behind) {
        this.i18n = i18n;
        this.title = i18n.get("reports.behind.title", words);
        Label count = new Label(behind.total() > behind.rows().size()
                ? i18n.get("reports.behind.newest", behind.rows().size(), behind.total())
                : i18n.get("reports.behind.count", behind.total()));
        count.setWrapText(true);
        count.setId("behindCount");
        table.setId("behindTable");
        table.getItems().setAll(behind.rows());
        table.setPlaceholder(new Label(i18n.get("reports.behind.none")));
        table.getColumns().add(column("reports.behind.ticket", 160, r -> r.ticketNo()));
        table.getColumns().add(column("reports.behind.shop", 56, r -> r.shopCode()));
        table.getColumns().add(column("reports.behind.opened", 136, r -> Formats.date(r.opened().toLocalDate(),
                i18n.locale())));
        table.getColumns().add(column("reports.behind.state", 150, r -> words("state." + r.state(), r.state())));
        table.getColumns().add(column("reports.behind.verdict", 190, r -> words("verdict." + r.verdict(), r.verdict())));
        table.getColumns().add(column("reports.behind.item", 220, r -> r.item()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // As wide as a 1024×768 screen allows, its columns whole; the item takes what is left.
        table.setPrefSize(940, 400);
        table.setMinWidth(900);
        table.getSelectionModel().selectFirst();
        // A double click opens the ticket, as Enter does.
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null
                    && table.getScene() != null && table.getScene().lookup("#dialogOkButton") instanceof Button ok) {
                ok.fire();
            }
        });
        content = new VBox(8, count, table);
        content.setPrefWidth(940);
        content.setMinWidth(900);
    }

    private String words(String key, String code) {
        return i18n.bundle().containsKey(key) ? i18n.get(key) : code;
    }

    private TableColumn<TicketsBehind.Row, String> column(String key, double width,
                                                         java.util.function.Function<TicketsBehind.Row, String> value) {
        TableColumn<TicketsBehind.Row, String> column = new TableColumn<>(i18n.get(key));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 136));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** The ticket chosen to open. */
    String chosen() {
        return table.getSelectionModel().getSelectedItem().ticketNo();
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public String okText() {
        return i18n.get("reports.behind.open");
    }

    @Override
    public String cancelText() {
        return i18n.get("reports.behind.close");
    }

    @Override
    public Node firstField() {
        return table;
    }

    @Override
    public ObservableBooleanValue okAllowed() {
        return Bindings.isNotNull(table.getSelectionModel().selectedItemProperty());
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public boolean accept() {
        return table.getSelectionModel().getSelectedItem() != null;
    }
}
