package com.alluressories.caredesk.ui;

import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps within its column, the row as tall as the text needs: JavaFX
 * otherwise sizes a row for one line, so a long state, name or item is cut ("Ready for p…") or
 * spills into the next row. On a 1024×768 screen every word staff need stays whole.
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    public WrappingCell() {
        setWrapText(true);
        // A column narrowed after the row was laid out (the table fitting its width) makes the row
        // measure its height again, or the wrapped text would be cut at its old height.
        tableColumnProperty().addListener((obs, old, column) -> {
            if (column != null) {
                column.widthProperty().addListener(width -> {
                    if (getTableRow() != null) {
                        getTableRow().requestLayout();
                    }
                });
            }
        });
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
    }

    @Override
    protected double computePrefHeight(double width) {
        // The width the skin wraps at: the column less the cell's padding and its label padding.
        double inner = (getTableColumn() == null ? width : getTableColumn().getWidth()) - snappedLeftInset()
                - snappedRightInset() - getLabelPadding().getLeft() - getLabelPadding().getRight() - 2;
        if (getText() == null || inner <= 0) {
            return super.computePrefHeight(width);
        }
        Text probe = new Text(getText());
        probe.setFont(getFont());
        probe.setWrappingWidth(inner);
        return snappedTopInset() + Math.ceil(probe.getLayoutBounds().getHeight()) + snappedBottomInset() + 2;
    }
}
