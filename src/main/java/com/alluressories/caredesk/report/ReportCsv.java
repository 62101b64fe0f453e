package com.alluressories.caredesk.report;

import com.alluressories.caredesk.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV, one figure per row: {@code figure,key,value} (key empty for a single figure),
 * the same names as {@code report}'s JSON, then the figures month by month ({@code by_month.…}, key
 * yyyy-MM) and shop by shop ({@code by_shop.…}), overrides by manager, the clauses that decided
 * (exclusions), metals, stones and products; amounts as decimal HK dollars, days as numbers.
 */
public final class ReportCsv {
    private ReportCsv() {
    }

    public static void write(Report r, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord("figure", "key", "value");
        csv.printRecord("from", "", r.from().map(LocalDate::toString).orElse(""));
        csv.printRecord("to", "", r.to().map(LocalDate::toString).orElse(""));
        csv.printRecord("shops", "", String.join(";", r.shops()));
        csv.printRecord("tickets_opened", "", r.ticketsOpened());
        for (Map.Entry<String, Long> e : r.byVerdict().entrySet()) {
            csv.printRecord("by_verdict", e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Long> e : r.byState().entrySet()) {
            csv.printRecord("by_state", e.getKey(), e.getValue());
        }
        csv.printRecord("overdue", "", r.overdue());
        csv.printRecord("turnaround_days", "intake_to_ready_p50", days(r.intakeToReadyP50()));
        csv.printRecord("turnaround_days", "intake_to_ready_p90", days(r.intakeToReadyP90()));
        csv.printRecord("turnaround_days", "ready_to_collected_p50", days(r.readyToCollectedP50()));
        for (Report.Count f : r.findings()) {
            csv.printRecord("findings", f.code(), f.count());
        }
        csv.printRecord("overrides", "", r.overrides());
        csv.printRecord("quotes", "accepted", r.quotesAccepted());
        csv.printRecord("quotes", "declined", r.quotesDeclined());
        csv.printRecord("quotes", "waiting", r.quotesWaiting());
        csv.printRecord("final_charges", "", money(r.finalChargesCents()));
        List<String> buckets = List.of("0-3", "4-7", "8-14", "15-30", "over_30");
        for (Report.Ageing a : r.ageing()) {
            for (int i = 0; i < a.buckets().size(); i++) {
                csv.printRecord("ageing_days", a.state() + ":" + buckets.get(i), a.buckets().get(i));
            }
        }
        slices(csv, "by_month", r.byMonth());
        slices(csv, "by_shop", r.byShop());
        for (Report.OverrideCount o : r.overridesBy()) {
            csv.printRecord("overrides_by", o.manager() + ": " + o.from() + " -> " + o.to(), o.count());
        }
        counts(csv, "exclusions", r.exclusions());
        counts(csv, "metals", r.metals());
        counts(csv, "stones", r.stones());
        for (Report.Product p : r.products()) {
            String key = (p.sku() + " " + p.description()).strip();
            csv.printRecord("products.tickets", key, p.count());
            csv.printRecord("products.manufacturing_defects", key, p.defects());
        }
        csv.flush();
    }

    private static void counts(CSVPrinter csv, String figure, List<Report.Count> counts) throws IOException {
        for (Report.Count c : counts) {
            csv.printRecord(figure, c.code(), c.count());
        }
    }

    /** Month by month or shop by shop: one row per figure and month (or shop), the figure named {@code by_month.…}. */
    private static void slices(CSVPrinter csv, String figure, List<Report.Slice> slices) throws IOException {
        for (Report.Slice s : slices) {
            csv.printRecord(figure + ".tickets_opened", s.key(), s.opened());
            for (Map.Entry<String, Long> e : s.byVerdict().entrySet()) {
                csv.printRecord(figure + ".by_verdict", s.key() + ":" + e.getKey(), e.getValue());
            }
            csv.printRecord(figure + ".overrides", s.key(), s.overrides());
            csv.printRecord(figure + ".intake_to_ready_p50", s.key(), days(s.intakeToReadyP50()));
            csv.printRecord(figure + ".intake_to_ready_p90", s.key(), days(s.intakeToReadyP90()));
            csv.printRecord(figure + ".ready_to_collected_p50", s.key(), days(s.readyToCollectedP50()));
            csv.printRecord(figure + ".quotes_accepted", s.key(), s.quotesAccepted());
            csv.printRecord(figure + ".quotes_declined", s.key(), s.quotesDeclined());
            csv.printRecord(figure + ".final_charges", s.key(), money(s.finalChargesCents()));
        }
    }

    /** Days as a plain number (2.5, 3, 14.7 — not 14.700000000000003), or empty when there is none. */
    public static String days(OptionalDouble value) {
        return value.isPresent() ? exact(value.getAsDouble()).toPlainString() : "";
    }

    /**
     * A percentile as the decimal it stands for: interpolating in binary leaves noise in the last
     * digits (3 + 0.8 × 7), cut at the sixth decimal, far below a day's minute.
     */
    public static BigDecimal exact(double days) {
        return BigDecimal.valueOf(days).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Whole cents as decimal HK dollars: 38050 is 380.50. */
    public static String money(long cents) {
        return Money.ofCents(cents).amount().toPlainString();
    }
}
