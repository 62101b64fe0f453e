package com.alluressories.caredesk.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.MovingClock;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.NotAllowedException;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFixture;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ticket.TicketState;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cap. 294 on a real store, through the services the window and the command line use: a piece
 * ready, told, left a year; the notice of intention by registered post; the disposal refused one
 * day early, refused while disputed, allowed on the day, and only for a manager.
 */
class UncollectedGoodsTest {

    @TempDir
    Path dir;

    private Store store;
    private Actor acting = StaffFixture.staff("2001", "Amy Lee");
    private TicketService tickets;
    private NoticeService notices;

    private final MovingClock clock = new MovingClock(Instant.parse("2025-11-03T02:00:00Z")); // 10:00 in Hong Kong

    @BeforeEach
    void open() {
        store = Store.open(dir);
        AuditLog audit = new AuditLog(store, clock);
        tickets = new TicketService(store, clock, () -> acting, audit);
        notices = new NoticeService(tickets, Optional::empty, clock, new NoticeSettings(store, audit));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void on(LocalDate day) {
        clock.on(day);
    }

    private String readyPiece() {
        Ticket t = tickets.open(TicketFixture.warranty(store, clock), "CWB", LocalDate.now(clock).plusDays(7));
        tickets.startRepair(t.ticketNo(), Optional.empty(), Optional.empty(), "");
        tickets.ready(t.ticketNo(), Outcome.REPAIRED, Optional.empty(), "");
        return t.ticketNo();
    }

    @Test
    void fromTheReadyNoticeToTheDisposal() throws Exception {
        String no = readyPiece();
        on(LocalDate.of(2025, 11, 29));
        notices.record(notices.compose(no, NoticeKind.READY, Optional.empty()), NoticeWay.LETTER);
        assertThat(notices.timeline(no).stage()).isEqualTo(DisposalTimeline.Stage.WAITING);

        on(LocalDate.of(2026, 11, 28));
        assertThatThrownBy(() -> notices.compose(no, NoticeKind.INTENTION_TO_SELL, Optional.empty()))
                .isInstanceOf(NoticeException.class).hasMessageContaining("2026-11-29");
        assertThat(notices.uncollected()).singleElement().satisfies(u -> assertThat(u.disposalNoticeDue()).isFalse());

        on(LocalDate.of(2026, 11, 29));
        assertThat(notices.uncollected()).singleElement().satisfies(u -> assertThat(u.disposalNoticeDue()).isTrue());
        assertThat(notices.toTell(Optional.empty())).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(NoticeKind.INTENTION_TO_SELL));
        Notice intention = notices.compose(no, NoticeKind.INTENTION_TO_SELL, Optional.of(java.util.Locale.ENGLISH));
        assertThat(intention.text()).contains("29/11/2025", "14 days", no, "Cap. 294");
        assertThatThrownBy(() -> notices.record(intention, NoticeWay.LETTER)).isInstanceOf(NoticeException.class)
                .hasMessageContaining("registered post");
        assertThatThrownBy(() -> notices.recordIntention(intention, " ")).isInstanceOf(NoticeException.class)
                .hasMessageContaining("posting reference");
        notices.recordIntention(intention, "RR123456789HK");
        assertThat(notices.timeline(no).postingRef()).contains("RR123456789HK");
        assertThatThrownBy(() -> notices.recordIntention(intention, "RR2")).isInstanceOf(NoticeException.class)
                .hasMessageContaining("2026-11-29");

        acting = StaffFixture.manager("1001", "Mandy Ho");
        on(LocalDate.of(2026, 12, 12)); // day 14 of the 14 days beginning 29 November
        assertThatThrownBy(() -> notices.dispose(no, "Sold at public auction")).isInstanceOf(NoticeException.class)
                .hasMessageContaining("2026-12-13");
        on(LocalDate.of(2026, 12, 13));
        acting = StaffFixture.staff("2001", "Amy Lee");
        assertThatThrownBy(() -> notices.dispose(no, "Sold at public auction")).isInstanceOf(NotAllowedException.class);
        acting = StaffFixture.manager("1001", "Mandy Ho");
        assertThatThrownBy(() -> notices.dispose(no, " ")).isInstanceOf(NoticeException.class);
        Ticket disposed = notices.dispose(no, "Sold at public auction");

        assertThat(disposed.state()).isEqualTo(TicketState.DISPOSED);
        assertThat(notices.uncollected()).isEmpty();
        assertThat(notices.toTell(Optional.empty())).isEmpty();
        assertThat(auditActions()).contains("NOTICE_GIVEN", "TICKET_TRANSITION");
        assertThat(auditDetails("NOTICE_GIVEN")).anySatisfy(d -> assertThat(d).contains("RR123456789HK")
                .doesNotContain("Chan Tai Man"));
        // The store holds the state after the migration that admits it; a new connection reads it too.
        try (Store again = Store.open(dir)) {
            String state = again.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT state FROM ticket WHERE ticket_no = '" + no + "'")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(state).isEqualTo("DISPOSED");
        }
    }

