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
                .doesNotContain("{");
        InProcess zh = run("notice", no, "--kind", "ready", "--lang", "zh");
        assertThat(zh.out()).contains(no, "已可於", "取件").doesNotContain("{");
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
