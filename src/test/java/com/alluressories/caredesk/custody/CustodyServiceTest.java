package com.alluressories.caredesk.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.NotAllowedException;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.text.Refusal;
import com.alluressories.caredesk.ticket.Custody;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFilter;
import com.alluressories.caredesk.ticket.TicketFixture;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ticket.TicketState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path of a piece on one store, the PC standing in turn at each place (the chain test does it
 * across PCs): taken in at TST to be collected at CWB, sent to the workshop with another piece that
 * never arrives, repaired, sent to CWB, received, collected there; and every scan that contradicts
 * where a piece is, refused with its reason.
 */
class CustodyServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    Path dir;

    private Store store;
    private final AtomicReference<String> here = new AtomicReference<>("TST");
    private TicketService tickets;
    private CustodyService custody;
    private final Actor amy = StaffFixture.staff("2001", "Amy Lee");

    @BeforeEach
    void open() {
        store = Store.open(dir);
        AuditLog audit = new AuditLog(store, CLOCK);
        tickets = new TicketService(store, CLOCK, () -> amy, audit, () -> Optional.of(here.get()));
        custody = new CustodyService(store, CLOCK, () -> amy, audit, tickets,
                () -> Optional.of(here.get().equals(Custody.WORKSHOP) ? "WS" : here.get()), () -> Optional.of(here.get()));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private Ticket intake(String shop, String phone) {
        ClaimSummary claim = TicketFixture.claim(store, CLOCK, "Chan Tai Man", phone, java.util.Set.of("MANUFACTURING_DEFECT"));
        return tickets.open(claim, shop, LocalDate.now(CLOCK).plusDays(7));
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo(key));
    }

    private String location(Ticket t) {
        return tickets.get(t.ticketNo()).orElseThrow().custody().location();
    }

    @Test
    void aPieceIsFollowedThroughEveryHandOver() {
        Ticket a = intake("TST", "91234567");
        Ticket b = intake("TST", "61234567");
        Ticket atCwb = intake("CWB", "51234567");
        assertThat(location(a)).isEqualTo("TST");
        assertThat(tickets.get(a.ticketNo()).orElseThrow().collectingShop()).isEqualTo("TST");
        custody.collectAt(a.ticketNo(), "cwb");
        assertThat(tickets.get(a.ticketNo()).orElseThrow().collectingShop()).isEqualTo("CWB");
        refused(() -> custody.collectAt(a.ticketNo(), "XYZ"), "custody.refused.unknownShop");

        // TST sends A and B to the workshop.
        Dispatch toWorkshop = custody.open(Custody.WORKSHOP, "Lalamove");
        assertThat(toWorkshop.dispatchNo()).isEqualTo("TST-D261127-1");
        custody.scanInto(toWorkshop.dispatchNo(), " " + a.ticketNo().toLowerCase() + " ");
        custody.scanInto(toWorkshop.dispatchNo(), b.ticketNo());
        refused(() -> custody.scanInto(toWorkshop.dispatchNo(), a.ticketNo()), "custody.refused.alreadyIn");
        // A tag scanned by mistake goes back out of the bag, here again and off the manifest; then in again.
        Ticket wrong = intake("TST", "92345678");
        custody.scanInto(toWorkshop.dispatchNo(), wrong.ticketNo());
        assertThat(custody.takeOut(toWorkshop.dispatchNo(), wrong.ticketNo()).custody().location()).isEqualTo("TST");
        refused(() -> custody.takeOut(toWorkshop.dispatchNo(), wrong.ticketNo()), "custody.refused.notInBag");
        assertThat(custody.dispatch(toWorkshop.dispatchNo()).orElseThrow().pieces()).extracting(Dispatch.Piece::ticketNo)
                .containsExactly(a.ticketNo(), b.ticketNo());
        refused(() -> custody.scanInto(toWorkshop.dispatchNo(), atCwb.ticketNo()), "ticket.refused.notHere");
        refused(() -> custody.scanInto("TST-D261127-9", b.ticketNo()), "custody.refused.noDispatch");
        assertThat(location(a)).isEqualTo(Custody.IN_TRANSIT);
        assertThat(tickets.list(TicketFilter.all().withLocation(Optional.of(Custody.IN_TRANSIT))))
                .extracting(Ticket::ticketNo).containsExactlyInAnyOrder(a.ticketNo(), b.ticketNo());
        refused(() -> custody.receive(toWorkshop.dispatchNo(), a.ticketNo()), "custody.refused.notForHere");

        // At the workshop: A comes out of the bag, B does not; an extra bag is refused.
        here.set(Custody.WORKSHOP);
        assertThat(custody.incoming()).extracting(Dispatch::dispatchNo).containsExactly(toWorkshop.dispatchNo());
        assertThat(custody.dispatch(toWorkshop.dispatchNo()).orElseThrow().expected()).hasSize(2);
        custody.receive(toWorkshop.dispatchNo(), a.ticketNo());
        refused(() -> custody.receive(toWorkshop.dispatchNo(), a.ticketNo()), "custody.refused.receivedAlready");
        refused(() -> custody.receive(toWorkshop.dispatchNo(), atCwb.ticketNo()), "custody.refused.notInDispatch");
        assertThat(custody.finishReceiving(toWorkshop.dispatchNo())).containsExactly(b.ticketNo());
        assertThat(location(a)).isEqualTo(Custody.WORKSHOP);
        Ticket missing = tickets.get(b.ticketNo()).orElseThrow();
        assertThat(missing.custody().missing()).isTrue();
        assertThat(missing.custody().location()).isEqualTo(Custody.IN_TRANSIT);
        assertThat(custody.dispatch(toWorkshop.dispatchNo()).orElseThrow().pieces()).extracting(Dispatch.Piece::status)
                .containsExactly(Dispatch.Status.RECEIVED, Dispatch.Status.MISSING);
        assertThatThrownBy(() -> custody.resolveMissing(b.ticketNo(), "Found in the courier's van", Optional.empty(), amy))
                .isInstanceOf(NotAllowedException.class);
        refused(() -> custody.resolveMissing(b.ticketNo(), " ", Optional.empty(), StaffFixture.manager("1001", "Mandy Kwok")),
                "custody.refused.reason");
        custody.resolveMissing(b.ticketNo(), "Found in the courier's van", Optional.empty(),
                StaffFixture.manager("1001", "Mandy Kwok"));
        assertThat(tickets.get(b.ticketNo()).orElseThrow().custody().missing()).isFalse();
        custody.receive(toWorkshop.dispatchNo(), b.ticketNo());
        assertThat(location(b)).isEqualTo(Custody.WORKSHOP);

        // Repaired at the workshop, sent to CWB where the customer collects; B (to collect at TST) cannot go with it.
        tickets.startRepair(a.ticketNo(), Optional.of("Bench 2"), Optional.empty(), "");
        tickets.ready(a.ticketNo(), Outcome.REPAIRED, Optional.empty(), "clasp replaced");
        refused(() -> tickets.collect(a.ticketNo(), "4567", Optional.empty(), ""), "ticket.refused.pickupAtWorkshop");
        Dispatch toCwb = custody.open("CWB", "Lalamove");
        assertThat(toCwb.dispatchNo()).isEqualTo("WS-D261127-1");
        custody.scanInto(toCwb.dispatchNo(), a.ticketNo());
        refused(() -> custody.scanInto(toCwb.dispatchNo(), b.ticketNo()), "custody.refused.goingElsewhere");

        here.set("CWB");
        refused(() -> custody.open("CWB", ""), "custody.refused.destination");
        refused(() -> tickets.collect(a.ticketNo(), "4567", Optional.empty(), ""), "ticket.refused.inTransit");
        custody.receive(toCwb.dispatchNo(), a.ticketNo());
        assertThat(custody.incoming()).isEmpty();
        Ticket collected = tickets.collect(a.ticketNo(), "4567", Optional.empty(), "");
        assertThat(collected.state()).isEqualTo(TicketState.COLLECTED);
        assertThat(collected.custody().location()).isEqualTo(Custody.COLLECTED);
        assertThat(collected.conflicts()).isZero();
        refused(() -> custody.collectAt(a.ticketNo(), "TST"), "custody.refused.finished");

        // The whole path is in the history, every step applied.
        List<String> steps = tickets.events(a.ticketNo()).stream().filter(e -> e.applied()).map(e -> e.action()).toList();
        assertThat(steps).containsExactly("OPEN", "COLLECT_AT", "DISPATCH", "RECEIVE", "START_REPAIR", "READY", "DISPATCH",
                "RECEIVE", "COLLECT");
    }

    @Test
    void aPieceHandedOverWhereItWasNotIsFlaggedAfterTheFact() {
        Ticket a = intake("TST", "91234567");
        tickets.startRepair(a.ticketNo(), Optional.empty(), Optional.empty(), "");
        tickets.ready(a.ticketNo(), Outcome.REPAIRED, Optional.empty(), "");
        // CWB's PC, not knowing the piece never left TST, records the handover (as the chain would bring it).
        TicketService atCwb = new TicketService(store, CLOCK, () -> amy, new AuditLog(store, CLOCK), Optional::empty);
        store.write(c -> {
            try (var ps = c.prepareStatement("INSERT INTO ticket_event (event_id, ticket_id, after_event, at, action, "
                    + "from_state, to_state, details, who, note) SELECT 'cwb-collect', id, (SELECT e.event_id FROM ticket_event e "
                    + "WHERE e.ticket_id = ticket.id AND e.action = 'READY'), ?, 'COLLECT', "
                    + "'READY_FOR_PICKUP', 'COLLECTED', '{\"at\":\"CWB\"}', 'Bob (CWB)', '' FROM ticket WHERE ticket_no = ?")) {
                ps.setLong(1, com.alluressories.caredesk.store.StoredTime.encode(java.time.LocalDateTime.now(CLOCK)));
                ps.setString(2, a.ticketNo());
                ps.executeUpdate();
            }
            return null;
        });
        atCwb.deriveChanged();
        Ticket t = tickets.get(a.ticketNo()).orElseThrow();
        assertThat(t.state()).as("the customer has it").isEqualTo(TicketState.COLLECTED);
        assertThat(t.conflicts()).as("flagged for a manager").isEqualTo(1);
        assertThat(t.custody().location()).isEqualTo(Custody.COLLECTED);
        refused(() -> tickets.collect(a.ticketNo(), "4567", Optional.empty(), ""), "ticket.refused.transition");
    }
}
