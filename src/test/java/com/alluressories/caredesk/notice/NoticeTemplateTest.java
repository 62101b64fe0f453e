package com.alluressories.caredesk.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTemplateTest {
    @Test
    void placeholdersAreFilledAndAnUnknownOneIsRefusedByName() {
        assertThat(NoticeTemplate.of("Ticket {ticket_no}: {amount}, {amount}.").fill(Map.of("ticket_no", "TST-2026-000123",
                "amount", "HK$380.00"))).isEqualTo("Ticket TST-2026-000123: HK$380.00, HK$380.00.");
        assertThat(NoticeTemplate.of("{customer}您好 {shop_phone}").fill(Map.of("customer", "陳大文"))).isEqualTo("陳大文您好 ");
        assertThat(NoticeTemplate.of("A $ and \\ stay: {item}").fill(Map.of("item", "Ring $1 \\ x")))
                .isEqualTo("A $ and \\ stay: Ring $1 \\ x");
        assertThatThrownBy(() -> NoticeTemplate.of("Ticket {tiket_no} is ready"))
                .isInstanceOfSatisfying(NoticeException.class, e -> {
                    assertThat(e.key()).isEqualTo("notice.unknownPlaceholder");
                    assertThat(e.getMessage()).contains("{tiket_no}").contains("{ticket_no}");
                });
    }

    @Test
    void linksCarryTheHongKongNumberAndTheTextEncodedAsUtf8() {
        String text = "陳先生您好，維修單 TST-2026-000123 已可取件。\nAmount: HK$1,280.50 & more?";
        String wa = NoticeLinks.whatsapp("9123 4567", text);
        assertThat(wa).startsWith("https://wa.me/85291234567?text=").doesNotContain(" ").doesNotContain("+");
        String query = URI.create(wa).getRawQuery();
        assertThat(URLDecoder.decode(query.substring("text=".length()), StandardCharsets.UTF_8)).isEqualTo(text);
        String sms = NoticeLinks.sms("+852 6123-4567", text);
        assertThat(sms).startsWith("sms:+85261234567?body=");
        assertThat(URLDecoder.decode(sms.substring(sms.indexOf("body=") + 5), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThatThrownBy(() -> NoticeLinks.whatsapp("12345", text)).isInstanceOf(NoticeException.class);
    }

    @Test
    void aNameInChineseCharactersReadsChinese() {
        assertThat(NoticeService.languageOf("歐陽卓琳（Catherine）").getLanguage()).isEqualTo("zh");
        assertThat(NoticeService.languageOf("Chan Tai Man").getLanguage()).isEqualTo("en");
    }
}
