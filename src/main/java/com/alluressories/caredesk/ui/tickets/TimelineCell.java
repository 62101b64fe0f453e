package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ui.WrappingCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/** A ticket's history entry (and its note) wrapped within the pane instead of scrolling sideways. */
final class TimelineCell extends ListCell<String> {
    TimelineCell(ListView<String> list) {
        setWrapText(true);
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
    }

    @Override
    protected double computePrefHeight(double width) {
        // As tall as the wrapped entry and its note (a list sizes a cell for one line).
        double measured = WrappingCell.wrappedHeight(this, getPrefWidth());
        return measured > 0 ? measured : super.computePrefHeight(width);
    }
}
