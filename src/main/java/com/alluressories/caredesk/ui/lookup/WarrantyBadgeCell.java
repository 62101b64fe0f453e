package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.receipt.WarrantyStatus;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;

/** A line's warranty as a coloured badge a customer can read across the counter, never spilling into the next row. */
final class WarrantyBadgeCell extends TableCell<LineRow, WarrantyStatus> {
    private final I18n i18n;

    WarrantyBadgeCell(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof Label badge && getTableColumn() != null) {
            double inner = getTableColumn().getWidth() - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + badge.prefHeight(Math.min(inner, badge.getMaxWidth())) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }

    @Override
    protected void updateItem(WarrantyStatus status, boolean empty) {
        super.updateItem(status, empty);
        if (empty || status == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label badge = new Label(words(status));
        badge.getStyleClass().addAll("badge", switch (status.kind()) {
            case IN_WARRANTY -> "badge-ok";
            case EXPIRED -> "badge-expired";
            case FINAL_SALE -> "badge-final";
        });
        badge.setWrapText(true);
        badge.setMinHeight(Region.USE_PREF_SIZE);
        badge.maxWidthProperty().bind(getTableColumn().widthProperty().subtract(14));
        setGraphic(badge);
        setText(null);
    }

    private String words(WarrantyStatus status) {
        return switch (status.kind()) {
            case IN_WARRANTY -> i18n.get("badge.inWarranty", Formats.date(status.ends().orElseThrow(), i18n.locale()),
                    status.daysLeft());
            case EXPIRED -> i18n.get("badge.expired", Formats.date(status.ends().orElseThrow(), i18n.locale()));
            case FINAL_SALE -> i18n.get("badge.finalSale");
        };
    }
}
