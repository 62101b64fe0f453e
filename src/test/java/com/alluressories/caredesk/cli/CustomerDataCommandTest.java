package com.alluressories.caredesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code customer-data} answers a data access request for a demo customer with a ticket: the JSON
 * holds their receipts, claims and tickets and nobody else's; the PDF reads back in both languages;
 * the request is audited without the customer's phone.
 */
class CustomerDataCommandTest {
    @TempDir
    Path dir;

    @Test
    void everythingHeldUnderAPhoneAsJsonAndAsABilingualPdf() throws Exception {
        String[] customer = new String[2];
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, Clock.systemUTC());
            store.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT c.customer_phone, c.customer_name "
                        + "FROM claim c JOIN ticket t ON t.claim_id = c.id ORDER BY t.ticket_no LIMIT 1")) {
                    rs.next();
                    customer[0] = rs.getString(1);
                    customer[1] = rs.getString(2);
                }
                return null;
            });
        }
        Path json = dir.resolve("answer.json");
        InProcess run = InProcess.run(dir, "customer-data", "--phone", customer[0].substring(0, 4) + " "
                + customer[0].substring(4), "--out", json.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("answer by");
        JsonNode answer = new ObjectMapper().readTree(json.toFile());
        assertThat(answer.get("phone").asText()).isEqualTo(customer[0]);
        assertThat(answer.get("claims").size()).isPositive();
        assertThat(answer.get("tickets").size()).isPositive();
        for (String part : new String[] {"receipts", "claims"}) {
            answer.get(part).forEach(r -> assertThat(r.get("customer_phone").asText()).isEqualTo(customer[0]));
        }
        assertThat(answer.get("tickets").get(0).get("history").size()).isPositive();

        Path pdf = dir.resolve("answer.pdf");
        InProcess printed = InProcess.run(dir, "customer-data", "--phone", customer[0], "--name",
                " " + customer[1].toUpperCase(java.util.Locale.ROOT) + " ", "--out", pdf.toString());
        assertThat(printed.code()).as(printed.err()).isZero();
        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Your personal data held by CareDesk", "CareDesk 所持有的閣下個人資料", customer[0],
                answer.get("tickets").get(0).get("ticket_no").asText());
        // Codes are given in words, in both languages: what a customer can read.
        assertThat(text).doesNotContainPattern("\\b(WARRANTY_REPAIR|CHARGEABLE_REPAIR|PARTIAL_WARRANTY|READY_FOR_PICKUP|IN_REPAIR"
                + "|COLLECTED|QUOTED|SILVER|PLATED|18K_GOLD)\\b").containsPattern("(Received|Quoted|In repair|Ready for "
                + "pickup|Collected) / (已收件|已報價|維修中|可取件|已取件)");

        InProcess wrong = InProcess.run(dir, "customer-data", "--phone", "12345", "--out", json.toString());
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("8 digits");
        // A request that came by post a week ago: its 40 days count from then.
        java.time.LocalDate received = java.time.LocalDate.now(com.alluressories.caredesk.app.Services.HONG_KONG)
                .minusDays(7);
        Path posted = dir.resolve("posted.json");
        InProcess byPost = InProcess.run(dir, "customer-data", "--phone", customer[0], "--received", received.toString(),
                "--out", posted.toString(), "--format", "json");
        assertThat(byPost.code()).as(byPost.err()).isZero();
        JsonNode postedAnswer = new ObjectMapper().readTree(posted.toFile());
        assertThat(postedAnswer.get("requested").asText()).isEqualTo(received.toString());
        assertThat(postedAnswer.get("deadline").asText()).isEqualTo(received.plusDays(40).toString());
        InProcess tomorrow = InProcess.run(dir, "customer-data", "--phone", customer[0], "--received",
                received.plusDays(30).toString(), "--out", posted.toString());
        assertThat(tomorrow.code()).isEqualTo(1);
        assertThat(tomorrow.err()).contains("after today");
        String audit;
        try (Store store = Store.open(dir)) {
            audit = store.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT group_concat(details, ' ') FROM audit_log WHERE action = 'ACCESS_REQUEST_ANSWERED'")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
        }
        assertThat(audit).contains("\"deadline\"").doesNotContain(customer[0]).doesNotContain(customer[1]);
    }
}
