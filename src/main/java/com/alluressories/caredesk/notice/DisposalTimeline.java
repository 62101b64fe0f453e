package com.alluressories.caredesk.notice;

import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ticket.TicketEvent;
import com.alluressories.caredesk.ticket.TicketHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where an uncollected piece stands under the Disposal of Uncollected Goods Ordinance (Cap. 294),
 * worked out from its ticket's history (pure, the same on every PC):
 * <ol>
 * <li>s.2(3)(b), s.2(7)(a): the notice that the piece is ready, stating the sum due and that it may
 * be sold if within 12 months it is neither paid for and collected, starts the clock (the first
 * ready notice given);</li>
 * <li>s.2(4): a dispute about the charge or the work suspends the right of sale until it is
 * determined; s.2(6): the 12 months then run from the day it was determined;</li>
 * <li>s.2(3)(c), s.2(7)(b), s.3(3): after those 12 months, the notice of intention to sell, by
 * registered post (one sent earlier does not count);</li>
 * <li>s.2(3)(c): the piece may be sold no sooner than 14 days after that notice — the 14 days begin
 * with the day it was given, so the first day of sale is that day plus 14.</li>
 * </ol>
 */
public record DisposalTimeline(Stage stage, Optional<LocalDate> readyNoticeOn, Optional<LocalDate> disputeSettledOn,
                               Optional<LocalDate> intentionDueOn, Optional<LocalDate> intentionOn,
                               Optional<String> postingRef, Optional<LocalDate> disposalFrom) {
    /** Months from the ready notice (or a dispute's determination) before the intention notice may be given. */
    public static final int MONTHS_BEFORE_INTENTION = 12;
    /** Days from the intention notice (that day counted) before the piece may be sold. */
    public static final int DAYS_AFTER_INTENTION = 14;

    /** Where the piece stands, in the order the ordinance's steps come. */
    public enum Stage {
        /** No ready notice given yet: the clock has not started. */
        NO_READY_NOTICE,
        /** The 12 months are running. */
        WAITING,
        /** A dispute about the charge or the work stands: nothing may be done towards a sale. */
        DISPUTED,
        /** The 12 months have passed: the notice of intention to sell is due. */
        INTENTION_DUE,
        /** The intention notice was sent: the 14 days are running. */
        INTENTION_SENT,
        /** The waiting periods have passed: a manager may record the disposal. */
        DISPOSAL_ALLOWED,
        /** The piece was sold or disposed of. */
        DISPOSED
    }

    /** The timeline of a ticket's history, as of {@code today}. */
    public static DisposalTimeline of(List<TicketEvent> history, LocalDate today) {
        LocalDate readyOn = null;
        LocalDate settledOn = null;
        boolean disputed = false;
        boolean disposed = false;
        for (TicketEvent e : history) {
            if (!e.applied()) {
                continue;
            }
            LocalDate on = e.at().toLocalDate();
            if (TicketHistory.NOTICE.equals(e.action()) && NoticeKind.READY.name().equals(e.detail("kind"))
                    && readyOn == null) {
                readyOn = on;
            } else if (TicketHistory.DISPUTE.equals(e.action())) {
                disputed = true;
            } else if (TicketHistory.DISPUTE_SETTLED.equals(e.action()) && disputed) {
                disputed = false;
                settledOn = on;
            } else if (TicketAction.DISPOSE.name().equals(e.action())) {
                disposed = true;
            }
        }
        LocalDate clockFrom = settledOn != null ? settledOn : readyOn;
        LocalDate dueOn = clockFrom == null ? null : clockFrom.plusMonths(MONTHS_BEFORE_INTENTION);
        LocalDate intentionOn = null;
        String ref = null;
        if (dueOn != null) {
            for (TicketEvent e : history) {
                LocalDate on = e.at().toLocalDate();
                if (e.applied() && TicketHistory.NOTICE.equals(e.action())
                        && NoticeKind.INTENTION_TO_SELL.name().equals(e.detail("kind")) && !on.isBefore(dueOn)) {
                    intentionOn = on; // the latest that counts
                    ref = e.detail("posting_ref");
                }
            }
        }
        LocalDate sellFrom = intentionOn == null ? null : intentionOn.plusDays(DAYS_AFTER_INTENTION);
        Stage stage;
        if (disposed) {
            stage = Stage.DISPOSED;
        } else if (disputed) {
            stage = Stage.DISPUTED;
        } else if (clockFrom == null) {
            stage = Stage.NO_READY_NOTICE;
        } else if (today.isBefore(dueOn)) {
            stage = Stage.WAITING;
        } else if (intentionOn == null) {
            stage = Stage.INTENTION_DUE;
        } else if (today.isBefore(sellFrom)) {
            stage = Stage.INTENTION_SENT;
        } else {
            stage = Stage.DISPOSAL_ALLOWED;
        }
        return new DisposalTimeline(stage, Optional.ofNullable(readyOn), Optional.ofNullable(settledOn),
                Optional.ofNullable(dueOn), Optional.ofNullable(intentionOn), Optional.ofNullable(ref),
                Optional.ofNullable(sellFrom));
    }

    /** The day Cap. 294's clock runs from: the dispute's determination, else the ready notice. */
    public Optional<LocalDate> clockFrom() {
        return disputeSettledOn.or(() -> readyNoticeOn);
    }

    /** True once the notice of intention to sell is due and not yet sent. */
    public boolean intentionDue() {
        return stage == Stage.INTENTION_DUE;
    }

    /** Refuses a notice of intention to sell unless it is due, saying why. */
    void requireIntentionAllowed(String ticketNo) {
        switch (stage) {
            case INTENTION_DUE -> {
            }
            case NO_READY_NOTICE -> throw new NoticeException("notice.intention.noReadyNotice", ticketNo);
            case WAITING -> throw new NoticeException("notice.intention.tooEarly", ticketNo, clockFrom().orElseThrow(),
                    intentionDueOn.orElseThrow());
            case DISPUTED -> throw new NoticeException("notice.disputed", ticketNo);
            case INTENTION_SENT, DISPOSAL_ALLOWED -> throw new NoticeException("notice.intention.sent", ticketNo,
                    intentionOn.orElseThrow());
            case DISPOSED -> throw new NoticeException("notice.disposed", ticketNo);
            default -> throw new IllegalStateException(stage.name());
        }
    }

    /** Refuses a disposal unless Cap. 294's waiting periods have passed and no dispute stands, saying why. */
    void requireDisposalAllowed(String ticketNo) {
        switch (stage) {
            case DISPOSAL_ALLOWED -> {
            }
            case INTENTION_SENT -> throw new NoticeException("notice.dispose.tooEarly", ticketNo, intentionOn.orElseThrow(),
                    disposalFrom.orElseThrow());
            case DISPUTED -> throw new NoticeException("notice.disputed", ticketNo);
            case DISPOSED -> throw new NoticeException("notice.disposed", ticketNo);
            default -> throw new NoticeException("notice.dispose.noIntention", ticketNo);
        }
    }
}
