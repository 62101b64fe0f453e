package com.alluressories.caredesk.notice;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.text.Bundles;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ticket.TicketEvent;
import com.alluressories.caredesk.ticket.TicketFilter;
import com.alluressories.caredesk.ticket.TicketHistory;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ticket.TicketState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Telling customers about their tickets, and Cap. 294 for pieces never collected.
 * <ul>
 * <li>The message a customer is due — a quote waiting for an answer, a piece ready for pickup, a
 * reminder, the notice of intention to sell — in the language asked for, else the customer's (a
 * name written in Chinese characters reads Chinese), in the wording a manager set or CareDesk's
 * own, filled from the ticket and this shop's profile. Composing records nothing: a notice counts
 * as given only when staff confirm they sent it ({@link #record}).</li>
 * <li>Who is due a message today ({@link #toTell}).</li>
 * <li>The uncollected pieces and where each stands under Cap. 294 ({@link #uncollected},
 * {@link DisposalTimeline}); disputes, the notice of intention by registered post, and the
 * disposal, each refused when the ordinance does not allow it yet.</li>
 * </ul>
 */
public final class NoticeService {
    /** Days a quote waits for an answer before the customer is asked again. */
    public static final int QUOTE_CHASE_DAYS = 3;
    /** Longest posting reference kept (a registered article number is 13 characters). */
    public static final int MAX_POSTING_REF = 40;

    private final TicketService tickets;
    private final Supplier<Optional<ShopProfile>> shop;
    private final Clock clock;
    private final NoticeSettings settings;

    public NoticeService(TicketService tickets, Supplier<Optional<ShopProfile>> shop, Clock clock,
                         NoticeSettings settings) {
        this.tickets = tickets;
        this.shop = shop;
        this.clock = clock;
        this.settings = settings;
    }

    public NoticeSettings settings() {
        return settings;
    }

    /** The message of a kind for a ticket, or a refusal saying why the ticket has no such message to give now. */
    public Notice compose(String ticketNo, NoticeKind kind, Optional<Locale> language) {
        Ticket t = ticket(ticketNo);
        List<TicketEvent> history = tickets.events(t.ticketNo());
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> readySince = readySince(history);
        Map<String, String> values = new HashMap<>();
        switch (kind) {
            case QUOTE -> {
                if (t.state() != TicketState.QUOTED || t.quote().isEmpty()) {
                    throw new NoticeException("notice.notQuoted", t.ticketNo(), t.state().name());
                }
            }
            case READY -> requireReady(t);
            case REMINDER -> {
                requireReady(t);
                LocalDate since = readySince.orElse(today);
                LocalDate due = since.plusDays(settings.reminderDays().get(0));
                if (today.isBefore(due)) {
                    throw new NoticeException("notice.noReminderDue", t.ticketNo(), since, due);
                }
            }
            case INTENTION_TO_SELL -> {
                requireReady(t);
                DisposalTimeline timeline = DisposalTimeline.of(history, today);
                timeline.requireIntentionAllowed(t.ticketNo());
                values.put("notice_date", timeline.clockFrom().orElseThrow().toString());
            }
            default -> throw new IllegalStateException(kind.name());
        }
        Locale lang = language.or(() -> t.customerLanguage().map(NoticeService::known))
                .orElseGet(() -> languageOf(t.customerName()));
        values.computeIfPresent("notice_date", (k, iso) -> date(LocalDate.parse(iso), lang));
        values.put("customer", t.customerName());
        values.put("ticket_no", t.ticketNo());
        values.put("item", t.itemDescription());
        Optional<ShopProfile> here = shop.get().filter(p -> p.code().equals(t.shopCode()));
        values.put("shop", here.map(ShopProfile::name).orElse("Alluressories " + t.shopCode()));
        values.put("shop_phone", here.map(ShopProfile::phone).orElse(""));
        values.put("hours", Bundles.of(lang).getString("notice.hours"));
        String noCharge = Bundles.of(lang).getString("notice.noCharge");
        values.put("quote", t.quote().map(q -> Money.of(q).format()).orElse(""));
        values.put("amount", kind == NoticeKind.QUOTE ? values.get("quote")
                : t.finalCharge().filter(c -> c.signum() > 0).map(c -> Money.of(c).format()).orElse(noCharge));
        String phone = t.customerPhone();
        values.put("last4", phone.length() >= 4 ? phone.substring(phone.length() - 4) : phone);
        values.put("ready_since", readySince.map(d -> date(d, lang)).orElse(""));
        return new Notice(t.ticketNo(), kind, lang, phone, NoticeTemplate.of(wording(kind, lang)).fill(values));
    }

    /** The wording of a kind in a language: a manager's, else CareDesk's own. */
    public String wording(NoticeKind kind, Locale lang) {
        return settings.template(kind, lang).orElseGet(() -> defaultWording(kind, lang));
    }

    /** CareDesk's own wording of a kind in a language. */
    public static String defaultWording(NoticeKind kind, Locale lang) {
        return Bundles.of(lang).getString("notice.template." + kind.name());
    }

    /**
     * Records that staff sent {@code notice} to the customer by {@code way}: in the ticket's
     * history (with the exact text) and in the audit trail (kind and way only). Only staff's
     * confirmation calls this; composing a message never does. The notice of intention to sell
     * goes by registered post: {@link #recordIntention}.
     */
    public void record(Notice notice, NoticeWay way) {
        if (notice.kind() == NoticeKind.INTENTION_TO_SELL || way == NoticeWay.REGISTERED_POST) {
            throw new NoticeException("notice.intention.byPost", notice.ticketNo());
        }
        tickets.recordNotice(notice.ticketNo(), notice.kind().name(), way.name(), notice.text());
    }

    /**
     * Records that the notice of intention to sell was posted by registered post today, with the
     * posting reference from the certificate of posting (Cap. 294 s.3(3), s.4) — only when it is due.
     */
    public void recordIntention(Notice notice, String postingRef) {
        String ref = postingRef == null ? "" : postingRef.strip();
        if (notice.kind() != NoticeKind.INTENTION_TO_SELL) {
            throw new IllegalArgumentException("recordIntention: a notice of intention to sell, not " + notice.kind());
        }
        if (ref.isEmpty() || ref.length() > MAX_POSTING_REF) {
            throw new NoticeException("notice.intention.noReference", notice.ticketNo(), MAX_POSTING_REF);
        }
        LocalDate today = LocalDate.now(clock);
        tickets.recordNotice(notice.ticketNo(), NoticeKind.INTENTION_TO_SELL.name(), NoticeWay.REGISTERED_POST.name(),
                notice.text(), Map.of("posting_ref", ref),
                history -> DisposalTimeline.of(history, today).requireIntentionAllowed(notice.ticketNo()));
    }

    /** What a customer disputes (Cap. 294 s.2(4)): the charge, or the work done. */
    public enum DisputeAbout {
        CHARGES, WORK
    }

    /** Records that the customer disputes the charge or the work of a piece ready for pickup, with what they said. */
    public void recordDispute(String ticketNo, DisputeAbout about, String note) {
        Ticket t = ticket(ticketNo);
        requireReady(t);
        if (note == null || note.isBlank()) {
            throw new NoticeException("notice.dispute.noNote", t.ticketNo());
        }
        LocalDate today = LocalDate.now(clock);
        tickets.recordDispute(t.ticketNo(), about.name(), note, history -> {
            if (DisposalTimeline.of(history, today).stage() == DisposalTimeline.Stage.DISPUTED) {
                throw new NoticeException("notice.disputed", t.ticketNo());
            }
        });
    }

    /** Records that the dispute standing on a ticket was determined, and how: the 12 months run again from today. */
    public void settleDispute(String ticketNo, String how) {
        Ticket t = ticket(ticketNo);
        if (how == null || how.isBlank()) {
            throw new NoticeException("notice.dispute.noHow", t.ticketNo());
        }
        LocalDate today = LocalDate.now(clock);
        tickets.recordDisputeSettled(t.ticketNo(), how, history -> {
            if (DisposalTimeline.of(history, today).stage() != DisposalTimeline.Stage.DISPUTED) {
                throw new NoticeException("notice.dispute.none", t.ticketNo());
            }
        });
    }

    /**
     * A manager records that an uncollected piece was sold or disposed of, and how — refused before
     * the 14 days after the notice of intention have passed, and while a dispute stands.
     */
    public Ticket dispose(String ticketNo, String how) {
        return dispose(ticketNo, how, Optional.empty());
    }

    /** {@link #dispose(String, String)} recorded under {@code by} when given (a manager approving at the counter). */
    public Ticket dispose(String ticketNo, String how, Optional<com.alluressories.caredesk.staff.Actor> by) {
        Ticket t = ticket(ticketNo);
        if (how == null || how.isBlank()) {
            throw new NoticeException("notice.dispose.noHow", t.ticketNo());
        }
        LocalDate today = LocalDate.now(clock);
        DisposalTimeline now = DisposalTimeline.of(tickets.events(t.ticketNo()), today);
        now.requireDisposalAllowed(t.ticketNo());
        Map<String, Object> details = new HashMap<>();
        details.put("intention_on", now.intentionOn().orElseThrow().toString());
        details.put("posting_ref", now.postingRef().orElse(""));
        TicketService.HistoryCheck check = history -> DisposalTimeline.of(history, today)
                .requireDisposalAllowed(t.ticketNo());
        return by.isPresent() ? tickets.dispose(t.ticketNo(), how, details, check, by.get())
                : tickets.dispose(t.ticketNo(), how, details, check);
    }

    /** Where a ticket stands under Cap. 294 today. */
    public DisposalTimeline timeline(String ticketNo) {
        Ticket t = ticket(ticketNo);
        return DisposalTimeline.of(tickets.events(t.ticketNo()), LocalDate.now(clock));
    }

    /** A piece ready and not collected: since when, the notices given, where it stands under Cap. 294. */
    public record Uncollected(Ticket ticket, LocalDate readySince, long daysUncollected,
                              List<TicketService.GivenNotice> notices, DisposalTimeline timeline) {
        public String ticketNo() {
            return ticket.ticketNo();
        }

        /** Cap. 294's notice of intention to sell is due (12 months after the ready notice, none sent yet). */
        public boolean disposalNoticeDue() {
            return timeline.intentionDue();
        }
    }

    /** Every piece ready for pickup and not collected, longest waiting first. */
    public List<Uncollected> uncollected() {
        LocalDate today = LocalDate.now(clock);
        List<Uncollected> out = new ArrayList<>();
        for (Ticket t : tickets.list(new TicketFilter(Optional.of(TicketState.READY_FOR_PICKUP), false, false,
                Optional.empty(), "", Integer.MAX_VALUE))) {
            List<TicketEvent> history = tickets.events(t.ticketNo());
            LocalDate since = readySince(history).orElse(t.createdAt().toLocalDate());
            List<TicketService.GivenNotice> given = history.stream().filter(TicketEvent::applied)
                    .flatMap(e -> e.notice().stream()).toList();
            out.add(new Uncollected(t, since, ChronoUnit.DAYS.between(since, today), given,
                    DisposalTimeline.of(history, today)));
        }
        out.sort(Comparator.comparing(Uncollected::readySince).thenComparing(Uncollected::ticketNo));
        return out;
    }

    /** A customer due a message today: which, about which ticket, due since when. */
    public record Due(Ticket ticket, NoticeKind kind, LocalDate dueSince, Optional<Integer> reminderDay) {
    }

    /**
     * Who is due a message today, the longest waiting first: pieces ready and not yet told;
     * reminders due (the days after "ready" a manager set) and not yet given; quotes not yet told,
     * or waiting for an answer {@value #QUOTE_CHASE_DAYS} days after the customer was last told;
     * notices of intention to sell that Cap. 294 now allows. A piece under dispute is left alone.
     *
     * @param shopCode only this shop's tickets; empty for every shop this PC holds
     */
    public List<Due> toTell(Optional<String> shopCode) {
        LocalDate today = LocalDate.now(clock);
        List<Integer> reminderDays = settings.reminderDays();
        List<Due> out = new ArrayList<>();
        for (TicketState state : List.of(TicketState.READY_FOR_PICKUP, TicketState.QUOTED)) {
            for (Ticket t : tickets.list(new TicketFilter(Optional.of(state), false, false, shopCode, "",
                    Integer.MAX_VALUE))) {
                List<TicketEvent> history = tickets.events(t.ticketNo());
                due(t, history, today, reminderDays).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing(Due::dueSince).thenComparing(d -> d.ticket().ticketNo()));
        return out;
    }

    /** What a ticket is due today, if anything (pure but for the ticket's own data). */
    static Optional<Due> due(Ticket t, List<TicketEvent> history, LocalDate today, List<Integer> reminderDays) {
        List<TicketEvent> applied = history.stream().filter(TicketEvent::applied).toList();
        if (t.state() == TicketState.QUOTED) {
            LocalDate quotedOn = applied.stream().filter(e -> TicketAction.QUOTE.name().equals(e.action()))
                    .map(e -> e.at().toLocalDate()).reduce((a, b) -> b).orElse(t.createdAt().toLocalDate());
            Optional<LocalDate> told = lastNotice(applied, NoticeKind.QUOTE, quotedOn);
            if (told.isEmpty()) {
                return Optional.of(new Due(t, NoticeKind.QUOTE, quotedOn, Optional.empty()));
            }
            LocalDate again = told.get().plusDays(QUOTE_CHASE_DAYS);
            return today.isBefore(again) ? Optional.empty() : Optional.of(new Due(t, NoticeKind.QUOTE, again,
                    Optional.empty()));
        }
        if (t.state() != TicketState.READY_FOR_PICKUP) {
            return Optional.empty();
        }
        DisposalTimeline timeline = DisposalTimeline.of(history, today);
        switch (timeline.stage()) {
            case DISPUTED, INTENTION_SENT, DISPOSAL_ALLOWED, DISPOSED -> {
                return Optional.empty();
            }
            case INTENTION_DUE -> {
                return Optional.of(new Due(t, NoticeKind.INTENTION_TO_SELL, timeline.intentionDueOn().orElseThrow(),
                        Optional.empty()));
            }
            default -> {
            }
        }
        LocalDate since = readySince(history).orElse(t.createdAt().toLocalDate());
        if (lastNotice(applied, NoticeKind.READY, since).isEmpty()) {
            return Optional.of(new Due(t, NoticeKind.READY, since, Optional.empty()));
        }
        Integer reached = null;
        for (int day : reminderDays) {
            if (!today.isBefore(since.plusDays(day))) {
                reached = day;
            }
        }
        if (reached == null) {
            return Optional.empty();
        }
        LocalDate dueOn = since.plusDays(reached);
        // Told on or after the day this reminder fell due (a ready notice given late counts): nothing due yet.
        boolean told = lastNotice(applied, NoticeKind.REMINDER, dueOn).isPresent()
                || lastNotice(applied, NoticeKind.READY, dueOn).isPresent();
        return told ? Optional.empty() : Optional.of(new Due(t, NoticeKind.REMINDER, dueOn, Optional.of(reached)));
    }

    /** The day of the last notice of a kind given on or after {@code from}. */
    private static Optional<LocalDate> lastNotice(List<TicketEvent> applied, NoticeKind kind, LocalDate from) {
        return applied.stream().flatMap(e -> e.notice().stream()).filter(n -> n.kind().equals(kind.name()))
                .map(n -> n.at().toLocalDate()).filter(d -> !d.isBefore(from)).reduce((a, b) -> b);
    }

    private Ticket ticket(String ticketNo) {
        String no = ticketNo == null ? "" : ticketNo.strip().toUpperCase(Locale.ROOT);
        return tickets.get(no).orElseThrow(() -> new NoticeException("notice.noTicket", no));
    }

    private static void requireReady(Ticket t) {
        if (t.state() != TicketState.READY_FOR_PICKUP) {
            throw new NoticeException("notice.notReady", t.ticketNo(), t.state().name());
        }
    }

    /** The day the ticket first became ready for pickup, from its history. */
    static Optional<LocalDate> readySince(List<TicketEvent> history) {
        return history.stream().filter(TicketEvent::applied).filter(e -> !TicketHistory.isRemark(e.action()))
                .filter(e -> e.to() == TicketState.READY_FOR_PICKUP).map(e -> e.at().toLocalDate()).findFirst();
    }

    /** The bundle's locale for a language asked at intake (zh: Hong Kong Chinese). */
    static Locale known(Locale asked) {
        return asked.getLanguage().equals("zh") ? Bundles.CHINESE : Bundles.ENGLISH;
    }

    /** Chinese for a name written in Chinese characters, else English. */
    public static Locale languageOf(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Bundles.CHINESE : Bundles.ENGLISH;
    }

    private static String date(LocalDate d, Locale lang) {
        return lang.getLanguage().equals("zh") ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                : d.format(DateTimeFormatter.ofPattern("d/M/yyyy"));
    }
}
