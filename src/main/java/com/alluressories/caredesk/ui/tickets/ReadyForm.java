package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketState;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The piece back at the counter: repaired or not (a ticket never sent to repair can only be
 * "cannot repair"), and for a chargeable repair the final charge — the quote to start with; left
 * empty, the quote is charged. A warranty ticket charges nothing and its charge cannot be changed.
 */
public final class ReadyForm {
    private final Ticket ticket;
    private final List<Outcome> outcomes;
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty charge = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty("");

    public ReadyForm(Ticket ticket) {
        this.ticket = ticket;
        this.outcomes = ticket.state() == TicketState.RECEIVED ? List.of(Outcome.CANNOT_REPAIR)
                : List.of(Outcome.REPAIRED, Outcome.CANNOT_REPAIR);
        outcome.set(outcomes.get(0));
        charge.set(ticket.chargeable() ? ticket.quote().map(q -> Money.of(q).plain()).orElse("") : "0");
    }

    /** The outcomes this ticket can have, the first chosen to start with. */
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** Only a chargeable ticket's charge can be typed. */
    public boolean chargeEditable() {
        return ticket.chargeable();
    }

    /** An amount that is not one (a sign, a third decimal, letters); an empty charge is fine. */
    public Optional<Problem> chargeProblem() {
        return chargeEditable() && !blank(charge.get()) && Money.parse(charge.get()).isEmpty()
                ? Optional.of(Problem.of("tickets.dialog.invalidAmount")) : Optional.empty();
    }

    /** What keeps OK from going through. */
    public List<Problem> problems() {
        return chargeProblem().stream().toList();
    }

    /** The final charge typed; empty when nothing is typed or the ticket is not chargeable. */
    public Optional<Money> charge() {
        if (chargeProblem().isPresent()) {
            throw new IllegalStateException("no charge: " + charge.get());
        }
        return chargeEditable() && !blank(charge.get()) ? Money.parse(charge.get()) : Optional.empty();
    }

    public Outcome outcome() {
        return outcome.get();
    }

    public String note() {
        return note.get();
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty chargeProperty() {
        return charge;
    }

    public StringProperty noteProperty() {
        return note;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