    @Test
    void aDisputeStopsTheSaleUntilSettledAndTheClockRunsFromThen() {
        String no = readyPiece();
        on(LocalDate.of(2025, 11, 29));
        notices.record(notices.compose(no, NoticeKind.READY, Optional.empty()), NoticeWay.WHATSAPP);
        on(LocalDate.of(2025, 12, 2));
        assertThatThrownBy(() -> notices.recordDispute(no, NoticeService.DisputeAbout.CHARGES, ""))
                .isInstanceOf(NoticeException.class);
        notices.recordDispute(no, NoticeService.DisputeAbout.CHARGES, "Says the clasp was not fixed properly");
        assertThatThrownBy(() -> notices.recordDispute(no, NoticeService.DisputeAbout.WORK, "again"))
                .isInstanceOf(NoticeException.class).hasMessageContaining("dispute");
        on(LocalDate.of(2026, 12, 30));
        assertThat(notices.timeline(no).stage()).isEqualTo(DisposalTimeline.Stage.DISPUTED);
        assertThatThrownBy(() -> notices.compose(no, NoticeKind.INTENTION_TO_SELL, Optional.empty()))
                .isInstanceOf(NoticeException.class).hasMessageContaining("dispute");
        assertThat(notices.toTell(Optional.empty())).isEmpty(); // no reminders while it is disputed

        notices.settleDispute(no, "Clasp re-soldered free of charge; customer agreed");
        assertThatThrownBy(() -> notices.settleDispute(no, "twice")).isInstanceOf(NoticeException.class);
        DisposalTimeline t = notices.timeline(no);
        assertThat(t.stage()).isEqualTo(DisposalTimeline.Stage.WAITING);
        assertThat(t.intentionDueOn()).contains(LocalDate.of(2027, 12, 30));
        assertThat(tickets.get(no).orElseThrow().state()).isEqualTo(TicketState.READY_FOR_PICKUP);
        assertThat(auditActions()).contains("DISPUTE_RECORDED", "DISPUTE_SETTLED");
        assertThat(auditDetails("DISPUTE_RECORDED")).allSatisfy(d -> assertThat(d).doesNotContain("clasp"));
    }

