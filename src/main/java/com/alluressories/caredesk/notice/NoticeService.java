package com.alluressories.caredesk.notice;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.text.Bundles;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketEvent;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ticket.TicketState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The message a customer is due about a ticket: a quote waiting for an answer, a piece ready for
 * pickup, or a reminder once it has waited {@value #FIRST_REMINDER_DAYS} days. In the language
 * asked for, else the customer's (a name written in Chinese characters reads Chinese), filled
 * from the ticket and this shop's profile. Composing a message records nothing: a notice counts
 * as given only when staff confirm they sent it.
 */
public final class NoticeService {
    /** Days after "ready" when the first reminder falls due. */
    public static final int FIRST_REMINDER_DAYS = 7;

    private final TicketService tickets;
    private final Supplier<Optional<ShopProfile>> shop;
    private final Clock clock;

    public NoticeService(TicketService tickets, Supplier<Optional<ShopProfile>> shop, Clock clock) {
        this.tickets = tickets;
        this.shop = shop;
        this.clock = clock;
    }

    public Notice compose(String ticketNo, NoticeKind kind, Optional<Locale> language) {
        String no = ticketNo.strip().toUpperCase(Locale.ROOT);
        Ticket t = tickets.get(no).orElseThrow(() -> new NoticeException("notice.noTicket", no));
        Optional<LocalDate> readySince = readySince(tickets.events(t.ticketNo()));
        switch (kind) {
            case QUOTE -> {
                if (t.state() != TicketState.QUOTED || t.quote().isEmpty()) {
                    throw new NoticeException("notice.notQuoted", t.ticketNo(), t.state().name());
                }
            }
            case READY -> {
                if (t.state() != TicketState.READY_FOR_PICKUP) {
                    throw new NoticeException("notice.notReady", t.ticketNo(), t.state().name());
                }
            }
            case REMINDER -> {
                if (t.state() != TicketState.READY_FOR_PICKUP) {
                    throw new NoticeException("notice.notReady", t.ticketNo(), t.state().name());
                }
                LocalDate due = readySince.orElse(LocalDate.now(clock)).plusDays(FIRST_REMINDER_DAYS);
                if (LocalDate.now(clock).isBefore(due)) {
                    throw new NoticeException("notice.noReminderDue", t.ticketNo(), readySince.orElse(LocalDate.now(clock)),
                            due);
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        Locale lang = language.orElseGet(() -> languageOf(t.customerName()));
        Map<String, String> values = new HashMap<>();
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
        String template = Bundles.of(lang).getString("notice.template." + kind.name());
        return new Notice(t.ticketNo(), kind, lang, phone, NoticeTemplate.of(template).fill(values));
    }

    /**
     * Records that staff sent {@code notice} to the customer by {@code way}: in the ticket's
     * history (with the exact text) and in the audit trail (kind and way only). Only staff's
     * confirmation calls this; composing a message never does.
     */
    public void record(Notice notice, NoticeWay way) {
        tickets.recordNotice(notice.ticketNo(), notice.kind().name(), way.name(), notice.text());
    }

    /** A piece ready and not collected: since when, the notices given, whether Cap. 294's next notice is due. */
    public record Uncollected(String ticketNo, String shopCode, LocalDate readySince, long daysUncollected,
                              java.util.List<TicketService.GivenNotice> notices, boolean disposalNoticeDue) {
    }

    /** Months after the ready notice after which goods not paid for nor collected may be sold (Cap. 294). */
    public static final int MONTHS_BEFORE_SALE = 12;

    /** Every piece ready for pickup and not collected, longest waiting first. */
    public java.util.List<Uncollected> uncollected() {
        LocalDate today = LocalDate.now(clock);
        java.util.List<Uncollected> out = new java.util.ArrayList<>();
        for (Ticket t : tickets.list(new com.alluressories.caredesk.ticket.TicketFilter(
                Optional.of(TicketState.READY_FOR_PICKUP), false, false, Optional.empty(), "", Integer.MAX_VALUE))) {
            java.util.List<TicketEvent> history = tickets.events(t.ticketNo());
            LocalDate since = readySince(history).orElse(t.createdAt().toLocalDate());
            java.util.List<TicketService.GivenNotice> given = history.stream().filter(TicketEvent::applied)
                    .flatMap(e -> e.notice().stream()).toList();
            out.add(new Uncollected(t.ticketNo(), t.shopCode(), since,
                    java.time.temporal.ChronoUnit.DAYS.between(since, today), given, disposalNoticeDue(given, today)));
        }
        out.sort(java.util.Comparator.comparing(Uncollected::readySince).thenComparing(Uncollected::ticketNo));
        return out;
    }

    /**
     * Cap. 294: once a ready notice (stating the sum due and that the goods may be sold) has been
     * given and 12 months have passed without payment or collection, the notice of intention to
     * sell is due — unless it has been given already.
     */
    static boolean disposalNoticeDue(java.util.List<TicketService.GivenNotice> given, LocalDate today) {
        boolean intentionGiven = given.stream().anyMatch(n -> n.kind().equals("INTENTION_TO_SELL"));
        return !intentionGiven && given.stream().filter(n -> n.kind().equals(NoticeKind.READY.name()))
                .map(n -> n.at().toLocalDate()).min(LocalDate::compareTo)
                .map(first -> !today.isBefore(first.plusMonths(MONTHS_BEFORE_SALE))).orElse(false);
    }

    /** The day the ticket first became ready for pickup, from its history. */
    private static Optional<LocalDate> readySince(java.util.List<TicketEvent> history) {
        return history.stream().filter(TicketEvent::applied)
                .filter(e -> e.to() == TicketState.READY_FOR_PICKUP).map(e -> e.at().toLocalDate()).findFirst();
    }

    /** Chinese for a name written in Chinese characters, else English. */
    static Locale languageOf(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Bundles.CHINESE : Bundles.ENGLISH;
    }

    private static String date(LocalDate d, Locale lang) {
        return lang.getLanguage().equals("zh") ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                : d.format(DateTimeFormatter.ofPattern("d/M/yyyy"));
    }
}
