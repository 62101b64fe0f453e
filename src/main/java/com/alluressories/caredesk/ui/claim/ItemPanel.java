package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;

/**
 * The item on the claim: as the receipt sold it (one line of words, with where the claim comes
 * from in the title), or, for a walk-in, described by hand with its metal and stones.
 */
final class ItemPanel {
    /** The nodes of the item section, as the screen's FXML names them. */
    record Nodes(Label sourceLabel, Label itemLabel, GridPane walkInPane, TextField descriptionField,
                 ComboBox<Metal> metalBox, FlowPane stonesPane) {
    }

    private final ClaimIntakeViewModel model;
    private final I18n i18n;
    private final Nodes nodes;

    ItemPanel(ClaimIntakeViewModel model, I18n i18n, Nodes nodes) {
        this.model = model;
        this.i18n = i18n;
        this.nodes = nodes;
        nodes.descriptionField().textProperty().bindBidirectional(model.descriptionProperty());
        nodes.metalBox().getItems().setAll(Metal.values());
        nodes.metalBox().setConverter(Converters.showing(m -> i18n.get("metal." + m.code())));
        nodes.metalBox().valueProperty().bindBidirectional(model.metalProperty());
        for (Stone stone : Stone.values()) {
            CheckBox box = new CheckBox(i18n.get("stone." + stone.code()));
            box.setSelected(model.stones().contains(stone));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    model.stones().add(stone);
                } else {
                    model.stones().remove(stone);
                }
            });
            nodes.stonesPane().getChildren().add(box);
        }
    }

    /** Shows the item of the claim in progress: the receipt's line, or the walk-in's fields. */
    void show() {
        boolean walkIn = model.modeProperty().get() == ClaimIntakeViewModel.Mode.WALK_IN;
        nodes.walkInPane().setVisible(walkIn);
        nodes.walkInPane().setManaged(walkIn);
        nodes.itemLabel().setVisible(!walkIn);
        nodes.itemLabel().setManaged(!walkIn);
        Receipt receipt = model.receiptProperty().get();
        ReceiptLine line = model.lineProperty().get();
        if (receipt != null && line != null) {
            nodes.sourceLabel().setText(i18n.get("claim.source.receipt", receipt.receiptNo(), line.lineNo()));
            nodes.itemLabel().setText(i18n.get("claim.item", line.description(), material(line.metal(), line.stones()),
                    Formats.date(receipt.purchasedAt().toLocalDate(), i18n.locale()), receipt.shopCode(),
                    Formats.money(line.paidPrice()), Formats.money(line.listPrice())));
        } else {
            nodes.sourceLabel().setText(walkIn ? i18n.get("claim.source.walkIn") : "");
        }
    }

    private String material(Metal metal, Set<Stone> stones) {
        String stoneText = stones.stream().sorted().map(s -> i18n.get("stone." + s.code()))
                .collect(Collectors.joining(i18n.get("list.separator")));
        return i18n.get("metal." + metal.code()) + (stoneText.isEmpty() ? "" : " · " + stoneText);
    }
}
