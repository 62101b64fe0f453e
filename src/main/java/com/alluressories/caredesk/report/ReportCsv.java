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
 * the same names as {@code report}'s JSON; amounts as decimal HK dollars, days as numbers.
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
        csv.flush();
    }

    /** Days as a plain number (2.5, 3), or empty when there is none. */
    public static String days(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).stripTrailingZeros().toPlainString() : "";
    }

    /** Whole cents as decimal HK dollars: 38050 is 380.50. */
    public static String money(long cents) {
        return Money.ofCents(cents).amount().toPlainString();
    }
}
