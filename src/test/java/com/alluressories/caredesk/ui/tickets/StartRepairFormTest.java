package com.alluressories.caredesk.ui.tickets;

import static com.alluressories.caredesk.ui.tickets.TicketForms.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A warranty repair to the bench: nothing is required, blanks mean "not said", no date before today. */
class StartRepairFormTest {
    @Test
    void blanksAreNotSaidAndTheDateStartsAWeekOut() {
        StartRepairForm form = new StartRepairForm(TODAY);
        assertThat(form.expected()).contains(LocalDate.parse("2026-12-04"));
        form.workshopProperty().set("   ");
        assertThat(form.workshop()).isEmpty();
        form.expectedProperty().set(null);
        assertThat(form.expected()).isEmpty();
    }

    @Test
    void aWorkshopIsKeptWithoutItsSpaces() {
        StartRepairForm form = new StartRepairForm(TODAY);
        form.workshopProperty().set(" Bench 2 ");
        form.expectedProperty().set(LocalDate.parse("2026-12-01"));
        form.noteProperty().set("sent by courier");
        assertThat(form.workshop()).contains("Bench 2");
        assertThat(form.expected()).contains(LocalDate.parse("2026-12-01"));
        assertThat(form.note()).isEqualTo("sent by courier");
    }

    @Test
    void aDateBeforeTodayIsRefused() {
        StartRepairForm form = new StartRepairForm(TODAY);
        assertThat(form.problems()).isEmpty();
        form.expectedProperty().set(TODAY.minusDays(1));
        assertThat(form.problems()).containsExactly(Problem.of("tickets.dialog.expectedPast"));
        form.expectedProperty().set(TODAY);
        assertThat(form.expectedProblem()).isEmpty();
    }
}