    @Test
    void theWorklistAtItsEdges() {
        String no = readyPiece(); // ready on 3 November 2025
        LocalDate ready = LocalDate.of(2025, 11, 3);
        assertThat(notices.toTell(Optional.empty())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(NoticeKind.READY);
            assertThat(d.dueSince()).isEqualTo(ready);
        });
        assertThat(notices.toTell(Optional.of("TST"))).isEmpty();
        notices.record(notices.compose(no, NoticeKind.READY, Optional.empty()), NoticeWay.SMS);
        assertThat(notices.toTell(Optional.empty())).isEmpty();
        on(ready.plusDays(6));
        assertThat(notices.toTell(Optional.empty())).isEmpty();
        on(ready.plusDays(7));
        assertThat(notices.toTell(Optional.empty())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(NoticeKind.REMINDER);
            assertThat(d.reminderDay()).contains(7);
        });
        notices.record(notices.compose(no, NoticeKind.REMINDER, Optional.empty()), NoticeWay.WHATSAPP);
        assertThat(notices.toTell(Optional.empty())).isEmpty();
        on(ready.plusDays(29));
        assertThat(notices.toTell(Optional.empty())).isEmpty();
        on(ready.plusDays(30));
        assertThat(notices.toTell(Optional.empty())).singleElement()
                .satisfies(d -> assertThat(d.reminderDay()).contains(30));

        // A manager moves the reminders: the 30th day is no longer one, the 20th and 45th are.
        acting = StaffFixture.manager("1001", "Mandy Ho");
        assertThatThrownBy(() -> notices.settings().setReminderDays(acting, "7, 7, 30"))
                .isInstanceOf(NoticeException.class).hasMessageContaining("7, 7, 30");
        assertThatThrownBy(() -> notices.settings().setReminderDays(acting, "0, 30")).isInstanceOf(NoticeException.class);
        assertThat(notices.settings().setReminderDays(acting, "45 20，7")).containsExactly(7, 20, 45);
        assertThat(notices.toTell(Optional.empty())).singleElement()
                .satisfies(d -> assertThat(d.reminderDay()).contains(20));
    }

    @Test
    void aReadyNoticeGivenLateIsNotFollowedByAReminderTheSameDay() {
        String no = readyPiece(); // ready on 3 November 2025
        on(LocalDate.of(2025, 11, 12)); // told on day 9: the day-7 reminder is not due on top of it
        notices.record(notices.compose(no, NoticeKind.READY, Optional.empty()), NoticeWay.LETTER);
        assertThat(notices.toTell(Optional.empty())).isEmpty();
        on(LocalDate.of(2025, 12, 3)); // day 30
        assertThat(notices.toTell(Optional.empty())).singleElement()
                .satisfies(d -> assertThat(d.reminderDay()).contains(30));
    }

    /** The language asked at intake is kept on the claim and chosen for the customer's messages over their name. */
    @Test
    void theLanguageAskedAtIntakeIsTheMessagesLanguage() {
        com.alluressories.caredesk.claim.ClaimService claims = new com.alluressories.caredesk.claim.ClaimService(store,
                com.alluressories.caredesk.policy.PolicyLoader.bundled(), clock, () -> "CWB", () -> acting,
                new AuditLog(store, clock));
        java.util.function.Function<Optional<java.util.Locale>, String> readyIn = language -> {
            var claim = claims.save(new com.alluressories.caredesk.claim.ClaimDraft(Optional.empty(), Optional.empty(),
                    Optional.empty(), "Silver ring", Optional.empty(), com.alluressories.caredesk.policy.Metal.SILVER,
                    java.util.Set.of(), "Mary Chan", "91234567", "Band cracked", "", java.util.Set.of("MANUFACTURING_DEFECT"),
                    List.of(), Optional.empty(), true, language));
            Ticket t = tickets.open(claim, "CWB", LocalDate.now(clock).plusDays(7));
            tickets.ready(t.ticketNo(), Outcome.CANNOT_REPAIR, Optional.empty(), "");
            assertThat(tickets.get(t.ticketNo()).orElseThrow().customerLanguage().map(java.util.Locale::getLanguage))
                    .isEqualTo(language.map(java.util.Locale::getLanguage));
            return notices.compose(t.ticketNo(), NoticeKind.READY, Optional.empty()).text();
        };
        assertThat(readyIn.apply(Optional.of(com.alluressories.caredesk.text.Bundles.CHINESE))).contains("取件");
        assertThat(readyIn.apply(Optional.of(java.util.Locale.ENGLISH))).contains("ready for pickup");
        assertThat(readyIn.apply(Optional.empty())).contains("ready for pickup"); // not asked: from the name
    }

    @Test
    void aQuoteIsDueUntoldAndAgainAfterThreeDaysWithoutAnAnswer() {
        Ticket t = tickets.open(TicketFixture.chargeable(store, clock), "CWB", LocalDate.now(clock).plusDays(7));
        tickets.quote(t.ticketNo(), new java.math.BigDecimal("380"), "");
        assertThat(notices.toTell(Optional.empty())).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(NoticeKind.QUOTE));
        notices.record(notices.compose(t.ticketNo(), NoticeKind.QUOTE, Optional.empty()), NoticeWay.WHATSAPP);
        on(LocalDate.of(2025, 11, 5));
        assertThat(notices.toTell(Optional.empty())).isEmpty();
        on(LocalDate.of(2025, 11, 6));
        assertThat(notices.toTell(Optional.empty())).singleElement()
                .satisfies(d -> assertThat(d.dueSince()).isEqualTo(LocalDate.of(2025, 11, 6)));
    }

    @Test
    void aManagerRewordsAMessageButCannotDropWhatTheOrdinanceNeeds() {
        String no = readyPiece();
        Actor manager = StaffFixture.manager("1001", "Mandy Ho");
        assertThatThrownBy(() -> notices.settings().setTemplate(StaffFixture.staff("2001", "Amy"), NoticeKind.READY,
                java.util.Locale.ENGLISH, "Hi {customer}")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> notices.settings().setTemplate(manager, NoticeKind.READY, java.util.Locale.ENGLISH,
                "Hi {customer}, {ticket_no} {item} is ready")).isInstanceOf(NoticeException.class)
                .hasMessageContaining("{amount}");
        assertThatThrownBy(() -> notices.settings().setTemplate(manager, NoticeKind.READY, java.util.Locale.ENGLISH,
                "Hi {custmer}, {ticket_no} {item} {amount}")).isInstanceOf(NoticeException.class)
                .hasMessageContaining("{custmer}");
        notices.settings().setTemplate(manager, NoticeKind.READY, java.util.Locale.ENGLISH,
                "Hi {customer}, {item} ({ticket_no}) is ready: {amount}.");
        assertThat(notices.compose(no, NoticeKind.READY, Optional.of(java.util.Locale.ENGLISH)).text())
                .isEqualTo("Hi Chan Tai Man, Pearl bracelet (" + no + ") is ready: nothing to pay.");
        assertThat(notices.compose(no, NoticeKind.READY, Optional.of(com.alluressories.caredesk.text.Bundles.CHINESE))
                .text()).contains("294"); // the other language keeps CareDesk's wording
        notices.settings().setTemplate(manager, NoticeKind.READY, java.util.Locale.ENGLISH, "");
        assertThat(notices.compose(no, NoticeKind.READY, Optional.of(java.util.Locale.ENGLISH)).text()).contains("Cap. 294");
    }

    private List<String> auditActions() {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT action FROM audit_log")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private List<String> auditDetails(String action) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT details FROM audit_log WHERE action = ?")) {
                ps.setString(1, action);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
