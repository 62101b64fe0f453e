package com.alluressories.caredesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} on the demo shop's tickets, checked against what {@code tickets} prints for the same store. */
class ReportCommandTest {
    @TempDir
    static java.nio.file.Path dir;
    static final ObjectMapper JSON = new ObjectMapper();

    static InProcess run(String... args) {
        return InProcess.run(dir, args);
    }

    @BeforeAll
    static void demo() {
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, Clock.systemUTC());
        }
    }

    @Test
    void allTimeAgreesWithTickets() throws Exception {
        JsonNode tickets = JSON.readTree(run("tickets").out());
        InProcess run = run("report");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("from").isNull()).isTrue();
        assertThat(report.get("to").isNull()).isTrue();
        assertThat(report.get("tickets_opened").asLong()).isEqualTo(tickets.size()).isPositive();
        Map<String, Long> states = new TreeMap<>();
        Map<String, Long> verdicts = new TreeMap<>();
        TreeSet<String> shops = new TreeSet<>();
        long overdue = 0;
        BigDecimal charges = BigDecimal.ZERO.setScale(2);
        for (JsonNode t : tickets) {
            states.merge(t.get("state").asText(), 1L, Long::sum);
            verdicts.merge(t.get("verdict").asText(), 1L, Long::sum);
            shops.add(t.get("shop_code").asText());
            overdue += t.get("overdue").asBoolean() ? 1 : 0;
            if (!t.get("final_charge").isNull()) {
                charges = charges.add(new BigDecimal(t.get("final_charge").asText()));
            }
        }
        assertThat(asMap(report.get("by_state"))).isEqualTo(states);
        assertThat(asMap(report.get("by_verdict"))).isEqualTo(verdicts);
        assertThat(report.get("overdue").asLong()).isEqualTo(overdue);
        assertThat(report.get("final_charges").asText()).isEqualTo(charges.toPlainString());
        List<String> listed = new ArrayList<>();
        report.get("shops").forEach(s -> listed.add(s.asText()));
        assertThat(listed).containsExactlyElementsOf(shops);
        JsonNode turnaround = report.get("turnaround_days");
        assertThat(turnaround.fieldNames()).toIterable().containsExactly("intake_to_ready_p50", "intake_to_ready_p90",
                "ready_to_collected_p50");
        assertThat(turnaround.get("intake_to_ready_p50").isNumber()).as("the demo has tickets that were ready").isTrue();
        JsonNode quotes = report.get("quotes");
        assertThat(quotes.fieldNames()).toIterable().containsExactly("accepted", "declined", "waiting");
        long counted = 0;
        long previous = Long.MAX_VALUE;
        for (JsonNode f : report.get("findings")) {
            assertThat(f.get("count").asLong()).as("most first").isLessThanOrEqualTo(previous);
            previous = f.get("count").asLong();
            counted += previous;
        }
        assertThat(counted).as("the demo's claims have findings").isPositive();
        assertThat(report.get("overrides").isIntegralNumber()).isTrue();
    }

    @Test
    void aPeriodAndAShopCountOnlyTheirTickets() throws Exception {
        JsonNode tickets = JSON.readTree(run("tickets").out());
        String shop = tickets.get(0).get("shop_code").asText();
        LocalDate from = LocalDate.now(java.time.ZoneId.of("Asia/Hong_Kong")).minusDays(20);
        LocalDate to = from.plusDays(10);
        long expected = 0;
        for (JsonNode t : tickets) {
            LocalDate received = LocalDate.parse(t.get("received").asText());
            if (t.get("shop_code").asText().equals(shop) && !received.isBefore(from) && !received.isAfter(to)) {
                expected++;
            }
        }
        InProcess run = run("report", "--from", from.toString(), "--to", to.toString(), "--shop", shop.toLowerCase());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("from").asText()).isEqualTo(from.toString());
        assertThat(report.get("to").asText()).isEqualTo(to.toString());
        assertThat(report.get("shops").get(0).asText()).isEqualTo(shop);
        assertThat(report.get("tickets_opened").asLong()).isEqualTo(expected);

        JsonNode none = JSON.readTree(run("report", "--shop", "ZZ99").out());
        assertThat(none.get("tickets_opened").asLong()).isZero();
        assertThat(none.get("turnaround_days").get("intake_to_ready_p50").isNull()).isTrue();
        assertThat(none.get("final_charges").asText()).isEqualTo("0.00");
        assertThat(none.get("by_state").size()).isZero();
    }

    @Test
    void csvHoldsTheSameFigures() throws Exception {
        JsonNode report = JSON.readTree(run("report").out());
        InProcess csv = run("report", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.out())).getRecords();
        Map<String, String> figures = new TreeMap<>();
        for (CSVRecord row : rows) {
            figures.put(row.get("figure") + (row.get("key").isEmpty() ? "" : "." + row.get("key")), row.get("value"));
        }
        assertThat(figures.get("tickets_opened")).isEqualTo(report.get("tickets_opened").asText());
        assertThat(figures.get("final_charges")).isEqualTo(report.get("final_charges").asText());
        report.get("by_state").fields().forEachRemaining(e ->
                assertThat(figures.get("by_state." + e.getKey())).isEqualTo(e.getValue().asText()));
        assertThat(figures.get("quotes.waiting")).isEqualTo(report.get("quotes").get("waiting").asText());
        // Month by month, shop by shop and product by product, the tickets add up to the whole.
        long opened = report.get("tickets_opened").asLong();
        for (String figure : List.of("by_month.tickets_opened", "by_shop.tickets_opened", "products.tickets")) {
            assertThat(rows.stream().filter(r -> r.get("figure").equals(figure)).mapToLong(r -> Long.parseLong(
                    r.get("value"))).sum()).as(figure).isEqualTo(opened);
        }
        assertThat(rows.stream().filter(r -> r.get("figure").equals("by_month.final_charges"))
                .map(r -> new java.math.BigDecimal(r.get("value"))).reduce(java.math.BigDecimal.ZERO,
                        java.math.BigDecimal::add)).isEqualByComparingTo(report.get("final_charges").asText());
        assertThat(rows).anyMatch(r -> r.get("figure").equals("by_month.tickets_opened")
                && r.get("key").matches("\\d{4}-\\d{2}"));
        assertThat(rows).anyMatch(r -> r.get("figure").equals("exclusions"));
        assertThat(rows).anyMatch(r -> r.get("figure").equals("overrides_by"));
    }

    @Test
    void aBackwardsPeriodOrABadDateIsAUsageError() {
        InProcess backwards = run("report", "--from", "2026-11-30", "--to", "2026-11-01");
        assertThat(backwards.code()).isEqualTo(2);
        assertThat(backwards.err()).contains("--to 2026-11-01 is before --from 2026-11-30");
        InProcess bad = run("report", "--from", "30/11/2026");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--from");
        InProcess format = run("report", "--format", "pdf");
        assertThat(format.code()).isEqualTo(2);
    }

    private static Map<String, Long> asMap(JsonNode node) {
        Map<String, Long> map = new TreeMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }
}
