package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A receipt in the lookup's results: its number; date, shop and how many items; customer (phone masked). */
final class ReceiptCell extends ListCell<Receipt> {
    private final I18n i18n;

    ReceiptCell(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    protected void updateItem(Receipt receipt, boolean empty) {
        super.updateItem(receipt, empty);
        if (empty || receipt == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        // The receipt number on its own line, then when, where and how many, then who: each whole
        // at 1024 pixels (a date is never split across lines).
        Label first = new Label(receipt.receiptNo());
        first.getStyleClass().add("cell-title");
        String who = receipt.customerName().orElse(i18n.get("lookup.receipt.walkIn"))
                + receipt.customerPhone().map(p -> "  " + PhoneNumber.masked(p)).orElse("");
        Label when = new Label(Formats.date(receipt.purchasedAt().toLocalDate(), i18n.locale()) + "  ·  "
                + receipt.shopCode() + "  ·  " + i18n.get("lookup.receipt.items", receipt.lines().size()));
        Label second = new Label(who);
        second.getStyleClass().add("muted");
        // Every line wraps within the list (a label sized for one line is cut at 1024 pixels).
        for (Label label : new Label[] {first, when, second}) {
            label.setWrapText(true);
            label.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(1, first, when, second);
        box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
        box.setMinWidth(0);
        setGraphic(box);
        setPrefWidth(0);
        setText(null);
    }
}
