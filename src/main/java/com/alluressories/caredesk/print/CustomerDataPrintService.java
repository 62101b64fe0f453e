package com.alluressories.caredesk.print;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.privacy.CustomerData;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The answer to a data access request as an A4 PDF, every heading in English then Chinese: the
 * request and its deadline, then each receipt with its lines, each claim with its photos, each
 * ticket with its history and the messages sent. Codes (metals, stones, findings, verdicts,
 * states) are given in words, English then Chinese, as the customer would read them; what was
 * typed is as typed.
 */
public final class CustomerDataPrintService {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private CustomerDataPrintService() {
    }

    public static byte[] a4(CustomerData data, com.alluressories.caredesk.policy.Policy policy) {
        ResourceBundle en = bundle(Locale.ENGLISH);
        ResourceBundle zh = bundle(Locale.forLanguageTag("zh-HK"));
        java.util.function.BiFunction<String, String, String> words = (prefix, code) -> words(en, zh, prefix, code);
        return Sheet.render("Customer data", Paper.A4, s -> {
            s.text(en.getString("print.access.title"), 20, true, Sheet.Align.LEFT);
            s.text(zh.getString("print.access.title"), 20, true, Sheet.Align.LEFT);
            s.gap(6);
            both(s, en, zh, "print.access.asked", data.phone(), data.name().isEmpty() ? "—" : data.name(),
                    DAY.format(data.requested()), DAY.format(data.deadline()));
            both(s, en, zh, "print.access.counts", data.receipts().size(), data.claims().size(), data.tickets().size());
            s.rule();
            heading(s, en, zh, "print.access.receipts");
            if (data.receipts().isEmpty()) {
                both(s, en, zh, "print.access.none");
            }
            for (CustomerData.Receipt r : data.receipts()) {
                s.text(r.receiptNo() + " · " + r.shopCode() + " · " + DAY_TIME.format(r.purchasedAt()) + " · "
                        + r.customerName() + " · " + r.customerPhone(), s.body(), true, Sheet.Align.LEFT);
                for (CustomerData.Line l : r.lines()) {
                    s.text("  " + l.lineNo() + ". " + l.sku() + " " + l.description() + " (" + words.apply("metal.", l.metal())
                            + (l.stones().isEmpty() ? "" : ", " + list(l.stones(), code -> words.apply("stone.", code)))
                            + ") " + Money.ofCents(l.paidCents()).format(),
                            s.body(), false, Sheet.Align.LEFT);
                }
            }
            s.rule();
            heading(s, en, zh, "print.access.claims");
            if (data.claims().isEmpty()) {
                both(s, en, zh, "print.access.none");
            }
            for (CustomerData.Claim c : data.claims()) {
                s.text(DAY_TIME.format(c.createdAt()) + " · " + c.shopCode() + " · " + c.customerName() + " · "
                        + c.customerPhone(), s.body(), true, Sheet.Align.LEFT);
                s.text("  " + c.item() + " — " + c.complaint(), s.body(), false, Sheet.Align.LEFT);
                if (!c.notes().isBlank()) {
                    s.text("  " + c.notes(), s.body(), false, Sheet.Align.LEFT);
                }
                String findings = list(c.findings(), code -> policy.finding(code)
                        .map(f -> f.label().en() + " / " + f.label().zh()).orElse(code));
                s.text("  " + (findings.isEmpty() ? "" : findings + " → ") + words.apply("verdict.", c.finalVerdict()),
                        s.body(), false, Sheet.Align.LEFT);
                for (CustomerData.Photo p : c.photos()) {
                    s.text("  " + en.getString("print.access.photo") + " / " + zh.getString("print.access.photo") + ": "
                            + p.fileName() + " (" + p.sha256().substring(0, 12) + "…)", s.body(), false, Sheet.Align.LEFT);
                }
            }
            s.rule();
            heading(s, en, zh, "print.access.tickets");
            if (data.tickets().isEmpty()) {
                both(s, en, zh, "print.access.none");
            }
            for (CustomerData.Ticket t : data.tickets()) {
                s.text(t.ticketNo() + " · " + t.shopCode() + " · " + words.apply("state.", t.state()), s.body(), true,
                        Sheet.Align.LEFT);
                for (CustomerData.Event e : t.history()) {
                    // A custody step says where the piece went; any other step, the state it led to.
                    String step = en.containsKey("print.access.step." + e.action())
                            ? MessageFormat.format(en.getString("print.access.step." + e.action()), place(en, zh, e.place()))
                            + " / " + MessageFormat.format(zh.getString("print.access.step." + e.action()),
                                    place(en, zh, e.place()))
                            : words.apply("state.", e.toState());
                    s.text("  " + DAY_TIME.format(e.at()) + " " + step + " (" + e.who() + ")"
                            + (e.note().isBlank() ? "" : ": " + e.note()), s.body(), false, Sheet.Align.LEFT);
                    if (!e.message().isBlank()) {
                        s.text("    " + e.message(), s.body(), false, Sheet.Align.LEFT);
                    }
                }
            }
            s.footer((page, pages) -> MessageFormat.format(en.getString("print.access.page"), page, pages) + " / "
                    + MessageFormat.format(zh.getString("print.access.page"), page, pages));
        });
    }

    /** A place: the workshop in both languages, a shop by its code. */
    private static String place(ResourceBundle en, ResourceBundle zh, String code) {
        return DispatchPrintService.place(en, zh, code);
    }

    /** A code in words, English / Chinese; the code itself when this CareDesk has no words for it. */
    private static String words(ResourceBundle en, ResourceBundle zh, String prefix, String code) {
        if (code == null || code.isBlank() || !en.containsKey(prefix + code) || !zh.containsKey(prefix + code)) {
            return code == null ? "" : code;
        }
        String english = en.getString(prefix + code);
        String chinese = zh.getString(prefix + code);
        return english.equals(chinese) ? english : english + " / " + chinese;
    }

    /** Codes kept as "A;B" (or "A,B"), each in words, joined by commas. */
    private static String list(String codes, java.util.function.UnaryOperator<String> each) {
        StringBuilder out = new StringBuilder();
        for (String code : codes.split("[;,]")) {
            if (!code.isBlank()) {
                out.append(out.length() == 0 ? "" : ", ").append(each.apply(code.strip()));
            }
        }
        return out.toString();
    }

    private static void heading(Sheet s, ResourceBundle en, ResourceBundle zh, String key) {
        s.gap(4);
        s.text(en.getString(key) + " / " + zh.getString(key), s.body() * 1.2f, true, Sheet.Align.LEFT);
    }

    private static void both(Sheet s, ResourceBundle en, ResourceBundle zh, String key, Object... args) {
        s.text(MessageFormat.format(en.getString(key), args), s.body(), false, Sheet.Align.LEFT);
        s.text(MessageFormat.format(zh.getString(key), args), s.body(), false, Sheet.Align.LEFT);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
