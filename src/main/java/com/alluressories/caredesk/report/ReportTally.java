package com.alluressories.caredesk.report;

import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.ticket.TicketState;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds tickets up into a {@link Report}: one at a time, or as groups of alike tickets counted by
 * the store (a chain's history never sits in memory as rows). Pure: the same tickets and day give
 * the same report.
 */
public final class ReportTally {
    private final LocalDate today;
    private long opened;
    private final Map<String, Long> verdicts = new HashMap<>();
    private final Map<String, Long> states = new HashMap<>();
    private long overdue;
    private final Days intakeToReady = new Days();
    private final Days readyToCollected = new Days();
    private final Map<String, Long> findings = new HashMap<>();
    private long overrides;
    private long accepted;
    private long declined;
    private long waiting;
    private long charges;
    private final Map<String, long[]> ageing = new HashMap<>();

    public ReportTally(LocalDate today) {
        this.today = today;
    }

    /** Adds one ticket. */
    public void add(TicketFacts t) {
        addTickets(t.state(), t.quoteDecision(), t.quoteCents().isPresent(), 1, t.finalChargeCents().orElse(0),
                t.overdue(today) ? 1 : 0);
        addClaims(t.verdict(), t.overridden(), t.findings(), 1);
        t.ready().ifPresent(ready -> addTurnaround(t.opened().toLocalDate(), ready.toLocalDate(),
                t.collected().map(java.time.LocalDateTime::toLocalDate), 1));
        addOpen(t.state(), t.lastStep().toLocalDate(), 1);
    }

    /**
     * Adds {@code n} tickets alike in where they stand and their quote, with their final charges
     * summed and how many of them are overdue.
     */
    public void addTickets(String state, Optional<String> quoteDecision, boolean quoted, long n, long chargesCents,
                           long overdueCount) {
        addStates(state, n);
        addOverdue(overdueCount);
        boolean declinedQuote = quoteDecision.filter("DECLINED"::equals).isPresent();
        addQuotes(quoteDecision.isPresent() && !declinedQuote ? n : 0, declinedQuote ? n : 0,
                quoteDecision.isEmpty() && quoted ? n : 0, chargesCents);
    }

    /** Adds {@code n} tickets in a state. Every ticket is added here once: this counts them. */
    public void addStates(String state, long n) {
        opened += n;
        states.merge(state, n, Long::sum);
    }

    public void addOverdue(long n) {
        overdue += n;
    }

    /** Adds quotes accepted, declined and waiting for an answer, and final charges. */
    public void addQuotes(long acceptedQuotes, long declinedQuotes, long waitingQuotes, long chargesCents) {
        accepted += acceptedQuotes;
        declined += declinedQuotes;
        waiting += waitingQuotes;
        charges += chargesCents;
    }

    /** Adds the claims of {@code n} tickets alike in their final verdict, override and findings. */
    public void addClaims(String verdict, boolean overridden, List<String> findingCodes, long n) {
        addVerdicts(verdict, n);
        addFindings(findingCodes, n);
        if (overridden) {
            addOverrides(n);
        }
    }

    public void addVerdicts(String verdict, long n) {
        verdicts.merge(verdict, n, Long::sum);
    }

    public void addOverrides(long n) {
        overrides += n;
    }

    /** Adds {@code n} claims with these findings (each code once). */
    public void addFindings(List<String> findingCodes, long n) {
        for (String finding : findingCodes) {
            findings.merge(finding, n, Long::sum);
        }
    }

    /** Adds {@code n} tickets that took these whole days from opening to ready and (if collected) to collection. */
    public void addTurnaroundDays(long toReady, java.util.OptionalLong toCollected, long n) {
        intakeToReady.add(toReady, n);
        toCollected.ifPresent(days -> readyToCollected.add(days, n));
    }

    /** Adds {@code n} tickets opened, first ready, and (if so) collected on these days: their turnaround. */
    public void addTurnaround(LocalDate openedOn, LocalDate readyOn, Optional<LocalDate> collectedOn, long n) {
        intakeToReady.add(ChronoUnit.DAYS.between(openedOn, readyOn), n);
        collectedOn.ifPresent(c -> readyToCollected.add(ChronoUnit.DAYS.between(readyOn, c), n));
    }

    /** Adds {@code n} tickets in a state whose last step was on a day: open ones age, closed ones do not. */
    public void addOpen(String state, LocalDate lastStepOn, long n) {
        if (state.equals("COLLECTED") || state.equals("DISPOSED")) {
            return;
        }
        long days = ChronoUnit.DAYS.between(lastStepOn, today);
        int bucket = 0;
        while (bucket < Report.AGE_LIMITS.length && days > Report.AGE_LIMITS[bucket]) {
            bucket++;
        }
        ageing.computeIfAbsent(state, s -> new long[Report.AGE_LIMITS.length + 1])[bucket] += n;
    }

    public Report report(ReportScope scope, List<String> shops) {
        List<Report.Count> found = new ArrayList<>();
        findings.forEach((code, count) -> found.add(new Report.Count(code, count)));
        found.sort(Comparator.comparingLong(Report.Count::count).reversed().thenComparing(Report.Count::code));
        return new Report(scope.from(), scope.to(), List.copyOf(shops), opened,
                inOrder(verdicts, Arrays.stream(Verdict.values()).map(Enum::name).toList()),
                inOrder(states, Arrays.stream(TicketState.values()).map(Enum::name).toList()), overdue,
                intakeToReady.percentile(0.5), intakeToReady.percentile(0.9), readyToCollected.percentile(0.5),
                List.copyOf(found), overrides, accepted, declined, waiting, charges,
                inOrder(ageing, Arrays.stream(TicketState.values()).map(Enum::name).toList()).entrySet().stream()
                        .map(e -> new Report.Ageing(e.getKey(), Arrays.stream(e.getValue()).boxed().toList())).toList());
    }

    /** The codes that occur, in the order given, then any other code in alphabetical order. */
    private static <V> Map<String, V> inOrder(Map<String, V> counts, List<String> order) {
        Map<String, V> sorted = new LinkedHashMap<>();
        for (String code : order) {
            if (counts.containsKey(code)) {
                sorted.put(code, counts.get(code));
            }
        }
        counts.keySet().stream().filter(code -> !sorted.containsKey(code)).sorted()
                .forEach(code -> sorted.put(code, counts.get(code)));
        return sorted;
    }

    /** Whole days, as how many tickets took each. */
    private static final class Days {
        private final java.util.TreeMap<Integer, Long> counts = new java.util.TreeMap<>();

        void add(long days, long n) {
            counts.merge((int) days, n, Long::sum);
        }

        java.util.OptionalDouble percentile(double p) {
            return Percentile.of(counts, p);
        }
    }
}
