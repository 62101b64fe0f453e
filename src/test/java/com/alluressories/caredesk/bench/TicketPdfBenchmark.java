package com.alluressories.caredesk.bench;

import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.print.DocumentKind;
import com.alluressories.caredesk.print.Paper;
import com.alluressories.caredesk.print.TicketPrintService;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFixture;
import com.alluressories.caredesk.ticket.TicketService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long one ticket PDF takes: the first in a fresh JVM (fonts parsed), then warm (median of 20).
 * Run: {@code mvn -B test -Dexcluded.groups= -Dgroups=benchmark -Dtest=TicketPdfBenchmark}.
 */
@Tag("benchmark")
class TicketPdfBenchmark {
    @Test
    void oneTicketPdf() throws Exception {
        Path dir = Files.createTempDirectory("caredesk-pdf-bench");
        Clock clock = Clock.system(ZoneId.of("Asia/Hong_Kong"));
        try (Store store = Store.open(dir)) {
            TicketService tickets = new TicketService(store, clock, () -> StaffFixture.staff("2001", "Amy"), new AuditLog(store, clock));
            ClaimService claims = new ClaimService(store, PolicyLoader.bundled(), clock, () -> "CWB", () -> StaffFixture.staff("2001", "Amy"), new AuditLog(store, clock));
            TicketPrintService printing = new TicketPrintService(tickets, claims, () -> Optional.of(
                    new ShopProfile("CWB", "Alluressories Causeway Bay", "1 Yee Wo Street", "28001234")));
            Ticket ticket = tickets.open(TicketFixture.claim(store, clock, "歐陽卓琳（Catherine）", "91234567",
                    Set.of("MANUFACTURING_DEFECT", "POLISH_SOAK")), "CWB", LocalDate.now(clock).plusDays(7));
            long t0 = System.nanoTime();
            printing.pdf(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.SLIP, false);
            long first = System.nanoTime() - t0;
            long[] warm = new long[20];
            for (int i = 0; i < warm.length; i++) {
                long t = System.nanoTime();
                printing.pdf(ticket.ticketNo(), DocumentKind.CUSTOMER, i % 2 == 0 ? Paper.SLIP : Paper.A5, false);
                warm[i] = System.nanoTime() - t;
            }
            Arrays.sort(warm);
            System.out.printf("ticket PDF (customer copy): first %d ms, warm median %d ms, warm max %d ms%n",
                    first / 1_000_000, warm[10] / 1_000_000, warm[19] / 1_000_000);
        }
    }
}
