package com.alluressories.caredesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.NotAllowedException;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketServiceTest {
    static final ZoneId HK = ZoneId.of("Asia/Hong_Kong");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), HK);

    @TempDir
    Path dir;
    Store store;
    TicketService tickets;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        tickets = new TicketService(store, CLOCK, () -> StaffFixture.staff("2001", "Amy Lee"), new AuditLog(store, CLOCK));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Ticket open(ClaimSummary claim, String shop) {
        return tickets.open(claim, shop, LocalDate.now(CLOCK).plusDays(7));
    }

    @Test
    void numbersRunPerShopAndHongKongDayFrom0001() {
        assertThat(open(TicketFixture.warranty(store, CLOCK), "CWB").ticketNo()).isEqualTo("CWB-261127-0001");
        assertThat(open(TicketFixture.warranty(store, CLOCK), "CWB").ticketNo()).isEqualTo("CWB-261127-0002");
        assertThat(open(TicketFixture.warranty(store, CLOCK), "TST").ticketNo()).isEqualTo("TST-261127-0001");
    }

    @Test
    void aNewHongKongDayStartsAgainAtMidnightThereNotInUtc() {
        Clock beforeMidnight = Clock.fixed(Instant.parse("2026-11-27T15:59:59Z"), HK); // 23:59:59 in Hong Kong
        Clock afterMidnight = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), HK);   // 00:00:00 on the 28th
        TicketService late = new TicketService(store, beforeMidnight, () -> StaffFixture.staff("2001", "Amy"), new AuditLog(store, beforeMidnight));
        TicketService early = new TicketService(store, afterMidnight, () -> StaffFixture.staff("2001", "Amy"), new AuditLog(store, afterMidnight));
        assertThat(late.open(TicketFixture.warranty(store, beforeMidnight), "CWB", LocalDate.parse("2026-12-01"))
                .ticketNo()).isEqualTo("CWB-261127-0001");
        assertThat(early.open(TicketFixture.warranty(store, afterMidnight), "CWB", LocalDate.parse("2026-12-01"))
                .ticketNo()).isEqualTo("CWB-261128-0001");
    }

    @Test
    void concurrentCreationFromTwoProcessesNeverSharesANumber() throws Exception {
        List<ClaimSummary> claims = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            claims.add(TicketFixture.warranty(store, CLOCK));
        }
        try (Store second = Store.open(dir)) {
            TicketService other = new TicketService(second, CLOCK, () -> StaffFixture.staff("2001", "Bob"), new AuditLog(second, CLOCK));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                TicketService service = i % 2 == 0 ? tickets : other;
                ClaimSummary claim = claims.get(i);
                numbers.add(pool.submit(() -> service.open(claim, "CWB", LocalDate.parse("2026-12-01")).ticketNo()));
            }
            List<String> all = new ArrayList<>();
            for (Future<String> f : numbers) {
                all.add(f.get());
            }
            pool.shutdown();
            Collections.sort(all);
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                expected.add(String.format("CWB-261127-%04d", i));
            }
            assertThat(all).isEqualTo(expected);
        }
    }

    @Test
    void aNumberIsNeverGivenTwiceEvenWhenTheSequenceFallsBehind() {
        open(TicketFixture.warranty(store, CLOCK), "CWB");
        open(TicketFixture.warranty(store, CLOCK), "CWB");
        store.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM ticket_sequence"); // as after restoring an older backup
            }
            return null;
        });
        assertThat(open(TicketFixture.warranty(store, CLOCK), "CWB").ticketNo()).isEqualTo("CWB-261127-0003");
    }

    @Test
    void aWarrantyRepairSkipsTheQuoteAndEveryStepIsRecorded() {
        Ticket t = open(TicketFixture.warranty(store, CLOCK), "CWB");
        assertThat(t.chargeable()).isFalse();
        assertThat(TicketWorkflow.allowed(t)).containsExactlyInAnyOrder(TicketAction.START_REPAIR, TicketAction.READY);
        assertThatThrownBy(() -> tickets.quote(t.ticketNo(), new BigDecimal("100"), ""))
                .isInstanceOf(TicketException.class).hasMessageContaining("not possible now");
        tickets.startRepair(t.ticketNo(), Optional.of("Kowloon Bay workshop"), Optional.of(LocalDate.parse("2026-12-02")),
                "sent by courier");
        Ticket ready = tickets.ready(t.ticketNo(), Outcome.REPAIRED, Optional.of(new BigDecimal("50")), "");
        assertThat(ready.finalCharge()).contains(new BigDecimal("0.00"));
        assertThat(ready.workshop()).contains("Kowloon Bay workshop");
        Ticket collected = tickets.collect(t.ticketNo(), "4567", Optional.empty(), "");
        assertThat(collected.state()).isEqualTo(TicketState.COLLECTED);
        assertThat(TicketWorkflow.allowed(collected)).isEmpty();
        assertThat(tickets.events(t.ticketNo())).extracting(TicketEvent::to).containsExactly(TicketState.RECEIVED,
                TicketState.IN_REPAIR, TicketState.READY_FOR_PICKUP, TicketState.COLLECTED);
        assertThat(tickets.events(t.ticketNo())).allSatisfy(e -> assertThat(e.who()).isEqualTo("Amy Lee (2001)"));
        assertThat(tickets.events(t.ticketNo()).get(1).note()).isEqualTo("sent by courier");
        assertThatThrownBy(() -> tickets.ready(t.ticketNo(), Outcome.REPAIRED, Optional.empty(), ""))
                .isInstanceOf(TicketException.class);
    }

    @Test
    void aChargeableTicketIsQuotedApprovedRepairedAndCollectedWithItsCharge() {
        Ticket t = open(TicketFixture.chargeable(store, CLOCK), "CWB");
        assertThat(t.chargeable()).isTrue();
        assertThatThrownBy(() -> tickets.startRepair(t.ticketNo(), Optional.empty(), Optional.empty(), ""))
                .isInstanceOf(TicketException.class);
        assertThatThrownBy(() -> tickets.quote(t.ticketNo(), new BigDecimal("-1"), ""))
                .isInstanceOf(IllegalArgumentException.class);
        tickets.quote(t.ticketNo(), new BigDecimal("380.00"), "re-solder");
        Ticket approved = tickets.approveQuote(t.ticketNo(), "By phone", Optional.empty(), Optional.empty(), "");
        assertThat(approved.state()).isEqualTo(TicketState.IN_REPAIR);
        assertThat(approved.quoteDecision()).contains("APPROVED");
        assertThat(approved.quoteDecidedHow()).contains("By phone");
        Ticket ready = tickets.ready(t.ticketNo(), Outcome.REPAIRED, Optional.empty(), "");
        assertThat(ready.finalCharge()).contains(new BigDecimal("380.00"));
        tickets.collect(t.ticketNo(), "4567", Optional.empty(), "paid cash");
        assertThat(tickets.get(t.ticketNo()).orElseThrow().state()).isEqualTo(TicketState.COLLECTED);
    }

    @Test
    void aDeclinedQuoteComesBackUnrepairedAtNoCharge() {
        Ticket t = open(TicketFixture.chargeable(store, CLOCK), "CWB");
        tickets.quote(t.ticketNo(), new BigDecimal("380"), "");
        Ticket declined = tickets.declineQuote(t.ticketNo(), "In person", "too dear");
        assertThat(declined.state()).isEqualTo(TicketState.READY_FOR_PICKUP);
        assertThat(declined.outcome()).contains(Outcome.QUOTE_DECLINED);
        assertThat(declined.finalCharge()).contains(new BigDecimal("0.00"));
    }

    @Test
    void pickupWithTheWrongDigitsIsRefusedUnlessAManagerOverridesWithAReason() {
        Ticket t = open(TicketFixture.warranty(store, CLOCK), "CWB");
        tickets.startRepair(t.ticketNo(), Optional.empty(), Optional.empty(), "");
        tickets.ready(t.ticketNo(), Outcome.REPAIRED, Optional.empty(), "");
        assertThatThrownBy(() -> tickets.collect(t.ticketNo(), "1111", Optional.empty(), ""))
                .isInstanceOf(TicketException.class).hasMessageContaining("last 4 digits");
        assertThatThrownBy(() -> tickets.collect(t.ticketNo(), "1111", Optional.of(" "), ""))
                .isInstanceOf(TicketException.class);
        // A reason alone is not enough: counter staff need a manager behind the override.
        assertThatThrownBy(() -> tickets.collect(t.ticketNo(), "1111", Optional.of("Daughter collecting with ID"), ""))
                .isInstanceOf(NotAllowedException.class);
        assertThat(tickets.get(t.ticketNo()).orElseThrow().state()).isEqualTo(TicketState.READY_FOR_PICKUP);
        Actor approved = StaffFixture.approved(StaffFixture.staff("2001", "Amy Lee"), "1001", "Mandy Kwok");
        tickets.collect(t.ticketNo(), "1111", Optional.of("Daughter collecting with ID"), "", approved);
        TicketEvent handOver = tickets.events(t.ticketNo()).get(3);
        assertThat(handOver.note()).contains("Mandy Kwok (1001)").contains("Daughter collecting");
        assertThat(handOver.who()).isEqualTo("Amy Lee (2001)");
    }

    @Test
    void aClaimHasOneTicketAndAPromisedDateCannotBePast() {
        ClaimSummary claim = TicketFixture.warranty(store, CLOCK);
        open(claim, "CWB");
        assertThatThrownBy(() -> open(claim, "CWB")).isInstanceOf(TicketException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> tickets.open(TicketFixture.warranty(store, CLOCK), "CWB", LocalDate.parse("2026-11-26")))
                .isInstanceOf(TicketException.class).hasMessageContaining("past");
    }

    /**
     * Three tickets that differ in every way a filter looks at, so each filter must pick out
     * exactly one kind: a is overdue (opened 3 days ago, promised yesterday) at CWB, b is quoted
     * today at TST, c is ready today at CWB; their phones end differently.
     */
    @Test
    void theListFiltersByStateOverdueTodayShopAndSearch() {
        Clock threeDaysAgo = Clock.offset(CLOCK, java.time.Duration.ofDays(-3));
        TicketService earlier = new TicketService(store, threeDaysAgo, () -> StaffFixture.staff("2001", "Amy"),
                new AuditLog(store, threeDaysAgo));
        Ticket a = earlier.open(TicketFixture.claim(store, threeDaysAgo, "Chan Tai Man", "91234567",
                Set.of("MANUFACTURING_DEFECT")), "CWB", LocalDate.now(threeDaysAgo).plusDays(2));
        Ticket b = open(TicketFixture.claim(store, CLOCK, "Wong Mei Ling", "61239876", Set.of("WORN_CHAIN")), "TST");
        tickets.quote(b.ticketNo(), new BigDecimal("380"), "");
        Ticket c = open(TicketFixture.claim(store, CLOCK, "Lee Ka Yan", "98765432", Set.of("MANUFACTURING_DEFECT")), "CWB");
        tickets.ready(c.ticketNo(), Outcome.CANNOT_REPAIR, Optional.empty(), "");

        assertThat(numbers(TicketFilter.all())).containsExactlyInAnyOrder(a.ticketNo(), b.ticketNo(), c.ticketNo());
        assertThat(numbers(new TicketFilter(Optional.empty(), true, false, Optional.empty(), "", 50)))
                .containsExactly(a.ticketNo());
        assertThat(numbers(TicketFilter.all().withState(Optional.of(TicketState.RECEIVED)))).containsExactly(a.ticketNo());
        assertThat(numbers(TicketFilter.all().withState(Optional.of(TicketState.QUOTED)))).containsExactly(b.ticketNo());
        assertThat(numbers(TicketFilter.all().withState(Optional.of(TicketState.READY_FOR_PICKUP))))
                .containsExactly(c.ticketNo());
        assertThat(numbers(new TicketFilter(Optional.empty(), false, true, Optional.empty(), "", 50)))
                .containsExactlyInAnyOrder(b.ticketNo(), c.ticketNo());
        assertThat(numbers(new TicketFilter(Optional.empty(), false, false, Optional.of("tst"), "", 50)))
                .containsExactly(b.ticketNo());
        assertThat(numbers(TicketFilter.all().withSearch("wong"))).containsExactly(b.ticketNo());
        assertThat(numbers(TicketFilter.all().withSearch("9123 4567"))).containsExactly(a.ticketNo());
        assertThat(numbers(TicketFilter.all().withSearch("4567"))).containsExactly(a.ticketNo());
        assertThat(numbers(TicketFilter.all().withSearch("9876"))).containsExactly(b.ticketNo());
        assertThat(numbers(TicketFilter.all().withSearch(c.ticketNo().toLowerCase()))).containsExactly(c.ticketNo());
    }

    /** Open tickets come first, by promised date; finished ones after them, the newest first. */
    @Test
    void theListPutsOpenWorkFirstAndFinishedTicketsAfterNewestFirst() {
        Clock weekAgo = Clock.offset(CLOCK, java.time.Duration.ofDays(-7));
        TicketService earlier = new TicketService(store, weekAgo, () -> StaffFixture.staff("2001", "Amy"),
                new AuditLog(store, weekAgo));
        Ticket oldDone = earlier.open(TicketFixture.warranty(store, weekAgo), "CWB", LocalDate.now(weekAgo).plusDays(1));
        earlier.ready(oldDone.ticketNo(), Outcome.CANNOT_REPAIR, Optional.empty(), "");
        earlier.collect(oldDone.ticketNo(), oldDone.last4(), Optional.empty(), "");
        Ticket newDone = open(TicketFixture.warranty(store, CLOCK), "CWB");
        tickets.ready(newDone.ticketNo(), Outcome.CANNOT_REPAIR, Optional.empty(), "");
        tickets.collect(newDone.ticketNo(), newDone.last4(), Optional.empty(), "");
        Ticket later = tickets.open(TicketFixture.warranty(store, CLOCK), "CWB", LocalDate.now(CLOCK).plusDays(20));
        Ticket sooner = tickets.open(TicketFixture.warranty(store, CLOCK), "CWB", LocalDate.now(CLOCK).plusDays(3));
        assertThat(numbers(TicketFilter.all())).containsExactly(sooner.ticketNo(), later.ticketNo(), newDone.ticketNo(),
                oldDone.ticketNo());
    }

    private List<String> numbers(TicketFilter filter) {
        return tickets.list(filter).stream().map(Ticket::ticketNo).toList();
    }

    @Test
    void noTicketIsNumberedBeforeTheShopHasItsCode() {
        var claim = TicketFixture.warranty(store, CLOCK);
        for (String none : new String[] {null, "", "  "}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> open(claim, none))
                    .isInstanceOfSatisfying(TicketException.class, e -> assertThat(e.key()).isEqualTo("ticket.refused.noShop"));
        }
        assertThat(tickets.forClaim(claim.id())).isEmpty();
    }

    /** A step's note holding an HKID number is refused, and the ticket stays where it was. */
    @Test
    void aNoteWithAnHkidNumberIsRefusedAndNothingIsRecorded() {
        Ticket ticket = open(TicketFixture.chargeable(store, CLOCK), "CWB");
        assertThatThrownBy(() -> tickets.quote(ticket.ticketNo(), new java.math.BigDecimal("380"),
                "Customer's ID G123456(A) for the quote")).isInstanceOfSatisfying(TicketException.class,
                        e -> assertThat(e.key()).isEqualTo("ticket.refused.hkid"));
        assertThat(tickets.get(ticket.ticketNo()).orElseThrow().state()).isEqualTo(ticket.state());
        assertThat(tickets.events(ticket.ticketNo())).hasSize(1);
        assertThat(tickets.quote(ticket.ticketNo(), new java.math.BigDecimal("380"), "Clasp and polish").state())
                .isEqualTo(TicketState.QUOTED);
    }
}
