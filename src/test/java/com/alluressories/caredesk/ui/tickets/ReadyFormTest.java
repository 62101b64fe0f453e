package com.alluressories.caredesk.ui.tickets;

import static com.alluressories.caredesk.ui.tickets.TicketForms.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.TicketState;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Back at the counter: the outcomes the ticket allows, and a final charge that is an amount or empty. */
class ReadyFormTest {
    @Test
    void aTicketNeverSentToRepairCanOnlyBeCannotRepair() {
        ReadyForm form = new ReadyForm(ticket(TicketState.RECEIVED, false, Optional.empty(), Optional.empty()));
        assertThat(form.outcomes()).containsExactly(Outcome.CANNOT_REPAIR);
        assertThat(form.outcome()).isEqualTo(Outcome.CANNOT_REPAIR);
    }

    @Test
    void aChargeableRepairStartsFromItsQuote() {
        ReadyForm form = new ReadyForm(ticket(TicketState.IN_REPAIR, true, Optional.of(new BigDecimal("380.00")),
                Optional.empty()));
        assertThat(form.outcomes()).containsExactly(Outcome.REPAIRED, Outcome.CANNOT_REPAIR);
        assertThat(form.outcome()).isEqualTo(Outcome.REPAIRED);
        assertThat(form.chargeEditable()).isTrue();
        assertThat(form.chargeProperty().get()).isEqualTo("380.00");
        assertThat(form.chargeProblem()).isEmpty();
        assertThat(form.charge()).contains(Money.ofCents(38_000));
        form.chargeProperty().set("HK$420.5");
        assertThat(form.charge()).contains(Money.ofCents(42_050));
        form.chargeProperty().set("0");
        assertThat(form.charge()).contains(Money.ZERO); // a repair given for nothing is allowed
    }

    @Test
    void anEmptyChargeLeavesTheQuoteToTheService() {
        ReadyForm form = new ReadyForm(ticket(TicketState.IN_REPAIR, true, Optional.of(new BigDecimal("380")),
                Optional.empty()));
        form.chargeProperty().set("  ");
        assertThat(form.chargeProblem()).isEmpty();
        assertThat(form.charge()).isEmpty();
    }

    @Test
    void aChargeThatIsNotAnAmountIsRefused() {
        ReadyForm form = new ReadyForm(ticket(TicketState.IN_REPAIR, true, Optional.of(new BigDecimal("380")),
                Optional.empty()));
        for (String typed : new String[] {"-1", "12.345", "three hundred"}) {
            form.chargeProperty().set(typed);
            assertThat(form.chargeProblem()).as(typed).contains(Problem.of("tickets.dialog.invalidAmount"));
            assertThat(form.problems()).as("OK refused").containsExactly(Problem.of("tickets.dialog.invalidAmount"));
            assertThatThrownBy(form::charge).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aWarrantyRepairChargesNothingWhateverIsInTheField() {
        ReadyForm form = new ReadyForm(ticket(TicketState.IN_REPAIR, false, Optional.empty(), Optional.empty()));
        assertThat(form.chargeEditable()).isFalse();
        assertThat(form.chargeProperty().get()).isEqualTo("0");
        form.chargeProperty().set("oops");
        assertThat(form.chargeProblem()).isEmpty();
        assertThat(form.charge()).isEmpty();
    }
}
