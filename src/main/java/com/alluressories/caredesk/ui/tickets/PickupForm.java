package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.ticket.Ticket;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Pickup: the customer confirms the last 4 digits of the phone on the ticket, or a manager
 * overrides with a reason. Digits that do not match keep the form open with the mismatch said
 * under them (until the digits change); the override is the way past them.
 */
public final class PickupForm {
    private final Ticket ticket;
    private final StringProperty last4 = new SimpleStringProperty("");
    private final BooleanProperty override = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Problem> mismatch = new SimpleObjectProperty<>();
    private final BooleanBinding canConfirm;

    public PickupForm(Ticket ticket) {
        this.ticket = ticket;
        last4.addListener((obs, old, now) -> mismatch.set(null));
        canConfirm = Bindings.createBooleanBinding(() -> override.get() ? !blank(reason.get()) : !blank(last4.get()),
                last4, override, reason);
    }

    public Ticket ticket() {
        return ticket;
    }

    /** What the customer pays on collection. */
    public Money toPay() {
        return ticket.finalCharge().map(Money::of).orElse(Money.ZERO);
    }

    /** Digits typed, or an override with its reason: something to confirm. */
    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    /**
     * OK pressed: true when the piece may be handed over (the digits match, or a manager is asked to
     * override); false, with the mismatch said, when the digits are wrong and no override is ticked.
     */
    public boolean confirm() {
        if (!override.get() && !ticket.last4Matches(last4.get())) {
            mismatch.set(Problem.of("ticket.refused.last4", ticket.ticketNo()));
            return false;
        }
        return true;
    }

    public String last4() {
        return last4.get();
    }

    /** The override's reason when the override is ticked. */
    public Optional<String> overrideReason() {
        return override.get() ? StartRepairForm.text(reason.get()) : Optional.empty();
    }

    public StringProperty last4Property() {
        return last4;
    }

    public BooleanProperty overrideProperty() {
        return override;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyObjectProperty<Problem> mismatchProperty() {
        return mismatch;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
