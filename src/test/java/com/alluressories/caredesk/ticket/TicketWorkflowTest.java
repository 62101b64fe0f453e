package com.alluressories.caredesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workflow's rules alone: no store, no clock. */
class TicketWorkflowTest {

    @Test
    void aChargeableRepairIsQuotedAndAWarrantyRepairIsNot() {
        assertThat(TicketWorkflow.allowed(TicketState.RECEIVED, true)).containsExactlyInAnyOrder(TicketAction.QUOTE,
                TicketAction.READY);
        assertThat(TicketWorkflow.allowed(TicketState.RECEIVED, false)).containsExactlyInAnyOrder(
                TicketAction.START_REPAIR, TicketAction.READY);
        assertThat(TicketWorkflow.allowed(TicketState.QUOTED, true)).containsExactlyInAnyOrder(
                TicketAction.APPROVE_QUOTE, TicketAction.DECLINE_QUOTE);
        assertThat(TicketWorkflow.allowed(TicketState.IN_REPAIR, false)).containsExactly(TicketAction.READY);
        // A piece never collected may, under Cap. 294, be disposed of (the notice package's checks decide when).
        assertThat(TicketWorkflow.allowed(TicketState.READY_FOR_PICKUP, true)).containsExactlyInAnyOrder(
                TicketAction.COLLECT, TicketAction.DISPOSE);
        assertThat(TicketWorkflow.allowed(TicketState.COLLECTED, true)).isEmpty();
        assertThat(TicketWorkflow.allowed(TicketState.DISPOSED, true)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TicketState.class)
    void everyAllowedStepLeadsForwardNeverBackToReceived(TicketState from) {
        for (boolean chargeable : new boolean[] {true, false}) {
            for (TicketAction action : TicketWorkflow.allowed(from, chargeable)) {
                TicketState to = TicketWorkflow.target(action);
                assertThat(to).isNotEqualTo(TicketState.RECEIVED);
                assertThat(to.ordinal()).as(from + " --" + action + "--> " + to).isGreaterThan(from.ordinal());
            }
        }
    }

    @Test
    void everyActionIsAllowedSomewhere() {
        EnumSet<TicketAction> seen = EnumSet.noneOf(TicketAction.class);
        for (TicketState state : TicketState.values()) {
            seen.addAll(TicketWorkflow.allowed(state, true));
            seen.addAll(TicketWorkflow.allowed(state, false));
        }
        assertThat(seen).containsExactlyInAnyOrder(TicketAction.values());
    }

    @Test
    void aPieceMarkedRepairedMustHaveBeenToRepair() {
        assertThat(TicketWorkflow.readyAllowed(TicketState.RECEIVED, Outcome.REPAIRED)).isFalse();
        assertThat(TicketWorkflow.readyAllowed(TicketState.RECEIVED, Outcome.CANNOT_REPAIR)).isTrue();
        assertThat(TicketWorkflow.readyAllowed(TicketState.IN_REPAIR, Outcome.REPAIRED)).isTrue();
    }

    @Test
    void amountsHaveAtMostTwoDecimalsAndAQuoteIsAboveZero() {
        assertThat(TicketWorkflow.validQuote(new BigDecimal("0.01"))).isTrue();
        assertThat(TicketWorkflow.validQuote(BigDecimal.ZERO)).isFalse();
        assertThat(TicketWorkflow.validQuote(new BigDecimal("1.005"))).isFalse();
        assertThat(TicketWorkflow.validQuote(new BigDecimal("-5"))).isFalse();
        assertThat(TicketWorkflow.validQuote(null)).isFalse();
        assertThat(TicketWorkflow.validCharge(BigDecimal.ZERO)).isTrue();
        assertThat(TicketWorkflow.validCharge(new BigDecimal("120.50"))).isTrue();
        assertThat(TicketWorkflow.validCharge(new BigDecimal("-0.01"))).isFalse();
    }

    @Test
    void theFinalChargeIsNothingUnderWarrantyOrWhenItCannotBeRepairedElseTheStatedOrTheQuote() {
        Ticket chargeable = TicketFixture.ticket(true, Optional.of(new BigDecimal("380.00")));
        Ticket warranty = TicketFixture.ticket(false, Optional.empty());
        assertThat(TicketWorkflow.finalCharge(warranty, Outcome.REPAIRED, Optional.of(new BigDecimal("50"))))
                .isEqualByComparingTo("0");
        assertThat(TicketWorkflow.finalCharge(chargeable, Outcome.CANNOT_REPAIR, Optional.of(new BigDecimal("50"))))
                .isEqualByComparingTo("0");
        assertThat(TicketWorkflow.finalCharge(chargeable, Outcome.REPAIRED, Optional.of(new BigDecimal("420"))))
                .isEqualByComparingTo("420");
        assertThat(TicketWorkflow.finalCharge(chargeable, Outcome.REPAIRED, Optional.empty()))
                .isEqualByComparingTo("380");
    }
}
