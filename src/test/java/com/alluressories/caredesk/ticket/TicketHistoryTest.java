package com.alluressories.caredesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.ticket.TicketHistory.Derived;
import com.alluressories.caredesk.ticket.TicketHistory.Event;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ticket's state from its events: the same on every PC, whatever order they arrived in. */
class TicketHistoryTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 29, 10, 0);

    private static Event event(String id, String after, int minute, String action, TicketState from, TicketState to,
                               Map<String, Object> details) {
        return new Event(id, Optional.ofNullable(after), T.plusMinutes(minute), action, Optional.ofNullable(from), to,
                details, "Amy (2001)", "");
    }

    private static List<Event> readyForPickup() {
        return List.of(event("a", null, 0, "OPEN", null, TicketState.RECEIVED, Map.of()),
                event("b", "a", 1, "START_REPAIR", TicketState.RECEIVED, TicketState.IN_REPAIR,
                        Map.of("workshop", "Kwun Tong")),
                event("c", "b", 2, "READY", TicketState.IN_REPAIR, TicketState.READY_FOR_PICKUP,
                        Map.of("outcome", "REPAIRED", "final_charge_cents", 0)));
    }

    @Test
    void stepsApplyInTheOrderTheyFollowedEachOther() {
        Derived d = TicketHistory.derive(readyForPickup(), false);
        assertThat(d.state()).isEqualTo(TicketState.READY_FOR_PICKUP);
        assertThat(d.workshop()).contains("Kwun Tong");
        assertThat(d.outcome()).contains(Outcome.REPAIRED);
        assertThat(d.conflicts()).isZero();
    }

    @Test
    void aPieceHandedOverAtTwoShopsWhileApartIsKeptTwiceAppliedOnceAndFlagged() {
        List<Event> events = new ArrayList<>(readyForPickup());
        events.add(event("mk", "c", 10, "COLLECT", TicketState.READY_FOR_PICKUP, TicketState.COLLECTED, Map.of()));
        events.add(event("cwb", "c", 12, "COLLECT", TicketState.READY_FOR_PICKUP, TicketState.COLLECTED, Map.of()));
        Derived here = TicketHistory.derive(events, false);
        Collections.reverse(events);
        Derived there = TicketHistory.derive(events, false);
        assertThat(here.state()).isEqualTo(TicketState.COLLECTED);
        assertThat(here.collectedAt()).contains(T.plusMinutes(10));
        assertThat(here.notApplied()).containsExactly("cwb");
        assertThat(there).isEqualTo(here);
        assertThat(here.readyAt()).as("first ready for pickup").contains(T.plusMinutes(2));
        assertThat(here.lastStepAt()).as("the last step applied, not the one refused").contains(T.plusMinutes(10));
    }

    @Test
    void aNoticeChangesNothingOfTheRepairAndIsNotALastStep() {
        List<Event> events = new ArrayList<>(readyForPickup());
        events.add(event("n", "c", 30, TicketHistory.NOTICE, TicketState.READY_FOR_PICKUP, TicketState.READY_FOR_PICKUP,
                Map.of("kind", "READY", "way", "WHATSAPP", "text", "Dear Amy")));
        // A notice recorded at another PC that thought the piece was still in repair: kept, not applied.
        events.add(event("n2", "b", 31, TicketHistory.NOTICE, TicketState.IN_REPAIR, TicketState.IN_REPAIR,
                Map.of("kind", "QUOTE", "way", "SMS", "text", "")));
        Derived d = TicketHistory.derive(events, false);
        assertThat(d.state()).isEqualTo(TicketState.READY_FOR_PICKUP);
        assertThat(d.lastStepAt()).contains(T.plusMinutes(2));
        assertThat(d.notApplied()).containsExactly("n2");
    }

    @Test
    void aDeclinedQuoteIsReadyWhenDeclinedAndANewTicketHasOnlyItsOpening() {
        List<Event> events = new ArrayList<>(readyForPickup().subList(0, 1));
        Derived opened = TicketHistory.derive(events, true);
        assertThat(opened.readyAt()).isEmpty();
        assertThat(opened.lastStepAt()).contains(T);
        events.add(event("q", "a", 5, "QUOTE", TicketState.RECEIVED, TicketState.QUOTED, Map.of("quote_cents", 80000)));
        events.add(event("d", "q", 65, "DECLINE_QUOTE", TicketState.QUOTED, TicketState.READY_FOR_PICKUP,
                Map.of("how", "By phone")));
        Derived declined = TicketHistory.derive(events, true);
        assertThat(declined.readyAt()).contains(T.plusMinutes(65));
        assertThat(declined.lastStepAt()).contains(T.plusMinutes(65));
    }

    @Test
    void aPcWhoseClockIsBehindStillComesAfterTheStepItFollowed() {
        List<Event> events = new ArrayList<>(readyForPickup().subList(0, 1));
        events.add(event("q", "a", 5, "QUOTE", TicketState.RECEIVED, TicketState.QUOTED, Map.of("quote_cents", 80000)));
        // The workshop's clock is 10 minutes slow: its approval carries an earlier time than the quote.
        events.add(event("w", "q", -5, "APPROVE_QUOTE", TicketState.QUOTED, TicketState.IN_REPAIR,
                Map.of("how", "by phone")));
        Derived d = TicketHistory.derive(events, true);
        assertThat(d.state()).isEqualTo(TicketState.IN_REPAIR);
        assertThat(d.quoteCents()).contains(80000L);
        assertThat(d.quoteDecision()).contains("APPROVED");
        assertThat(d.ordered()).extracting(Event::id).containsExactly("a", "q", "w");
    }

    @Test
    void aStepTheWorkflowDoesNotAllowNeverApplies() {
        List<Event> events = new ArrayList<>(readyForPickup().subList(0, 1));
        events.add(event("x", "a", 1, "QUOTE", TicketState.RECEIVED, TicketState.QUOTED, Map.of("quote_cents", 100)));
        Derived warranty = TicketHistory.derive(events, false); // a warranty repair is never quoted
        assertThat(warranty.state()).isEqualTo(TicketState.RECEIVED);
        assertThat(warranty.quoteCents()).isEmpty();
        assertThat(warranty.conflicts()).isEqualTo(1);
    }

    @Test
    void aStepWithDataNoCareDeskWroteIsKeptButNeverApplied() {
        List<Event> events = new ArrayList<>(readyForPickup().subList(0, 2));
        events.add(event("z", "b", 3, "READY", TicketState.IN_REPAIR, TicketState.READY_FOR_PICKUP,
                Map.of("outcome", "MELTED")));
        Derived d = TicketHistory.derive(events, false);
        assertThat(d.state()).isEqualTo(TicketState.IN_REPAIR);
        assertThat(d.notApplied()).containsExactly("z");
    }
}
