package com.alluressories.caredesk.print;

import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.shop.ShopProfile;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The printed side of the Disposal of Uncollected Goods Ordinance (Cap. 294): the notice every
 * counter that takes in repairs must display (A4, English and Chinese), and letters to customers
 * (the notices about a piece left uncollected among them), one language each, on A5 or A4.
 */
public final class NoticePrintService {
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Supplier<Optional<ShopProfile>> shop;
    private final ResourceBundle en = bundle(Locale.ENGLISH);
    private final ResourceBundle zh = bundle(Locale.forLanguageTag("zh-HK"));

    public NoticePrintService(Supplier<Optional<ShopProfile>> shop) {
        this.shop = shop;
    }

    /**
     * A letter to a customer, in one language.
     *
     * @param language English or Chinese: everything but the shop's letterhead is in this language
     * @param date the date the letter bears
     * @param addressee the customer's name, then the lines of the postal address (none when only a
     *     name is known)
     * @param subject printed in bold above the body
     * @param body the letter's words, already filled in; {@code \n} starts a new line
     * @param ticketNo printed with its Code 128 barcode, so the letter can be scanned at the counter
     * @param registeredPost marks the letter as sent by registered post (a notice of intention to sell
     *     must be)
     */
    public record Letter(Locale language, LocalDate date, List<String> addressee, String subject, String body,
            String ticketNo, boolean registeredPost) {
        public Letter {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(date, "date");
            addressee = List.copyOf(addressee);
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(ticketNo, "ticketNo");
            if (!chinese(language) && !"en".equals(language.getLanguage())) {
                throw new IllegalArgumentException("A letter is written in English or Chinese, not " + language);
            }
            if (addressee.isEmpty() || addressee.get(0).isBlank()) {
                throw new IllegalArgumentException("A letter needs the customer's name");
            }
            if (ticketNo.isBlank()) {
                throw new IllegalArgumentException("A letter needs its ticket number");
            }
        }
    }

    /**
     * The notice to display where repairs are taken in: one A4 page, the shop's name, a title and
     * the statement Cap. 294 s.2(3)(a) asks for, in English and in Chinese, large enough to read from
     * a metre away.
     */
    public byte[] shopNotice() {
        return Sheet.render("Cap. 294 notice", Paper.A4, s -> {
            shop.get().ifPresent(p -> s.text(p.name(), 24, true, Sheet.Align.CENTER));
            s.rule();
            s.gap(14);
            s.text(en.getString("print.notice.title"), 34, true, Sheet.Align.CENTER);
            s.text(zh.getString("print.notice.title"), 34, true, Sheet.Align.CENTER);
            s.gap(8);
            s.text(en.getString("print.notice.law"), 19, false, Sheet.Align.CENTER);
            s.text(zh.getString("print.notice.law"), 19, false, Sheet.Align.CENTER);
            s.gap(14);
            s.rule();
            s.gap(14);
            s.text(en.getString("print.notice.text"), 20, false, Sheet.Align.LEFT);
            s.gap(8);
            s.text(en.getString("print.notice.told"), 20, false, Sheet.Align.LEFT);
            s.gap(26);
            s.text(zh.getString("print.notice.text"), 22, false, Sheet.Align.LEFT);
            s.gap(8);
            s.text(zh.getString("print.notice.told"), 22, false, Sheet.Align.LEFT);
        });
    }

    /**
     * A letter to a customer as PDF bytes: the shop's letterhead, the date, the addressee, the
     * subject, the body (running on to further pages as needed), the ticket's number and barcode,
     * and a closing with room to sign.
     *
     * @param paper {@link Paper#A5} or {@link Paper#A4}
     * @throws IllegalArgumentException for a paper a letter is not made for (the slip)
     */
    public byte[] letter(Letter letter, Paper paper) {
        if (!Paper.forLetters().contains(paper)) {
            throw new IllegalArgumentException("A letter is printed on " + Paper.forLetters() + ", not " + paper);
        }
        ResourceBundle words = chinese(letter.language()) ? zh : en;
        DateTimeFormatter dates = chinese(letter.language()) ? ZH_DATE : EN_DATE;
        Optional<ShopProfile> profile = shop.get();
        return Sheet.render(letter.ticketNo() + " letter", paper, s -> {
            profile.ifPresent(p -> {
                s.text(p.name(), s.body() * 1.5f, true, Sheet.Align.CENTER);
                s.text(p.address(), s.body() * 0.9f, false, Sheet.Align.CENTER);
                s.text(en.getString("print.phone") + " " + zh.getString("print.phone") + " "
                        + PhoneNumber.display(p.phone()), s.body() * 0.9f, false, Sheet.Align.CENTER);
            });
            s.rule();
            s.gap(s.body());
            s.text(dates.format(letter.date()));
            s.gap(s.body());
            if (letter.registeredPost()) {
                s.text(words.getString("print.letter.registered"), s.body(), true, Sheet.Align.LEFT);
            }
            s.together(() -> letter.addressee().forEach(s::text));
            s.gap(s.body());
            s.together(() -> {
                s.text(MessageFormat.format(words.getString("print.letter.ticket"), letter.ticketNo()));
                s.code128(letter.ticketNo(), s.body() * 3f, Sheet.Align.LEFT);
            });
            s.gap(s.body());
            s.text(letter.subject(), s.body() * 1.1f, true, Sheet.Align.LEFT);
            s.gap(s.body() * 0.6f);
            s.flow(letter.body(), s.body());
            s.gap(s.body() * 1.2f);
            s.together(() -> {
                s.text(MessageFormat.format(words.getString("print.letter.closing"), letter.addressee().get(0)));
                s.gap(s.body() * 3.5f);
                s.text("______________________________");
                profile.ifPresent(p -> s.text(MessageFormat.format(words.getString("print.letter.signed"), p.name())));
            });
            s.footer((page, pages) -> MessageFormat.format(words.getString("print.letter.page"), letter.ticketNo(), page,
                    pages));
        });
    }

    private static boolean chinese(Locale language) {
        return "zh".equals(language.getLanguage());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
