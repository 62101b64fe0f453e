package com.alluressories.caredesk.ui.tickets;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A warranty repair going to the bench: where (optional) and when it is expected back (a week by
 * default, optional too). Nothing here can be refused.
 */
public final class StartRepairForm {
    private final StringProperty workshop = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> expected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public StartRepairForm(LocalDate today) {
        this.expected.set(today.plusDays(7));
    }

    /** The bench or workshop named, if any. */
    public Optional<String> workshop() {
        return text(workshop.get());
    }

    public Optional<LocalDate> expected() {
        return Optional.ofNullable(expected.get());
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

    static Optional<String> text(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(typed.strip());
    }
}
