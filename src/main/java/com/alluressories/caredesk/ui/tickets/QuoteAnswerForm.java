package com.alluressories.caredesk.ui.tickets;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The customer's answer to a quote: how they answered (in person, by phone…) is always asked; an
 * approval also says where the piece is repaired and when it is expected back (a week by default,
 * never before today).
 */
public final class QuoteAnswerForm {
    private final boolean approve;
    private final LocalDate today;
    private final StringProperty how = new SimpleStringProperty("");
    private final StringProperty workshop = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> expected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public QuoteAnswerForm(boolean approve, LocalDate today) {
        this.approve = approve;
        this.today = today;
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

    /** An approval's expected date before today; none for a decline, or when no date is given. */
    public Optional<Problem> expectedProblem() {
        return approve ? StartRepairForm.pastDate(expected.get(), today) : Optional.empty();
    }

    /** What keeps OK from going through, in the order of the fields. */
    public List<Problem> problems() {
        return Stream.of(howProblem(), expectedProblem()).flatMap(Optional::stream).toList();
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
