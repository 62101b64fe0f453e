package com.alluressories.caredesk.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.notice.DisposalTimeline.Stage;
import com.alluressories.caredesk.ticket.TicketEvent;
import com.alluressories.caredesk.ticket.TicketHistory;
import com.alluressories.caredesk.ticket.TicketState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cap. 294's timeline, day by day at its edges: ready notice → 12 months → intention → 14 days → disposal. */
class DisposalTimelineTest {
    private static final LocalDate READY_NOTICE = LocalDate.of(2025, 11, 29);

    private final List<TicketEvent> history = new ArrayList<>();

    private void ready(LocalDate on) {
        history.add(new TicketEvent(on.atTime(10, 0), Optional.of(TicketState.IN_REPAIR), TicketState.READY_FOR_PICKUP,
                "Amy", "", true, "READY", Map.of()));
    }

    private void notice(String kind, LocalDate on, Map<String, Object> extra) {
        Map<String, Object> details = new java.util.HashMap<>(extra);
        details.put("kind", kind);
        details.put("way", "LETTER");
        history.add(new TicketEvent(on.atTime(11, 0), Optional.of(TicketState.READY_FOR_PICKUP),
                TicketState.READY_FOR_PICKUP, "Amy", "", true, TicketHistory.NOTICE, details));
    }

    private void remark(String action, LocalDate on) {
        history.add(new TicketEvent(on.atTime(12, 0), Optional.of(TicketState.READY_FOR_PICKUP),
                TicketState.READY_FOR_PICKUP, "Amy", "said so", true, action, Map.of()));
    }

    private Stage stage(LocalDate today) {
        return DisposalTimeline.of(history, today).stage();
    }

    @Test
    void theClockStartsWithTheReadyNoticeNotWithTheRepair() {
        ready(READY_NOTICE.minusDays(40));
        assertThat(stage(READY_NOTICE.plusYears(3))).isEqualTo(Stage.NO_READY_NOTICE);
        notice("REMINDER", READY_NOTICE.minusDays(1), Map.of()); // a reminder is not the ready notice
        assertThat(stage(READY_NOTICE.plusYears(3))).isEqualTo(Stage.NO_READY_NOTICE);
        notice("READY", READY_NOTICE, Map.of());
        notice("READY", READY_NOTICE.plusDays(5), Map.of()); // a second one does not restart it
        DisposalTimeline t = DisposalTimeline.of(history, READY_NOTICE);
        assertThat(t.stage()).isEqualTo(Stage.WAITING);
        assertThat(t.intentionDueOn()).contains(LocalDate.of(2026, 11, 29));
    }

    @Test
    void theIntentionNoticeFallsDueTwelveMonthsAfterTheReadyNoticeNotADayEarly() {
        ready(READY_NOTICE);
        notice("READY", READY_NOTICE, Map.of());
        assertThat(stage(LocalDate.of(2026, 11, 28))).isEqualTo(Stage.WAITING);
        assertThatThrownBy(() -> DisposalTimeline.of(history, LocalDate.of(2026, 11, 28))
                .requireIntentionAllowed("T1")).isInstanceOf(NoticeException.class)
                .hasMessageContaining("2026-11-29");
        assertThat(stage(LocalDate.of(2026, 11, 29))).isEqualTo(Stage.INTENTION_DUE);
        assertThat(DisposalTimeline.of(history, LocalDate.of(2026, 11, 29)).intentionDue()).isTrue();
        assertThat(stage(LocalDate.of(2026, 11, 30))).isEqualTo(Stage.INTENTION_DUE);
    }

    @Test
    void theDisposalIsAllowedFourteenDaysAfterTheIntentionNoticeNeverEarlier() {
        ready(READY_NOTICE);
        notice("READY", READY_NOTICE, Map.of());
        LocalDate posted = LocalDate.of(2026, 12, 1);
        notice("INTENTION_TO_SELL", posted, Map.of("posting_ref", "RR123456789HK"));
        DisposalTimeline sent = DisposalTimeline.of(history, posted);
        assertThat(sent.stage()).isEqualTo(Stage.INTENTION_SENT);
        assertThat(sent.postingRef()).contains("RR123456789HK");
        assertThat(sent.disposalFrom()).contains(LocalDate.of(2026, 12, 15));
        // The 14 days begin with the day of the notice: 1 to 14 December.
        assertThat(stage(LocalDate.of(2026, 12, 14))).isEqualTo(Stage.INTENTION_SENT);
        assertThatThrownBy(() -> DisposalTimeline.of(history, LocalDate.of(2026, 12, 14)).requireDisposalAllowed("T1"))
                .isInstanceOf(NoticeException.class).hasMessageContaining("2026-12-15");
        assertThat(stage(LocalDate.of(2026, 12, 15))).isEqualTo(Stage.DISPOSAL_ALLOWED);
        DisposalTimeline.of(history, LocalDate.of(2026, 12, 15)).requireDisposalAllowed("T1");
    }

