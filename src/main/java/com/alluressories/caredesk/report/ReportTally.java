package com.alluressories.caredesk.report;

import com.alluressories.caredesk.policy.FindingRule;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.ticket.TicketState;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adds tickets up into a {@link Report}: one at a time ({@link #add}), or as groups of alike
 * tickets counted by the store (a chain's history never sits in memory as rows). Pure: the same
 * tickets, day and policy give the same report. The clauses that decided a claim are worked out
 * from its findings and stones with the policy's rules, and from the sale (no proof of purchase,
 * final sale, warranty over). Safe to add to from the two readers a report runs on at once.
 */
public final class ReportTally {
    private final LocalDate today;
    private final Policy policy;
    /** The findings the warranty covers, read from the policy once. */
    private final List<String> covered;
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
    private final Map<YearMonth, SliceTally> months = new TreeMap<>();
    private final Map<String, SliceTally> shops = new TreeMap<>();
    private final Map<List<String>, Long> overridesBy = new HashMap<>();
    private final Map<String, Long> exclusions = new HashMap<>();
    private final Map<String, Long> metals = new HashMap<>();
    private final Map<String, Long> stones = new HashMap<>();
    private final Map<String, ProductTally> products = new HashMap<>();

    public ReportTally(LocalDate today, Policy policy) {
        this.today = today;
        this.policy = policy;
        this.covered = policy.groups().stream().flatMap(g -> g.findings().stream()).filter(FindingRule::covered)
                .map(FindingRule::code).toList();
    }

    /** Adds one ticket, as every grouped count below would. */
    public void add(TicketFacts t) {
        YearMonth month = YearMonth.from(t.opened());
        addStates(t.state(), 1);
        addOverdue(t.overdue(today) ? 1 : 0);
        boolean declinedQuote = t.quoteDecision().filter("DECLINED"::equals).isPresent();
        addMoney(month, t.shopCode(), 1, t.quoteDecision().isPresent() && !declinedQuote ? 1 : 0, declinedQuote ? 1 : 0,
                t.quoteDecision().isEmpty() && t.quoteCents().isPresent() ? 1 : 0, t.finalChargeCents().orElse(0));
        addVerdicts(month, t.shopCode(), t.verdict(), 1);
        if (t.overridden()) {
            addOverrides(month, t.shopCode(), 1);
        }
        TicketFacts.Piece p = t.piece();
        addClauses(p.metal(), p.stones(), t.findings(), p.saleFlag(), 1);
        addProduct(p.sku(), p.description(), 1, t.findings().stream().anyMatch(covered::contains) ? 1 : 0);
        if (t.overridden()) {
            p.overrideBy().ifPresent(manager -> addOverridesBy(manager, p.policyVerdict(), t.verdict(), 1));
        }
        t.ready().ifPresent(ready -> {
            long toReady = ChronoUnit.DAYS.between(t.opened().toLocalDate(), ready.toLocalDate());
            OptionalLong toCollected = t.collected().map(c -> OptionalLong.of(ChronoUnit.DAYS.between(
                    ready.toLocalDate(), c.toLocalDate()))).orElse(OptionalLong.empty());
            addMonthTurnaround(month, toReady, toCollected, 1);
            addShopTurnaround(t.shopCode(), toReady, toCollected, 1);
        });
        addOpen(t.state(), t.lastStep().toLocalDate(), 1);
    }

    /** Adds {@code n} tickets in a state. Every ticket is added here once: this counts them. */
    public synchronized void addStates(String state, long n) {
        opened += n;
        states.merge(state, n, Long::sum);
    }

    public synchronized void addOverdue(long n) {
        overdue += n;
    }

    /**
     * Adds {@code n} tickets opened in a month at a shop, with their quotes accepted, declined and
     * waiting for an answer, and their final charges summed.
     */
    public synchronized void addMoney(YearMonth month, String shop, long n, long acceptedQuotes, long declinedQuotes,
                         long waitingQuotes, long chargesCents) {
        accepted += acceptedQuotes;
        declined += declinedQuotes;
        waiting += waitingQuotes;
        charges += chargesCents;
        for (SliceTally slice : List.of(month(month), shop(shop))) {
            slice.opened += n;
            slice.accepted += acceptedQuotes;
            slice.declined += declinedQuotes;
            slice.charges += chargesCents;
        }
    }

    /** Adds {@code n} claims with this final verdict, of tickets opened in a month at a shop. */
    public synchronized void addVerdicts(YearMonth month, String shop, String verdict, long n) {
        verdicts.merge(verdict, n, Long::sum);
        month(month).verdicts.merge(verdict, n, Long::sum);
        shop(shop).verdicts.merge(verdict, n, Long::sum);
    }

    /** Adds {@code n} claims a manager overrode, of tickets opened in a month at a shop. */
    public synchronized void addOverrides(YearMonth month, String shop, long n) {
        overrides += n;
        month(month).overrides += n;
        shop(shop).overrides += n;
    }

    /**
     * Adds {@code n} claims alike in their piece's metal and stones, their findings (each code once)
     * and the clause their sale raised: the findings, the clauses that decided, metals and stones.
     */
    public synchronized void addClauses(String metal, List<String> stoneCodes, List<String> findingCodes, Optional<String> saleFlag,
                           long n) {
        Set<Stone> set = EnumSet.noneOf(Stone.class);
        for (String code : stoneCodes) {
            Stone.fromCode(code).ifPresent(set::add);
            stones.merge(code, n, Long::sum);
        }
        metals.merge(metal, n, Long::sum);
        Set<String> flags = new java.util.TreeSet<>();
        saleFlag.ifPresent(flags::add);
        for (String code : findingCodes) {
            findings.merge(code, n, Long::sum);
            policy.finding(code).flatMap(r -> r.flagFor(set)).ifPresent(flags::add);
        }
        for (String flag : flags) {
            exclusions.merge(flag, n, Long::sum);
        }
    }

    /**
     * Adds {@code n} claims on one product (no SKU: empty), {@code defects} of them with a
     * manufacturing defect ticked; its description is the first in alphabetical order.
     */
    public synchronized void addProduct(Optional<String> sku, String description, long n, long defects) {
        ProductTally product = products.computeIfAbsent(sku.orElse(""), s -> new ProductTally(description));
        if (description.compareTo(product.description) < 0) {
            product.description = description;
        }
        product.count += n;
        product.defects += defects;
    }

    /** Adds {@code n} claims a manager overrode from the policy's verdict to their own. */
    public synchronized void addOverridesBy(String manager, String policyVerdict, String finalVerdict, long n) {
        overridesBy.merge(List.of(manager, policyVerdict, finalVerdict), n, Long::sum);
    }

    /** The findings the warranty covers (manufacturing defects): a product's tickets with one of these count as defects. */
    public List<String> coveredFindings() {
        return covered;
    }

    /** Adds {@code n} tickets opened in a month that took these whole days to ready and (if collected) to collection. */
    public synchronized void addMonthTurnaround(YearMonth month, long toReady, OptionalLong toCollected, long n) {
        intakeToReady.add(toReady, n);
        toCollected.ifPresent(days -> readyToCollected.add(days, n));
        month(month).add(toReady, toCollected, n);
    }

    /** Adds {@code n} tickets opened at a shop that took these whole days (counted for the whole report by month). */
    public synchronized void addShopTurnaround(String shop, long toReady, OptionalLong toCollected, long n) {
        shop(shop).add(toReady, toCollected, n);
    }

    /** Adds {@code n} tickets in a state whose last step was on a day: open ones age, closed ones do not. */
    public synchronized void addOpen(String state, LocalDate lastStepOn, long n) {
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

    public synchronized Report report(ReportScope scope, List<String> shopCodes) {
        List<String> verdictOrder = Arrays.stream(Verdict.values()).map(Enum::name).toList();
        List<Report.Slice> byMonth = new ArrayList<>();
        months.forEach((month, slice) -> byMonth.add(slice.slice(month.toString(), verdictOrder)));
        List<Report.Slice> byShop = new ArrayList<>();
        shops.forEach((shop, slice) -> byShop.add(slice.slice(shop, verdictOrder)));
        List<Report.OverrideCount> byManager = new ArrayList<>();
        overridesBy.forEach((key, count) -> byManager.add(new Report.OverrideCount(key.get(0), key.get(1), key.get(2),
                count)));
        byManager.sort(Comparator.comparingLong(Report.OverrideCount::count).reversed()
                .thenComparing(Report.OverrideCount::manager).thenComparing(Report.OverrideCount::from)
                .thenComparing(Report.OverrideCount::to));
        List<Report.Product> back = new ArrayList<>();
        products.forEach((sku, p) -> back.add(new Report.Product(sku, p.description, p.count, p.defects)));
        back.sort(Comparator.comparingLong(Report.Product::count).reversed()
                .thenComparing(Comparator.comparingLong(Report.Product::defects).reversed())
                .thenComparing(Report.Product::sku));
        return new Report(scope.from(), scope.to(), List.copyOf(shopCodes), opened,
                inOrder(verdicts, verdictOrder),
                inOrder(states, Arrays.stream(TicketState.values()).map(Enum::name).toList()), overdue,
                intakeToReady.percentile(0.5), intakeToReady.percentile(0.9), readyToCollected.percentile(0.5),
                mostFirst(findings), overrides, accepted, declined, waiting, charges,
                inOrder(ageing, Arrays.stream(TicketState.values()).map(Enum::name).toList()).entrySet().stream()
                        .map(e -> new Report.Ageing(e.getKey(), Arrays.stream(e.getValue()).boxed().toList())).toList(),
                List.copyOf(byMonth), List.copyOf(byShop), List.copyOf(byManager), mostFirst(exclusions),
                mostFirst(metals), mostFirst(stones), List.copyOf(back));
    }

    private SliceTally month(YearMonth month) {
        return months.computeIfAbsent(month, m -> new SliceTally());
    }

    private SliceTally shop(String shop) {
        return shops.computeIfAbsent(shop, s -> new SliceTally());
    }

    /** The codes and their counts, the most frequent first, then by code. */
    private static List<Report.Count> mostFirst(Map<String, Long> counts) {
        List<Report.Count> out = new ArrayList<>();
        counts.forEach((code, count) -> out.add(new Report.Count(code, count)));
        out.sort(Comparator.comparingLong(Report.Count::count).reversed().thenComparing(Report.Count::code));
        return List.copyOf(out);
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

    /** One month's or one shop's figures as they add up. */
    private static final class SliceTally {
        long opened;
        final Map<String, Long> verdicts = new HashMap<>();
        long overrides;
        final Days toReady = new Days();
        final Days toCollected = new Days();
        long accepted;
        long declined;
        long charges;

        void add(long ready, OptionalLong collected, long n) {
            toReady.add(ready, n);
            collected.ifPresent(days -> toCollected.add(days, n));
        }

        Report.Slice slice(String key, List<String> verdictOrder) {
            return new Report.Slice(key, opened, inOrder(verdicts, verdictOrder), overrides, toReady.percentile(0.5),
                    toReady.percentile(0.9), toCollected.percentile(0.5), accepted, declined, charges);
        }
    }

    private static final class ProductTally {
        String description;
        long count;
        long defects;

        ProductTally(String description) {
            this.description = description;
        }
    }

    /** Whole days, as how many tickets took each. */
    private static final class Days {
        private final TreeMap<Integer, Long> counts = new TreeMap<>();

        void add(long days, long n) {
            counts.merge((int) days, n, Long::sum);
        }

        OptionalDouble percentile(double p) {
            return Percentile.of(counts, p);
        }
    }
}
