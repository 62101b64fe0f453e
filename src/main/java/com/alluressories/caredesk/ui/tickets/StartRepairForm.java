package com.alluressories.caredesk.ui.tickets;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A warranty repair going to the bench: where (optional) and when it is expected back (a week by
 * default, optional too, never before today).
 */
public final class StartRepairForm {
    private final LocalDate today;
    private final StringProperty workshop = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> expected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public StartRepairForm(LocalDate today) {
        this.today = today;
        this.expected.set(today.plusDays(7));
    }

    /** The bench or workshop named, if any. */
    public Optional<String> workshop() {
        return text(workshop.get());
    }

    public Optional<LocalDate> expected() {
        return Optional.ofNullable(expected.get());
    }

    /** An expected date before today. */
    public Optional<Problem> expectedProblem() {
        return pastDate(expected.get(), today);
    }

    /** What keeps OK from going through. */
    public List<Problem> problems() {
        return expectedProblem().stream().toList();
    }

    public String note() {
        return note.get();
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

    static Optional<Problem> pastDate(LocalDate date, LocalDate today) {
        return date != null && date.isBefore(today) ? Optional.of(Problem.of("tickets.dialog.expectedPast"))
                : Optional.empty();
    }

    static Optional<String> text(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(typed.strip());
    }
}
