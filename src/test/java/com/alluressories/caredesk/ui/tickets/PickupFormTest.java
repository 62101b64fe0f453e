package com.alluressories.caredesk.ui.tickets;

import static com.alluressories.caredesk.ui.tickets.TicketForms.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.ticket.TicketState;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pickup: the right last 4 digits, or a manager's override with a reason. */
class PickupFormTest {
    private final PickupForm form = new PickupForm(ticket(TicketState.READY_FOR_PICKUP, true,
            Optional.of(new BigDecimal("380")), Optional.of(new BigDecimal("380.00"))));

    @Test
    void nothingToConfirmUntilDigitsOrAnOverrideWithItsReason() {
        assertThat(form.toPay()).isEqualTo(Money.ofCents(38_000));
        assertThat(form.canConfirmProperty().get()).isFalse();
        form.last4Property().set("4567");
        assertThat(form.canConfirmProperty().get()).isTrue();
        form.overrideProperty().set(true);
        assertThat(form.canConfirmProperty().get()).as("an override needs its reason").isFalse();
        form.reasonProperty().set("  ");
        assertThat(form.canConfirmProperty().get()).isFalse();
        form.reasonProperty().set("Sister collecting, ID seen");
        assertThat(form.canConfirmProperty().get()).isTrue();
        form.last4Property().set("");
        assertThat(form.canConfirmProperty().get()).as("the override stands in for the digits").isTrue();
    }

    @Test
    void wrongDigitsAreRefusedUnderTheFieldUntilTheyChange() {
        form.last4Property().set("1111");
        assertThat(form.confirm()).isFalse();
        assertThat(form.mismatchProperty().get()).isEqualTo(Problem.of("ticket.refused.last4", "CWB-261127-0001"));
        form.last4Property().set("4567");
        assertThat(form.mismatchProperty().get()).isNull();
        assertThat(form.confirm()).isTrue();
        assertThat(form.mismatchProperty().get()).isNull();
        assertThat(form.overrideReason()).isEmpty();
    }

    @Test
    void digitsAreMatchedWhateverSpacesOrDashesCome() {
        form.last4Property().set(" 45-67 ");
        assertThat(form.confirm()).isTrue();
    }

    @Test
    void anOverrideGoesPastWrongDigitsWithItsReason() {
        form.last4Property().set("0000");
        form.overrideProperty().set(true);
        form.reasonProperty().set(" Sister collecting, ID seen ");
        assertThat(form.confirm()).isTrue();
        assertThat(form.mismatchProperty().get()).isNull();
        assertThat(form.overrideReason()).contains("Sister collecting, ID seen");
        form.overrideProperty().set(false);
        assertThat(form.overrideReason()).as("a reason left behind when the override is unticked").isEmpty();
    }
}
