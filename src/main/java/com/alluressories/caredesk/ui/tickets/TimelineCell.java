package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ui.WrappingCell;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/**
 * A ticket's history entry (and its note) wrapped within the pane instead of scrolling sideways; a
 * step that did not apply (taken at two PCs while apart) stands out from the steps that did.
 */
final class TimelineCell extends ListCell<TimelineCell.Entry> {
    private static final PseudoClass NOT_APPLIED = PseudoClass.getPseudoClass("not-applied");

    /** One history entry's words, and whether its step applied. */
    record Entry(String text, boolean applied) {
    }

    TimelineCell(ListView<Entry> list) {
        getStyleClass().add("timeline-cell");
        setWrapText(true);
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(Entry item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.text());
        pseudoClassStateChanged(NOT_APPLIED, !empty && item != null && !item.applied());
    }

    @Override
    protected double computePrefHeight(double width) {
        // As tall as the wrapped entry and its note (a list sizes a cell for one line).
        double measured = WrappingCell.wrappedHeight(this, getPrefWidth());
        return measured > 0 ? measured : super.computePrefHeight(width);
    }
}
