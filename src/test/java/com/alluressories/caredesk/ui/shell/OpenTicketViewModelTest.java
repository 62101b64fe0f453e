package com.alluressories.caredesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketException;
import com.alluressories.caredesk.ui.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The promised date of a saved claim's ticket: its default by verdict, and never a day already past. */
class OpenTicketViewModelTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    private final List<LocalDate> openedWith = new ArrayList<>();

    private OpenTicketViewModel model(Verdict verdict) {
        return new OpenTicketViewModel(claim(verdict), TODAY, (claim, promised) -> {
            openedWith.add(promised);
            return null;
        }, TaskRunner.sameThread());
    }

    private static ClaimSummary claim(Verdict verdict) {
        return new ClaimSummary(7, "uuid", TODAY.atTime(10, 0), "Amy Lee (2001)", Optional.empty(), Optional.empty(),
                "Chan Tai Man", "91234567", "Pearl bracelet", "The clasp does not close", List.of(), verdict, verdict,
                Optional.empty(), List.of(), "policy", 0, Optional.empty());
    }

    @Test
    void aWarrantyRepairIsPromisedInAWeekAnythingElseInTwo() {
        assertThat(model(Verdict.WARRANTY_REPAIR).promisedDate()).isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(model(Verdict.PARTIAL_WARRANTY).promisedDate()).isEqualTo(LocalDate.parse("2026-12-11"));
        assertThat(model(Verdict.CHARGEABLE_REPAIR).promisedProperty().get()).isEqualTo(LocalDate.parse("2026-12-11"));
    }

    @Test
    void aDateInThePastOrNoDateAtAllBecomesToday() {
        OpenTicketViewModel model = model(Verdict.WARRANTY_REPAIR);
        model.promisedProperty().set(LocalDate.parse("2026-11-20"));
        assertThat(model.promisedDate()).isEqualTo(TODAY);
        model.promisedProperty().set(null);
        assertThat(model.promisedDate()).isEqualTo(TODAY);
        model.promisedProperty().set(LocalDate.parse("2027-01-05"));
        assertThat(model.promisedDate()).isEqualTo(LocalDate.parse("2027-01-05"));
    }

    @Test
    void theTicketIsOpenedWithTheDateChosen() {
        OpenTicketViewModel model = model(Verdict.WARRANTY_REPAIR);
        model.promisedProperty().set(LocalDate.parse("2026-11-01"));
        List<Ticket> opened = new ArrayList<>();
        model.open(opened::add, error -> { throw new AssertionError(error); });
        assertThat(openedWith).containsExactly(TODAY);
        assertThat(opened).hasSize(1);
    }

    @Test
    void aRefusalComesBackToTheWindow() {
        OpenTicketViewModel model = new OpenTicketViewModel(claim(Verdict.WARRANTY_REPAIR), TODAY, (claim, promised) -> {
            throw new TicketException("ticket.refused.noShop");
        }, TaskRunner.sameThread());
        List<Throwable> errors = new ArrayList<>();
        model.open(ticket -> { throw new AssertionError("no ticket without a shop"); }, errors::add);
        assertThat(errors).singleElement().isInstanceOf(TicketException.class);
    }
}
