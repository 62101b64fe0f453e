package com.alluressories.caredesk.report;

import com.alluressories.caredesk.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reports over the tickets this PC holds (every shop's, once it has joined the chain), as of
 * today. Tickets whose history has just arrived from the chain are derived first, so a report
 * agrees with the Repair tickets list and {@code tickets}.
 */
public final class ReportService {
    private final Store store;
    private final Clock clock;
    private final Runnable deriveTickets;

    /** @param deriveTickets brings tickets up to date with events that have arrived (TicketService::deriveChanged) */
    public ReportService(Store store, Clock clock, Runnable deriveTickets) {
        this.store = store;
        this.clock = clock;
        this.deriveTickets = deriveTickets;
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    public Report report(ReportScope scope) {
        deriveTickets.run();
        LocalDate today = LocalDate.now(clock);
        // The claims' pass (the one join) on the second reader, beside the tickets' passes: both cores.
        java.util.concurrent.CompletableFuture<ReportRepository.ClaimCounts> claims =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> store.readAside(c -> ReportRepository.claims(c,
                        scope)));
        return store.read(c -> {
            ReportTally tally = new ReportTally(today);
            ReportRepository.tickets(c, scope, today, tally);
            ReportRepository.add(join(claims), tally);
            List<String> shops = scope.shops().isEmpty() ? ReportRepository.shops(c)
                    : scope.shops().stream().sorted().toList();
            return tally.report(scope, shops);
        });
    }
}