    @Test
    void anIntentionNoticeSentTooEarlyDoesNotCount() {
        ready(READY_NOTICE);
        notice("READY", READY_NOTICE, Map.of());
        notice("INTENTION_TO_SELL", LocalDate.of(2026, 11, 28), Map.of("posting_ref", "EARLY"));
        assertThat(stage(LocalDate.of(2027, 6, 1))).isEqualTo(Stage.INTENTION_DUE);
        assertThatThrownBy(() -> DisposalTimeline.of(history, LocalDate.of(2027, 6, 1)).requireDisposalAllowed("T1"))
                .isInstanceOf(NoticeException.class);
    }

    @Test
    void aDisputeSuspendsEverythingAndTheClockRunsAgainFromItsDetermination() {
        ready(READY_NOTICE);
        notice("READY", READY_NOTICE, Map.of());
        remark(TicketHistory.DISPUTE, LocalDate.of(2026, 3, 1));
        assertThat(stage(LocalDate.of(2027, 6, 1))).isEqualTo(Stage.DISPUTED);
        assertThatThrownBy(() -> DisposalTimeline.of(history, LocalDate.of(2027, 6, 1)).requireIntentionAllowed("T1"))
                .isInstanceOf(NoticeException.class).hasMessageContaining("dispute");
        remark(TicketHistory.DISPUTE_SETTLED, LocalDate.of(2026, 4, 10));
        DisposalTimeline settled = DisposalTimeline.of(history, LocalDate.of(2027, 4, 9));
        assertThat(settled.clockFrom()).contains(LocalDate.of(2026, 4, 10));
        assertThat(settled.stage()).isEqualTo(Stage.WAITING);
        assertThat(stage(LocalDate.of(2027, 4, 10))).isEqualTo(Stage.INTENTION_DUE);
    }

    @Test
    void aDisputeAfterTheIntentionNoticeStopsTheDisposalAndNeedsANewNotice() {
        ready(READY_NOTICE);
        notice("READY", READY_NOTICE, Map.of());
        notice("INTENTION_TO_SELL", LocalDate.of(2026, 12, 1), Map.of("posting_ref", "RR1"));
        remark(TicketHistory.DISPUTE, LocalDate.of(2026, 12, 5));
        assertThat(stage(LocalDate.of(2026, 12, 20))).isEqualTo(Stage.DISPUTED);
        assertThatThrownBy(() -> DisposalTimeline.of(history, LocalDate.of(2026, 12, 20)).requireDisposalAllowed("T1"))
                .isInstanceOf(NoticeException.class).hasMessageContaining("dispute");
        remark(TicketHistory.DISPUTE_SETTLED, LocalDate.of(2026, 12, 10));
        // The old notice was given before the new 12 months: another is due on 10 December 2027.
        assertThat(stage(LocalDate.of(2026, 12, 20))).isEqualTo(Stage.WAITING);
        assertThat(stage(LocalDate.of(2027, 12, 10))).isEqualTo(Stage.INTENTION_DUE);
    }

    @Test
    void aStepThatDidNotApplyCountsForNothing() {
        ready(READY_NOTICE);
        history.add(new TicketEvent(READY_NOTICE.atTime(11, 0), Optional.of(TicketState.READY_FOR_PICKUP),
                TicketState.READY_FOR_PICKUP, "Amy", "", false, TicketHistory.NOTICE,
                Map.of("kind", "READY")));
        assertThat(stage(LocalDate.of(2027, 1, 1))).isEqualTo(Stage.NO_READY_NOTICE);
    }

    @Test
    void aDisposedPieceSaysSo() {
        ready(READY_NOTICE);
        notice("READY", READY_NOTICE, Map.of());
        notice("INTENTION_TO_SELL", LocalDate.of(2026, 12, 1), Map.of("posting_ref", "RR1"));
        history.add(new TicketEvent(LocalDate.of(2026, 12, 20).atTime(9, 0), Optional.of(TicketState.READY_FOR_PICKUP),
                TicketState.DISPOSED, "Mandy", "auction", true, "DISPOSE", Map.of()));
        assertThat(stage(LocalDate.of(2026, 12, 21))).isEqualTo(Stage.DISPOSED);
    }
}
