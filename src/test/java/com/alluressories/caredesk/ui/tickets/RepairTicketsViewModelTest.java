package com.alluressories.caredesk.ui.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.print.PrinterPort;
import com.alluressories.caredesk.print.SlipPrinter;
import com.alluressories.caredesk.print.TicketPrintService;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditEntry;
import com.alluressories.caredesk.staff.AuditFilter;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.text.Refusal;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFixture;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ticket.TicketState;
import com.alluressories.caredesk.ui.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Repair tickets screen without a stage, over a real store and real services: a number typed
 * or scanned opens its ticket, the quote goes through as typed, and the pickup override asks a
 * manager only when the digits do not match.
 */
class RepairTicketsViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    static final Actor AMY = StaffFixture.staff("2001", "Amy Lee");

    @TempDir
    Path dir;
    Store store;
    TicketService tickets;
    AuditLog audit;
    RepairTicketsViewModel model;
    final List<Permission> approvalsAsked = new ArrayList<>();
    boolean managerApproves;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        audit = new AuditLog(store, CLOCK);
        tickets = new TicketService(store, CLOCK, () -> AMY, audit);
        ClaimService claims = new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> "CWB", () -> AMY, audit);
        model = new RepairTicketsViewModel(tickets, claims, new PhotoStore(dir),
                new TicketPrintService(tickets, claims, Optional::empty), CLOCK, TaskRunner.sameThread(),
                (permission, approved) -> {
                    approvalsAsked.add(permission);
                    if (managerApproves) {
                        approved.accept(StaffFixture.approved(AMY, "1001", "Mandy Kwok"));
                    }
                }, () -> PrinterPort.SYSTEM, new SlipPrinter(dir));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Ticket chargeable() {
        return tickets.open(TicketFixture.chargeable(store, CLOCK), "CWB", LocalDate.now(CLOCK).plusDays(7));
    }

    private Ticket warranty() {
        return tickets.open(TicketFixture.warranty(store, CLOCK), "CWB", LocalDate.now(CLOCK).plusDays(7));
    }

    /** A chargeable ticket quoted, approved and repaired, chosen on the screen: ready for pickup (phone ends 4567). */
    private Ticket readyForPickup() {
        Ticket t = chargeable();
        tickets.quote(t.ticketNo(), new BigDecimal("380"), "");
        tickets.approveQuote(t.ticketNo(), "In person", Optional.empty(), Optional.empty(), "");
        tickets.ready(t.ticketNo(), Outcome.REPAIRED, Optional.empty(), "");
        choose(t);
        return model.selectedProperty().get();
    }

    private void choose(Ticket t) {
        model.selectedProperty().set(tickets.get(t.ticketNo()).orElseThrow());
    }

    private TicketState state(Ticket t) {
        return tickets.get(t.ticketNo()).orElseThrow().state();
    }

    private PickupForm pickup(Ticket t, String last4, String overrideReason) {
        PickupForm form = new PickupForm(t);
        form.last4Property().set(last4);
        if (overrideReason != null) {
            form.overrideProperty().set(true);
            form.reasonProperty().set(overrideReason);
        }
        return form;
    }

    @Test
    void aScannedNumberOpensItsTicketWhateverTheFilters() {
        Ticket first = chargeable();
        Ticket second = chargeable();   // the same customer: a name search lists both
        model.stateFilterProperty().set(TicketState.COLLECTED);
        model.overdueOnlyProperty().set(true);
        model.searchProperty().set("  " + second.ticketNo().toLowerCase() + " ");
        model.searchEntered();
        assertThat(model.selectedProperty().get().ticketNo()).isEqualTo(second.ticketNo());
        assertThat(model.tickets()).extracting(Ticket::ticketNo).containsExactly(second.ticketNo());
        assertThat(model.searchProperty().get()).isEqualTo(second.ticketNo());
        assertThat(model.stateFilterProperty().get()).isNull();
        assertThat(model.overdueOnlyProperty().get()).isFalse();
        assertThat(first.ticketNo()).isNotEqualTo(second.ticketNo());
    }

    @Test
    void otherTextSearchesTheList() {
        Ticket first = chargeable();
        Ticket second = chargeable();
        warranty();
        model.searchProperty().set("wong mei");
        model.searchEntered();
        assertThat(model.tickets()).extracting(Ticket::ticketNo).containsExactly(first.ticketNo(), second.ticketNo());
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void aNumberWithNoTicketSearchesTheListAndFindsNothing() {
        Ticket t = chargeable();
        choose(t);
        model.searchProperty().set("CWB-261127-0099");
        model.searchEntered();
        assertThat(model.tickets()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void theQuoteIsRecordedAsTyped() {
        Ticket t = chargeable();
        choose(t);
        QuoteForm form = new QuoteForm();
        form.amountProperty().set("HK$1,280.5");
        form.noteProperty().set("re-solder");
        assertThat(form.amountProblem()).isEmpty();
        model.quote(form, () -> { });
        Ticket quoted = model.selectedProperty().get();
        assertThat(quoted.state()).isEqualTo(TicketState.QUOTED);
        assertThat(quoted.quote()).contains(new BigDecimal("1280.50"));
        assertThat(tickets.events(t.ticketNo()).get(1).note()).isEqualTo("re-solder");
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void aTicketTheStateDoesNotLetBeQuotedComesBackAsTheRefusal() {
        Ticket t = warranty();
        choose(t);
        QuoteForm form = new QuoteForm();
        form.amountProperty().set("380");
        model.quote(form, () -> { });
        assertThat(model.errorProperty().get()).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.key()).isEqualTo("ticket.refused.transition"));
        assertThat(state(t)).isEqualTo(TicketState.RECEIVED);
    }

    @Test
    void theRightDigitsHandThePieceOverWithoutAManager() {
        Ticket t = readyForPickup();
        boolean[] done = {false};
        model.collect(pickup(t, "4567", null), () -> done[0] = true);
        assertThat(state(t)).isEqualTo(TicketState.COLLECTED);
        assertThat(done[0]).isTrue();
        assertThat(approvalsAsked).isEmpty();
    }

    @Test
    void anOverrideTickedOverTheRightDigitsNeedsNoManager() {
        Ticket t = readyForPickup();
        model.collect(pickup(t, "4567", "Sister collecting"), () -> { });
        assertThat(state(t)).isEqualTo(TicketState.COLLECTED);
        assertThat(approvalsAsked).isEmpty();
        assertThat(audit.list(AuditFilter.all())).extracting(AuditEntry::action)
                .doesNotContain(AuditAction.PICKUP_OVERRIDDEN.name());
    }

    @Test
    void anOverrideOfWrongDigitsWaitsForAManager() {
        Ticket t = readyForPickup();
        boolean[] done = {false};
        model.collect(pickup(t, "0000", "Sister collecting, ID seen"), () -> done[0] = true);
        assertThat(approvalsAsked).containsExactly(Permission.OVERRIDE_PICKUP);
        assertThat(state(t)).as("the approval cancelled").isEqualTo(TicketState.READY_FOR_PICKUP);
        assertThat(done[0]).isFalse();

        managerApproves = true;
        model.collect(pickup(t, "0000", "Sister collecting, ID seen"), () -> done[0] = true);
        assertThat(state(t)).isEqualTo(TicketState.COLLECTED);
        assertThat(done[0]).isTrue();
        assertThat(model.selectedProperty().get().state()).isEqualTo(TicketState.COLLECTED);
        assertThat(tickets.events(t.ticketNo()).get(tickets.events(t.ticketNo()).size() - 1).note())
                .contains("Mandy Kwok (1001)").contains("Sister collecting, ID seen");
        assertThat(audit.list(AuditFilter.all())).filteredOn(e -> e.action().equals(AuditAction.PICKUP_OVERRIDDEN.name()))
                .singleElement().satisfies(e -> assertThat(e.approvedNo()).contains("1001"));
    }

    @Test
    void wrongDigitsWithoutAnOverrideAreRefusedByTheService() {
        Ticket t = readyForPickup();
        model.collect(pickup(t, "1111", null), () -> { });
        assertThat(model.errorProperty().get()).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.key()).isEqualTo("ticket.refused.last4"));
        assertThat(state(t)).isEqualTo(TicketState.READY_FOR_PICKUP);
        assertThat(approvalsAsked).isEmpty();
    }
}
