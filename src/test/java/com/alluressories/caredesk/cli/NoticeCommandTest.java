package com.alluressories.caredesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notice} on the demo shop's tickets: the message, its links, and a refusal for a ticket not at that point. */
class NoticeCommandTest {
    @TempDir
    static java.nio.file.Path dir;

    static InProcess run(String... args) {
        return InProcess.run(dir, args);
    }

    @BeforeAll
    static void demo() {
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, Clock.systemUTC());
        }
    }

    static JsonNode ticketIn(String state) throws Exception {
        for (JsonNode t : new ObjectMapper().readTree(run("tickets", "--state", state).out())) {
            return t;
        }
        throw new AssertionError("the demo has no ticket " + state);
    }

    @Test
    void aReadyPieceGetsItsMessageInBothLanguagesAndAsLinks() throws Exception {
        JsonNode ready = ticketIn("READY_FOR_PICKUP");
        String no = ready.get("ticket_no").asText();
        InProcess en = run("notice", no, "--kind", "ready", "--lang", "en");
        assertThat(en.code()).as(en.err()).isZero();
        assertThat(en.out()).contains(no, ready.get("item").asText(), "ready for pickup", "Alluressories")
                .contains("12 months", "Cap. 294").doesNotContain("{");
        InProcess zh = run("notice", no, "--kind", "ready", "--lang", "zh");
        assertThat(zh.out()).contains(no, "已可於", "取件", "12個月", "第294章").doesNotContain("{");
        InProcess wa = run("notice", no, "--kind", "ready", "--lang", "en", "--format", "whatsapp");
        String phone = ready.get("customer_phone").asText().replaceAll("\\D", "");
        assertThat(wa.out().strip()).startsWith("https://wa.me/852" + phone + "?text=");
        assertThat(URLDecoder.decode(wa.out().strip().substring(wa.out().indexOf("text=") + 5), StandardCharsets.UTF_8))
                .isEqualTo(en.out().strip());
        InProcess sms = run("notice", no, "--kind", "ready", "--format", "sms", "--lang", "zh");
        assertThat(sms.out().strip()).startsWith("sms:+852" + phone + "?body=");
        // The demo's ready pieces have waited 8 and 9 days: the first reminder (day 7) is due.
        InProcess reminder = run("notice", no, "--kind", "reminder", "--lang", "en");
        assertThat(reminder.code()).as(reminder.err()).isZero();
        assertThat(reminder.out()).contains("a reminder", "ready for pickup since", no);
    }

    @Test
    void aNoticeConfirmedAsSentIsOnTheTicketInTheAuditTrailWithoutTheNameAndInUncollected() throws Exception {
        JsonNode ready = ticketIn("READY_FOR_PICKUP");
        String no = ready.get("ticket_no").asText();
        JsonNode before = uncollected(no);
        assertThat(before.fieldNames()).toIterable().containsExactly("ticket_no", "shop_code", "ready_since",
                "days_uncollected", "notices", "disposal_notice_due");
        assertThat(before.get("days_uncollected").asLong()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.parse(before.get("ready_since").asText()),
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Hong_Kong"))));
        int given = before.get("notices").size();
        InProcess sent = run("notice", no, "--kind", "ready", "--lang", "en", "--sent", "whatsapp");
        assertThat(sent.code()).as(sent.err()).isZero();
        JsonNode after = uncollected(no);
        assertThat(after.get("notices")).hasSize(given + 1);
        JsonNode notice = after.get("notices").get(given);
        assertThat(notice.get("kind").asText()).isEqualTo("ready");
        assertThat(notice.get("way").asText()).isEqualTo("whatsapp");
        assertThat(java.time.OffsetDateTime.parse(notice.get("at").asText())).isNotNull();
        assertThat(after.get("disposal_notice_due").asBoolean()).as("12 months have not passed").isFalse();
        try (Store store = Store.open(dir)) {
            String details = store.read(c -> {
                try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                        "SELECT details FROM audit_log WHERE action = 'NOTICE_GIVEN' ORDER BY seq DESC LIMIT 1")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(details).contains("READY", "WHATSAPP").doesNotContain(ready.get("customer_name").asText());
        }
        InProcess printedOnly = run("notice", no, "--kind", "ready");
        assertThat(printedOnly.code()).isZero();
        assertThat(uncollected(no).get("notices")).as("printing a message records nothing").hasSize(given + 1);
    }

    private static JsonNode uncollected(String ticketNo) throws Exception {
        InProcess run = run("uncollected");
        assertThat(run.code()).as(run.err()).isZero();
        for (JsonNode t : new ObjectMapper().readTree(run.out())) {
            if (t.get("ticket_no").asText().equals(ticketNo)) {
                return t;
            }
        }
        throw new AssertionError(ticketNo + " is not in uncollected");
    }

    @Test
    void aQuoteWaitingGetsTheQuoteMessage() throws Exception {
        JsonNode quoted = ticketIn("QUOTED");
        InProcess run = run("notice", quoted.get("ticket_no").asText().toLowerCase(), "--kind", "quote", "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("HK$" + quoted.get("quote").asText().replaceAll("\\.00$", ""));
    }

    @Test
    void aNoticeATicketIsNotDueIsRefusedWithTheReason() throws Exception {
        JsonNode received = ticketIn("RECEIVED");
        InProcess notReady = run("notice", received.get("ticket_no").asText(), "--kind", "ready");
        assertThat(notReady.code()).isEqualTo(1);
        assertThat(notReady.err()).contains(received.get("ticket_no").asText(), "not ready for pickup", "RECEIVED");
        assertThat(notReady.out()).isEmpty();
        InProcess noQuote = run("notice", received.get("ticket_no").asText(), "--kind", "quote");
        assertThat(noQuote.code()).isEqualTo(1);
        assertThat(noQuote.err()).contains("no quote waiting");
        InProcess missing = run("notice", "TST-1999-000001", "--kind", "ready");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no ticket TST-1999-000001");
        InProcess usage = run("notice", "TST-1999-000001", "--kind", "goodbye");
        assertThat(usage.code()).isEqualTo(2);
    }
}
