package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.FormDialog;
import com.alluressories.caredesk.ui.I18n;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The shop where the customer will collect their piece: it is sent back there, and that shop is told it is coming. */
final class CollectAtDialog implements FormDialog {
    private final I18n i18n;
    private final Ticket ticket;
    private final ComboBox<String> shops = new ComboBox<>();
    private final VBox content;

    CollectAtDialog(I18n i18n, Ticket ticket, List<String> choices, Function<String, String> words) {
        this.i18n = i18n;
        this.ticket = ticket;
        Label intro = new Label(i18n.get("tickets.collectAt.intro", ticket.ticketNo(), words.apply(ticket.collectingShop())));
        intro.setWrapText(true);
        intro.setMaxWidth(480);
        Label label = new Label(i18n.get("tickets.collectAt.shop"));
        label.setLabelFor(shops);
        shops.setId("collectAtShop");
        shops.getItems().setAll(choices);
        shops.setConverter(Converters.showing(words::apply));
        shops.setValue(ticket.collectingShop());
        content = new VBox(8, intro, label, shops);
        content.setPrefWidth(500);
    }

    String shop() {
        return shops.getValue();
    }

    @Override
    public String title() {
        return i18n.get("tickets.collectAt.title", ticket.ticketNo());
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public String okText() {
        return i18n.get("tickets.collectAt.ok");
    }

    @Override
    public String cancelText() {
        return i18n.get("common.cancel");
    }

    @Override
    public Node firstField() {
        return shops;
    }

    @Override
    public ObservableBooleanValue okAllowed() {
        return Bindings.createBooleanBinding(() -> shops.getValue() != null
                && !shops.getValue().equals(ticket.collectingShop()), shops.valueProperty());
    }

    @Override
    public boolean accept() {
        return shops.getValue() != null;
    }
}
