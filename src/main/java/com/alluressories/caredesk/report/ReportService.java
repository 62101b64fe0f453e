package com.alluressories.caredesk.report;

import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reports over the tickets this PC holds (every shop's, once it has joined the chain), as of
 * today. Tickets whose history has just arrived from the chain are derived first, so a report
 * agrees with the Repair tickets list and {@code tickets}.
 */
public final class ReportService {
    private final Store store;
    private final Clock clock;
    private final Policy policy;
    private final Runnable deriveTickets;

    /**
     * @param policy        tells which clause each finding raises (the clauses that decide)
     * @param deriveTickets brings tickets up to date with events that have arrived (TicketService::deriveChanged)
     */
    public ReportService(Store store, Clock clock, Policy policy, Runnable deriveTickets) {
        this.store = store;
        this.clock = clock;
        this.policy = policy;
        this.deriveTickets = deriveTickets;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The report over the tickets in {@code scope}, as of today: the passes over tickets and
     * overrides on the store's reader, those over verdicts, clauses and products beside them on the
     * second reader (both cores), into one tally.
     */
    public Report report(ReportScope scope) {
        deriveTickets.run();
        LocalDate today = LocalDate.now(clock);
        ReportTally tally = new ReportTally(today, policy);
        CompletableFuture<Void> aside = CompletableFuture.runAsync(() -> store.readAside(c -> {
            long claimsWithTickets = ReportRepository.verdicts(c, scope, tally);
            String claims = ReportRepository.claimsOf(c, scope, claimsWithTickets);
            ReportRepository.clauses(c, scope, claims, tally);
            ReportRepository.products(c, scope, claims, tally);
            return null;
        }));
        return store.read(c -> {
            ReportRepository.tickets(c, scope, today, tally);
            ReportRepository.overridesBy(c, scope, tally);
            join(aside);
            List<String> shops = scope.shops().isEmpty() ? ReportRepository.shops(c)
                    : scope.shops().stream().sorted().toList();
            return tally.report(scope, shops);
        });
    }

    /** The most tickets a figure's list shows at once. */
    public static final int BEHIND_LIMIT = 500;

    /** The tickets in {@code scope} behind one figure of its report, newest first (at most {@link #BEHIND_LIMIT}). */
    public TicketsBehind ticketsBehind(ReportScope scope, Figure figure) {
        LocalDate today = LocalDate.now(clock);
        ReportRepository.Where clause = ReportRepository.clause(figure.code(), policy);
        return store.read(c -> ReportRepository.behind(c, scope, figure, today, BEHIND_LIMIT, clause));
    }
}
