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
        double measured = wrappedHeight(this, getTableColumn() == null ? width : getTableColumn().getWidth());
        return measured > 0 ? measured : super.computePrefHeight(width);
    }

    /**
     * How tall a wrapping cell's text is at this outer width (the cell's padding and label padding
     * taken off, as its skin wraps), with the cell's insets; 0 when there is nothing to measure.
     */
    public static double wrappedHeight(javafx.scene.control.Labeled cell, double outerWidth) {
        double inner = outerWidth - cell.snappedLeftInset() - cell.snappedRightInset()
                - cell.getLabelPadding().getLeft() - cell.getLabelPadding().getRight() - 2;
        if (cell.getText() == null || inner <= 0) {
            return 0;
        }
        Text probe = new Text(cell.getText());
        probe.setFont(cell.getFont());
        probe.setWrappingWidth(inner);
        return cell.snappedTopInset() + Math.ceil(probe.getLayoutBounds().getHeight()) + cell.snappedBottomInset() + 2;
    }
}
