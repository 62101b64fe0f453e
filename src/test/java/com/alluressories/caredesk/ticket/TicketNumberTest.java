package com.alluressories.caredesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TicketNumberTest {

    @Test
    void aNumberCarriesTheShopTheHongKongDayAndTheSequence() {
        assertThat(TicketNumber.of("CWB", LocalDate.parse("2026-11-27"), 1).value()).isEqualTo("CWB-261127-0001");
        assertThat(TicketNumber.of("TST2", LocalDate.parse("2027-01-05"), 9999).value()).isEqualTo("TST2-270105-9999");
        assertThatThrownBy(() -> TicketNumber.of("CWB", LocalDate.parse("2026-11-27"), 10_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatTheNumberingWritesTheScreensRecognise() {
        TicketNumber given = TicketNumber.of("MK", LocalDate.parse("2026-02-28"), 42);
        assertThat(TicketNumber.recognise(given.value())).contains(given);
        assertThat(TicketNumber.recognise("  cwb-261127-0001\n")).map(TicketNumber::value).contains("CWB-261127-0001");
    }

    @Test
    void otherTextIsNotATicketNumber() {
        assertThat(TicketNumber.recognise("CWB-26112-0001")).isEmpty();
        assertThat(TicketNumber.recognise("CWB-261127-00011")).isEmpty();
        assertThat(TicketNumber.recognise("R-000123")).isEmpty();
        assertThat(TicketNumber.recognise("91234567")).isEmpty();
        assertThat(TicketNumber.recognise(null)).isEmpty();
        assertThat(TicketNumber.recognise("ABCDEFGHI-261127-0001")).isEmpty();
    }
}
