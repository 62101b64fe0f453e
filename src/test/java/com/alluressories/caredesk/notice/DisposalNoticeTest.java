package com.alluressories.caredesk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.ticket.TicketService.GivenNotice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cap. 294's clock: the notice of intention to sell falls due 12 months after the ready notice, not a day before. */
class DisposalNoticeTest {
    private static final GivenNotice READY = new GivenNotice("READY", "LETTER", LocalDateTime.of(2025, 11, 29, 16, 0));

    @Test
    void dueTwelveMonthsAfterTheReadyNoticeAndNotADayEarlier() {
        assertThat(NoticeService.disposalNoticeDue(List.of(READY), LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(NoticeService.disposalNoticeDue(List.of(READY), LocalDate.of(2026, 11, 29))).isTrue();
    }

    @Test
    void notDueWithoutAReadyNoticeOrOnceTheIntentionIsGiven() {
        GivenNotice reminder = new GivenNotice("REMINDER", "SMS", LocalDateTime.of(2025, 1, 1, 10, 0));
        assertThat(NoticeService.disposalNoticeDue(List.of(reminder), LocalDate.of(2027, 1, 1))).isFalse();
        GivenNotice intention = new GivenNotice("INTENTION_TO_SELL", "LETTER", LocalDateTime.of(2026, 12, 1, 10, 0));
        assertThat(NoticeService.disposalNoticeDue(List.of(READY, intention), LocalDate.of(2027, 1, 1))).isFalse();
    }
}
