package com.alluressories.caredesk.store;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.ticket.Ticket;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The child JVM of the crash test: takes claims in and opens tickets through the real services as
 * fast as it can, printing each ticket number only after its transaction has committed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try (Services services = Services.openForCommandLine(Path.of(args[0]))) {
            LocalDate promised = LocalDate.now(services.clock()).plusDays(7);
            // Nothing is taken in without a shop code: this run's shop is the one its tickets carry.
            if (!services.shop().shopCode().map(args[1]::equals).orElse(false)) {
                services.shop().setUpRealShop(new com.alluressories.caredesk.shop.ShopProfile(args[1], "Crash test shop",
                        "1 Test Road", "21234567"));
            }
            for (int i = 0; ; i++) {
                ClaimSummary claim = services.claims().save(new ClaimDraft(Optional.empty(), Optional.empty(),
                        Optional.empty(), "Crash test ring " + i, Optional.empty(), Metal.SILVER, Set.of(),
                        "陳大文", "91234567", "Clasp broken", "", Set.of("MANUFACTURING_DEFECT"), List.of(),
                        Optional.empty(), true));
                Ticket ticket = services.tickets().open(claim, args[1], promised);
                out.println(ticket.ticketNo() + " " + claim.id());
                out.flush();
            }
        }
    }
}
