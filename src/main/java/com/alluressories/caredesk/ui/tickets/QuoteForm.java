package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.money.Money;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The quote dialog's values: the amount the customer is quoted (HK$, above zero, at most two
 * decimals, as the ticket service demands) and a note for the ticket's history.
 */
public final class QuoteForm {
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    /** What is wrong with the amount typed, if anything. */
    public Optional<Problem> amountProblem() {
        Optional<Money> typed = Money.parse(amount.get());
        if (typed.isEmpty()) {
            return Optional.of(Problem.of("tickets.dialog.invalidAmount"));
        }
        return typed.get().isPositive() ? Optional.empty() : Optional.of(Problem.of("tickets.dialog.quoteAboveZero"));
    }

    /** What keeps OK from going through. */
    public List<Problem> problems() {
        return amountProblem().stream().toList();
    }

    /** The amount to quote; only once {@link #amountProblem()} is empty. */
    public Money amount() {
        if (amountProblem().isPresent()) {
            throw new IllegalStateException("no amount to quote: " + amount.get());
        }
        return Money.parse(amount.get()).orElseThrow();
    }

    public String note() {
        return note.get();
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
