package com.alluressories.caredesk.ui.tickets;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The customer's answer to a quote: how they answered (in person, by phone…) is always asked; an
 * approval also says where the piece is repaired and when it is expected back (a week by default).
 */
public final class QuoteAnswerForm {
    private final boolean approve;
    private final StringProperty how = new SimpleStringProperty("");
    private final StringProperty workshop = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> expected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public QuoteAnswerForm(boolean approve, LocalDate today) {
        this.approve = approve;
        this.expected.set(today.plusDays(7));
    }

    /** True for an approval (the piece goes to repair), false for a decline. */
    public boolean approve() {
        return approve;
    }

    public Optional<Problem> howProblem() {
        return how.get() == null || how.get().isBlank() ? Optional.of(Problem.of("tickets.dialog.howRequired"))
                : Optional.empty();
    }

    public String how() {
        return how.get().strip();
    }

    /** The bench or workshop named, if any. */
    public Optional<String> workshop() {
        return StartRepairForm.text(workshop.get());
    }

    public Optional<LocalDate> expected() {
        return Optional.ofNullable(expected.get());
    }

    public String note() {
        return note.get();
    }

    public StringProperty howProperty() {
        return how;
    }

    public StringProperty workshopProperty() {
        return workshop;
    }

    public ObjectProperty<LocalDate> expectedProperty() {
        return expected;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
