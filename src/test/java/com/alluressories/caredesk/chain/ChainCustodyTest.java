package com.alluressories.caredesk.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.custody.CustodyService;
import com.alluressories.caredesk.custody.Dispatch;
import com.alluressories.caredesk.custody.Places;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.text.Refusal;
import com.alluressories.caredesk.ticket.Custody;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketEvent;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ticket.TicketState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A piece's path across the chain (hub on an embedded SQLite file, PCs on loopback): taken in at
 * shop A, sent to the workshop's PC with a second piece that does not arrive, repaired there, sent
 * to shop B where the customer asked to collect, received and handed over at B. Every PC ends with
 * the same history and the same place for each piece.
 */
class ChainCustodyTest {
    @TempDir
    static Path dir;
    static Hub hub;
    static HubLedger ledger;
    static final Clock CLOCK = Clock.systemUTC();
    static final Duration SYNC_WAIT = Duration.ofSeconds(120);

    @BeforeAll
    static void startHub() throws Exception {
        hub = TestHub.start(dir.resolve("hub"), CLOCK);
        ledger = new HubLedger(HubDatabase.embedded(dir.resolve("hub")), CLOCK);
    }

    @AfterAll
    static void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }

    /** One PC where it stands in the chain, with the services its counter uses. */
    record Pc(String code, Store store, NodeSync engine, ClaimService claims, TicketService tickets,
              CustodyService custody) implements AutoCloseable {
        static Pc join(String code, ChainRole role) {
            Store store = Store.open(dir.resolve(code.toLowerCase()));
            NodeSync sync = NodeSync.join(store, false, hub.url(), ledger.register(code, role, false), CLOCK, SYNC_WAIT,
                    Services.STORED_DATA);
            Actor amy = StaffFixture.staff("2001", "Amy Lee");
            AuditLog audit = new AuditLog(store, CLOCK);
            java.util.function.Supplier<Optional<String>> here = () -> Places.here(store, Optional.of(code));
            TicketService tickets = new TicketService(store, CLOCK, () -> amy, audit, here);
            return new Pc(code, store, sync, new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> code, () -> amy,
                    audit), tickets, new CustodyService(store, CLOCK, () -> amy, audit, tickets, () -> Optional.of(code),
                    here));
        }

        void sync() {
            engine.syncOnce(SYNC_WAIT);
        }

        Ticket ticket(String ticketNo) {
            return tickets.get(ticketNo).orElseThrow();
        }

        @Override
        public void close() {
            engine.close();
            store.close();
        }
    }

    @Test
    void aPieceIsFollowedFromShopToWorkshopToAnotherShopOnEveryPc() throws Exception {
        try (Pc a = Pc.join("KA", ChainRole.SHOP); Pc b = Pc.join("KB", ChainRole.SHOP);
             Pc ws = Pc.join("KW", ChainRole.WORKSHOP)) {
            for (Pc pc : List.of(a, b, ws)) {
                pc.sync();
            }
            assertThat(ws.custody().here()).isEqualTo(Custody.WORKSHOP);
            ClaimSummary first = a.claims().save(ChainTicketsTest.draft(List.of()));
            Ticket piece = a.tickets().open(first, "KA", LocalDate.now(CLOCK).plusDays(7));
            ClaimSummary second = a.claims().save(ChainTicketsTest.draft(List.of()));
            Ticket lost = a.tickets().open(second, "KA", LocalDate.now(CLOCK).plusDays(7));
            a.sync();
            b.sync();
            // The customer will collect near work, at B.
            a.custody().collectAt(piece.ticketNo(), "KB");
            Dispatch toWorkshop = a.custody().open(Custody.WORKSHOP, "Lalamove");
            a.custody().scanInto(toWorkshop.dispatchNo(), piece.ticketNo());
            a.custody().scanInto(toWorkshop.dispatchNo(), lost.ticketNo());
            a.sync();

            ws.sync();
            assertThat(ws.custody().incoming()).extracting(Dispatch::dispatchNo).containsExactly(toWorkshop.dispatchNo());
            ws.custody().receive(toWorkshop.dispatchNo(), piece.ticketNo());
            assertThat(ws.custody().finishReceiving(toWorkshop.dispatchNo())).containsExactly(lost.ticketNo());
            ws.tickets().startRepair(piece.ticketNo(), Optional.of("Bench 1"), Optional.empty(), "");
            ws.tickets().ready(piece.ticketNo(), Outcome.REPAIRED, Optional.empty(), "clasp replaced");
            Dispatch toB = ws.custody().open("KB", "Lalamove");
            ws.custody().scanInto(toB.dispatchNo(), piece.ticketNo());
            ws.sync();

            b.sync();
            assertThat(b.custody().incoming()).as("B is told the piece is coming").extracting(Dispatch::dispatchNo)
                    .containsExactly(toB.dispatchNo());
            assertThatThrownBy(() -> b.tickets().collect(piece.ticketNo(), "4567", Optional.empty(), ""))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("ticket.refused.inTransit"));
            b.custody().receive(toB.dispatchNo(), piece.ticketNo());
            b.tickets().collect(piece.ticketNo(), "4567", Optional.empty(), "");
            b.sync();
            a.sync();
            ws.sync();

            List<String> history = null;
            for (Pc pc : List.of(a, b, ws)) {
                Ticket t = pc.ticket(piece.ticketNo());
                assertThat(t.state()).as("at %s", pc.code()).isEqualTo(TicketState.COLLECTED);
                assertThat(t.custody().location()).as("at %s", pc.code()).isEqualTo(Custody.COLLECTED);
                assertThat(t.collectingShop()).isEqualTo("KB");
                assertThat(t.conflicts()).isZero();
                List<String> steps = pc.tickets().events(piece.ticketNo()).stream()
                        .map(e -> e.action() + (e.applied() ? "" : "!") + " " + e.detail("dispatch_no")).toList();
                if (history == null) {
                    history = steps;
                }
                assertThat(steps).as("the whole history, from every PC, at %s", pc.code()).isEqualTo(history)
                        .extracting(s -> s.split(" ")[0]).containsExactly("OPEN", "COLLECT_AT", "DISPATCH", "RECEIVE",
                                "START_REPAIR", "READY", "DISPATCH", "RECEIVE", "COLLECT");
                Ticket missing = pc.ticket(lost.ticketNo());
                assertThat(missing.custody().missing()).as("missing, at %s", pc.code()).isTrue();
                assertThat(missing.custody().goingTo()).contains(Custody.WORKSHOP);
            }
            // Who scanned, when and where: the history holds it.
            TicketEvent received = b.tickets().events(piece.ticketNo()).stream()
                    .filter(e -> e.action().equals("RECEIVE")).reduce((x, y) -> y).orElseThrow();
            assertThat(received.who()).contains("Amy Lee");
            assertThat(received.detail("at")).isEqualTo("KB");

            // The second piece turns up back at A: a manager there says so, and every PC follows.
            a.custody().resolveMissing(lost.ticketNo(), "Courier never took the bag", Optional.of("KA"),
                    StaffFixture.manager("1001", "Mandy Kwok"));
            a.sync();
            ws.sync();
            assertThat(ws.ticket(lost.ticketNo()).custody().location()).isEqualTo("KA");
            assertThat(ws.ticket(lost.ticketNo()).custody().missing()).isFalse();
        }
    }
}
