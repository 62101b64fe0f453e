package com.alluressories.caredesk.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick reading of plain amounts gives what the full reading gives, for any text made of what prices hold. */
class MoneyParseAgreementTest {
    @Test
    void theQuickPathAgreesWithTheFullReading() {
        Random random = new Random(18);
        String alphabet = "0123456789012345678901234567890123456789.,. HK$-+e";
        for (int i = 0; i < 300_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(22);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(Money.parse(t)).as("'%s'", t).isEqualTo(Money.parseAnyForm(t));
        }
        for (String t : new String[] {"1280", "1280.5", "1280.50", "0", "0.00", "00012.3", "9999999999999999.99",
            "99999999999999999", "1280.", ".5", "1,280.50", " 1280", "HK$1280", "1280.505", ""}) {
            assertThat(Money.parse(t)).as("'%s'", t).isEqualTo(Money.parseAnyForm(t));
        }
        assertThat(Money.parse("1280.5")).contains(Money.ofCents(128050));
    }
}
