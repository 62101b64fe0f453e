package com.alluressories.caredesk.print;

import com.alluressories.caredesk.custody.Dispatch;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A dispatch's manifest, in English and Chinese on an 80 mm slip or A4: the dispatch number as
 * text, Code 128 and QR (scanned at the destination to list what should arrive), from, to, the
 * courier, who started it and when, each piece's bag tag (ticket number), item and bags, the total,
 * and the signatures of the hand-over at both ends. A reprint says REPRINT.
 */
public final class DispatchPrintService {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm");

    private DispatchPrintService() {
    }

    public static byte[] manifest(Dispatch d, Paper paper, boolean reprint) {
        ResourceBundle en = bundle(Locale.ENGLISH);
        ResourceBundle zh = bundle(Locale.forLanguageTag("zh-HK"));
        return Sheet.render("Dispatch " + d.dispatchNo(), paper, s -> {
            s.text(both(en, zh, "print.manifest.title"), s.body() * 1.3f, true, Sheet.Align.CENTER);
            if (reprint) {
                s.text("*** " + both(en, zh, "print.reprint") + " ***", s.body() * 1.2f, true, Sheet.Align.CENTER);
            }
            s.text(d.dispatchNo(), s.body() * 1.8f, true, Sheet.Align.CENTER);
            s.code128(d.dispatchNo(), s.body() * 3.5f);
            s.qr(d.dispatchNo(), s.body() * 7f);
            s.rule();
            s.text(both(en, zh, "print.manifest.from") + ": " + place(en, zh, d.from()), s.body(), true, Sheet.Align.LEFT);
            s.text(both(en, zh, "print.manifest.to") + ": " + place(en, zh, d.to()), s.body() * 1.15f, true,
                    Sheet.Align.LEFT);
            s.text(both(en, zh, "print.manifest.courier") + ": " + (d.courier().isBlank() ? "—" : d.courier()));
            s.text(both(en, zh, "print.manifest.started") + ": " + WHEN.format(d.createdAt()) + " · " + d.who());
            s.rule();
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Dispatch.Piece p : d.pieces()) {
                rows.add(List.of(Integer.toString(n++), p.ticketNo(), p.item(), Integer.toString(p.bags())));
            }
            s.table(List.of("#", both(en, zh, "print.manifest.tag"), both(en, zh, "print.item"),
                    both(en, zh, "print.manifest.bags")), rows, paper == Paper.SLIP
                            ? new float[] {0.08f, 0.35f, 0.35f, 0.22f} : new float[] {0.07f, 0.33f, 0.45f, 0.15f},
                    new boolean[] {true, false, false, true});
            s.gap(4);
            s.text(both(en, zh, "print.manifest.total") + ": " + d.pieces().size() + " · "
                    + both(en, zh, "print.manifest.bags") + ": " + d.bags(), s.body(), true, Sheet.Align.LEFT);
            s.together(() -> {
                for (String key : new String[] {"print.manifest.handedOver", "print.manifest.courierSigns",
                    "print.manifest.receivedBy"}) {
                    signature(s, en.getString(key), zh.getString(key));
                }
            });
        });
    }

    /** A place in words: the workshop by name, a shop by its code. */
    static String place(ResourceBundle en, ResourceBundle zh, String code) {
        String key = "place." + code;
        return en.containsKey(key) && zh.containsKey(key) ? en.getString(key) + " " + zh.getString(key) : code;
    }

    /** A line to sign on, and under it who signs, in English then in Chinese (each on its own line). */
    private static void signature(Sheet s, String english, String chinese) {
        s.gap(s.body() * 2.2f);
        s.text("_______________________________");
        s.text(english);
        s.text(chinese);
    }

    private static String both(ResourceBundle en, ResourceBundle zh, String key) {
        return en.getString(key) + " " + zh.getString(key);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
