package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.receipt.WarrantyStatus;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.WrappingCell;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/**
 * What the columns of a receipt's lines show: the item (line, description, material, SKU, wrapped),
 * the price paid, and the warranty as a badge.
 */
final class LineColumns {
    private LineColumns() {
    }

    static void configure(TableColumn<LineRow, String> item, TableColumn<LineRow, String> paid,
                          TableColumn<LineRow, WarrantyStatus> warranty, I18n i18n) {
        item.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(itemText(c.getValue().line(), i18n)));
        item.setCellFactory(c -> new WrappingCell<>());
        paid.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Money.of(c.getValue().line().paidPrice()).format()));
        warranty.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().warranty()));
        warranty.setCellFactory(c -> new WarrantyBadgeCell(i18n));
    }

    /** {@code 2. Pearl studs}, then {@code Silver · Pearl · ES-PRL-05}, in the window's language. */
    static String itemText(ReceiptLine line, I18n i18n) {
        return i18n.get("lookup.line", line.lineNo(), line.description(), material(line, i18n), line.sku());
    }

    private static String material(ReceiptLine line, I18n i18n) {
        String stones = line.stones().stream().sorted().map(Stone::code).map(code -> i18n.get("stone." + code))
                .collect(Collectors.joining(i18n.get("list.separator")));
        return i18n.get("metal." + line.metal().code()) + (stones.isEmpty() ? "" : " · " + stones);
    }
}
