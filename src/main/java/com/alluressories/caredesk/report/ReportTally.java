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

/**
 * Adds tickets up into a {@link Report}, one at a time (a chain's history need not fit in memory
 * as rows). Pure: the same tickets and day give the same report.
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

    public void add(TicketFacts t) {
        opened++;
        verdicts.merge(t.verdict(), 1L, Long::sum);
        states.merge(t.state(), 1L, Long::sum);
        if (t.overdue(today)) {
            overdue++;
        }
        t.ready().ifPresent(ready -> {
            intakeToReady.add(ChronoUnit.DAYS.between(t.opened().toLocalDate(), ready.toLocalDate()));
            t.collected().ifPresent(collected ->
                    readyToCollected.add(ChronoUnit.DAYS.between(ready.toLocalDate(), collected.toLocalDate())));
        });
        for (String finding : t.findings()) {
            findings.merge(finding, 1L, Long::sum);
        }
        if (t.overridden()) {
            overrides++;
        }
        if (t.quoteDecision().isPresent()) {
            if (t.quoteDecision().get().equals("DECLINED")) {
                declined++;
            } else {
                accepted++;
            }
        } else if (t.quoteCents().isPresent()) {
            waiting++;
        }
        charges += t.finalChargeCents().orElse(0);
        if (!t.state().equals("COLLECTED") && !t.state().equals("DISPOSED")) { // closed tickets do not age
            long days = ChronoUnit.DAYS.between(t.lastStep().toLocalDate(), today);
            int bucket = 0;
            while (bucket < Report.AGE_LIMITS.length && days > Report.AGE_LIMITS[bucket]) {
                bucket++;
            }
            ageing.computeIfAbsent(t.state(), s -> new long[Report.AGE_LIMITS.length + 1])[bucket]++;
        }
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

    /** A growing list of whole days. */
    private static final class Days {
        private int[] values = new int[64];
        private int count;

        void add(long days) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = (int) days;
        }

        java.util.OptionalDouble percentile(double p) {
            return Percentile.of(values, count, p);
        }
    }
}
