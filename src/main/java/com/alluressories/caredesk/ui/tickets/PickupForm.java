package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.ticket.Ticket;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Pickup: the customer confirms the last 4 digits of the phone on the ticket, or a manager
 * overrides with a reason. Fewer than 4 digits, or an override without its reason, keep the form
 * open; so do digits that do not match, said under them until they change. The override is the
 * way past wrong digits.
 */
public final class PickupForm {
    /** How many digits of the phone the customer confirms. */
    public static final int LAST4_LENGTH = 4;

    private final Ticket ticket;
    private final StringProperty last4 = new SimpleStringProperty("");
    private final BooleanProperty override = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private Problem mismatch;

    public PickupForm(Ticket ticket) {
        this.ticket = ticket;
        last4.addListener((obs, old, now) -> mismatch = null);
    }

    public Ticket ticket() {
        return ticket;
    }

    /** What the customer pays on collection. */
    public Money toPay() {
        return ticket.finalCharge().map(Money::of).orElse(Money.ZERO);
    }

    /** The digits in what is typed or pasted into the last-4 field (a space or dash is dropped). */
    public static String digitsOf(String typed) {
        return typed == null ? "" : typed.replaceAll("[^0-9]", "");
    }

    /** Whether the last-4 field may hold this text: digits only, at most 4 of them. */
    public static boolean fitsLast4(String text) {
        return text != null && text.matches("[0-9]{0," + LAST4_LENGTH + "}");
    }

    /**
     * Fewer than 4 digits, or digits found not to match on OK (until they change); nothing while
     * the override stands in for them.
     */
    public Optional<Problem> last4Problem() {
        if (override.get()) {
            return Optional.empty();
        }
        if (digitsOf(last4.get()).length() < LAST4_LENGTH) {
            return Optional.of(Problem.of("tickets.dialog.last4Required"));
        }
        return Optional.ofNullable(mismatch);
    }

    /** An override ticked without its reason. */
    public Optional<Problem> reasonProblem() {
        return override.get() && blank(reason.get()) ? Optional.of(Problem.of("tickets.pickup.reasonRequired"))
                : Optional.empty();
    }

    /** What keeps OK from going through, in the order of the fields. */
    public List<Problem> problems() {
        return Stream.of(last4Problem(), reasonProblem()).flatMap(Optional::stream).toList();
    }

    /**
     * OK pressed: true when the piece may be handed over (the digits match, or a manager is asked to
     * override with a reason); false otherwise, the digits' mismatch remembered when that is why.
     */
    public boolean confirm() {
        if (!problems().isEmpty()) {
            return false;
        }
        if (!override.get() && !ticket.last4Matches(last4.get())) {
            mismatch = Problem.of("ticket.refused.last4", ticket.ticketNo());
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

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
