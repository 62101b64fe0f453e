package com.alluressories.caredesk.ui.tickets;

import static com.alluressories.caredesk.ui.tickets.TicketForms.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.ticket.TicketState;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pickup: the right last 4 digits (digits only, four of them), or a manager's override with a reason. */
class PickupFormTest {
    private final PickupForm form = new PickupForm(ticket(TicketState.READY_FOR_PICKUP, true,
            Optional.of(new BigDecimal("380")), Optional.of(new BigDecimal("380.00"))));

    @Test
    void okIsRefusedUntilFourDigitsOrAnOverrideWithItsReason() {
        assertThat(form.toPay()).isEqualTo(Money.ofCents(38_000));
        Problem fourDigits = Problem.of("tickets.dialog.last4Required");
        assertThat(form.problems()).containsExactly(fourDigits);
        assertThat(form.confirm()).isFalse();
        form.last4Property().set("456");
        assertThat(form.last4Problem()).as("three digits are not the last 4").contains(fourDigits);
        assertThat(form.confirm()).isFalse();
        form.last4Property().set("4567");
        assertThat(form.problems()).isEmpty();
        form.last4Property().set("");
        form.overrideProperty().set(true);
        assertThat(form.last4Problem()).as("the override stands in for the digits").isEmpty();
        assertThat(form.problems()).as("an override needs its reason")
                .containsExactly(Problem.of("tickets.pickup.reasonRequired"));
        form.reasonProperty().set("  ");
        assertThat(form.confirm()).isFalse();
        form.reasonProperty().set("Sister collecting, ID seen");
        assertThat(form.problems()).isEmpty();
        assertThat(form.confirm()).isTrue();
    }

    @Test
    void theFieldTakesDigitsOnlyAndAtMostFour() {
        assertThat(PickupForm.fitsLast4("")).isTrue();
        assertThat(PickupForm.fitsLast4("4567")).isTrue();
        assertThat(PickupForm.fitsLast4("45678")).as("a fifth digit").isFalse();
        assertThat(PickupForm.fitsLast4("45a7")).isFalse();
        assertThat(PickupForm.fitsLast4("45 7")).isFalse();
        assertThat(PickupForm.digitsOf(" 45-67 ")).isEqualTo("4567");
        assertThat(PickupForm.digitsOf("abc")).isEmpty();
    }

    @Test
    void wrongDigitsAreRefusedUnderTheFieldUntilTheyChange() {
        form.last4Property().set("1111");
        assertThat(form.last4Problem()).as("not said before OK").isEmpty();
        assertThat(form.confirm()).isFalse();
        assertThat(form.last4Problem()).contains(Problem.of("ticket.refused.last4", "CWB-261127-0001"));
        form.last4Property().set("4567");
        assertThat(form.last4Problem()).isEmpty();
        assertThat(form.confirm()).isTrue();
        assertThat(form.last4Problem()).isEmpty();
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
        assertThat(form.problems()).isEmpty();
        assertThat(form.overrideReason()).contains("Sister collecting, ID seen");
        form.overrideProperty().set(false);
        assertThat(form.overrideReason()).as("a reason left behind when the override is unticked").isEmpty();
    }
}
