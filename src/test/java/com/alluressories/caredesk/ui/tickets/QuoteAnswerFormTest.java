package com.alluressories.caredesk.ui.tickets;

import static com.alluressories.caredesk.ui.tickets.TicketForms.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The answer to a quote: how the customer answered is required; the workshop and date are optional. */
class QuoteAnswerFormTest {
    @Test
    void anAnswerWithoutHowIsRefused() {
        QuoteAnswerForm form = new QuoteAnswerForm(true, TODAY);
        assertThat(form.howProblem()).contains(Problem.of("tickets.dialog.howRequired"));
        form.howProperty().set("   ");
        assertThat(form.howProblem()).contains(Problem.of("tickets.dialog.howRequired"));
        QuoteAnswerForm decline = new QuoteAnswerForm(false, TODAY);
        assertThat(decline.howProblem()).contains(Problem.of("tickets.dialog.howRequired"));
    }

    @Test
    void anApprovalSaysHowAndOptionallyWhereAndWhen() {
        QuoteAnswerForm form = new QuoteAnswerForm(true, TODAY);
        assertThat(form.approve()).isTrue();
        assertThat(form.expected()).contains(LocalDate.parse("2026-12-04")); // a week from today to start with
        form.howProperty().set(" In person ");
        assertThat(form.howProblem()).isEmpty();
        assertThat(form.how()).isEqualTo("In person");
        assertThat(form.workshop()).isEmpty();
        form.workshopProperty().set("  Kowloon Bay workshop ");
        assertThat(form.workshop()).contains("Kowloon Bay workshop");
        form.expectedProperty().set(null);
        assertThat(form.expected()).isEmpty();
    }

    @Test
    void aDeclineIsNotAnApproval() {
        QuoteAnswerForm form = new QuoteAnswerForm(false, TODAY);
        form.howProperty().set("By phone");
        form.noteProperty().set("too dear");
        assertThat(form.approve()).isFalse();
        assertThat(form.howProblem()).isEmpty();
        assertThat(form.note()).isEqualTo("too dear");
    }
}
