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

    @Test
    void anApprovalExpectedBackBeforeTodayIsRefused() {
        QuoteAnswerForm form = new QuoteAnswerForm(true, TODAY);
        form.howProperty().set("In person");
        form.expectedProperty().set(TODAY.minusDays(1));
        assertThat(form.expectedProblem()).contains(Problem.of("tickets.dialog.expectedPast"));
        assertThat(form.problems()).containsExactly(Problem.of("tickets.dialog.expectedPast"));
        form.expectedProperty().set(TODAY);
        assertThat(form.problems()).as("back today is fine").isEmpty();
    }

    @Test
    void okWithNothingSaidListsEveryProblemInFieldOrder() {
        QuoteAnswerForm form = new QuoteAnswerForm(true, TODAY);
        form.expectedProperty().set(TODAY.minusDays(3));
        assertThat(form.problems()).containsExactly(Problem.of("tickets.dialog.howRequired"),
                Problem.of("tickets.dialog.expectedPast"));
        QuoteAnswerForm decline = new QuoteAnswerForm(false, TODAY);
        decline.expectedProperty().set(TODAY.minusDays(3));
        assertThat(decline.expectedProblem()).as("a decline has no date to check").isEmpty();
    }
}
