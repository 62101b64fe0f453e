package com.alluressories.caredesk.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A warranty policy, loaded from a policy file by {@link PolicyLoader}: its numbers, clauses and
 * findings are data; the reasoning that combines them lives in {@link #evaluate(Claim)}.
 */
public final class Policy {
    /** Flags the engine raises itself, from the sale rather than from a finding. */
    public static final String NO_PROOF_OF_PURCHASE = "NO_PROOF_OF_PURCHASE";
    public static final String FINAL_SALE = "FINAL_SALE";
    public static final String WARRANTY_EXPIRED = "WARRANTY_EXPIRED";
    /** The clause quoted when the warranty covers a manufacturing defect. */
    public static final String COVERED = "COVERED";
    static final List<String> REQUIRED_CLAUSES = List.of(COVERED, NO_PROOF_OF_PURCHASE, FINAL_SALE, WARRANTY_EXPIRED);

    private final String id;
    private final String version;
    private final int standardMonths;
    private final int extendedMonths;
    private final Set<Metal> extendedMetals;
    private final Set<Stone> extendedStones;
    private final BigDecimal finalSaleDiscount;
    private final Map<String, Clause> clauses;
    private final List<FindingGroup> groups;
    private final Map<String, FindingRule> findings;
    private final List<Clause> terms;

    Policy(String id, String version, int standardMonths, int extendedMonths, Set<Metal> extendedMetals,
           Set<Stone> extendedStones, BigDecimal finalSaleDiscount, Map<String, Clause> clauses,
           List<FindingGroup> groups, Map<String, FindingRule> findings, List<Clause> terms) {
        this.id = id;
        this.version = version;
        this.standardMonths = standardMonths;
        this.extendedMonths = extendedMonths;
        this.extendedMetals = Set.copyOf(extendedMetals);
        this.extendedStones = Set.copyOf(extendedStones);
        this.finalSaleDiscount = finalSaleDiscount;
        this.clauses = Map.copyOf(clauses);
        this.groups = List.copyOf(groups);
        this.findings = Map.copyOf(findings);
        this.terms = List.copyOf(terms);
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String label() {
        return id + "@" + version;
    }

    /** The checklist: findings grouped as the policy groups them, in the policy's order. */
    public List<FindingGroup> groups() {
        return groups;
    }

    public Optional<FindingRule> finding(String code) {
        return Optional.ofNullable(findings.get(code));
    }

    public Optional<Clause> clause(String id) {
        return Optional.ofNullable(clauses.get(id));
    }

    /** The terms a customer accepts when leaving an item for a repair. */
    public List<Clause> terms() {
        return terms;
    }

    public BigDecimal finalSaleDiscount() {
        return finalSaleDiscount;
    }

    /** The warranty's length, in months, for an item that is neither 18K gold nor set with diamonds. */
    public int standardMonths() {
        return standardMonths;
    }

    /** The longer warranty's length, in months (18K gold, diamonds). */
    public int extendedMonths() {
        return extendedMonths;
    }

    /** The metals that carry the longer warranty. */
    public Set<Metal> extendedMetals() {
        return extendedMetals;
    }

    /** The stones that carry the longer warranty. */
    public Set<Stone> extendedStones() {
        return extendedStones;
    }

    /** The warranty's length for an item, before any sale is considered. */
    public int warrantyMonths(Metal metal, Set<Stone> stones) {
        boolean extended = extendedMetals.contains(metal) || stones.stream().anyMatch(extendedStones::contains);
        return extended ? extendedMonths : standardMonths;
    }

    /** True when the discount (list − paid) / list reaches the final-sale threshold, compared exactly. */
    public boolean isFinalSale(Sale sale) {
        BigDecimal discountAmount = sale.listPrice().subtract(sale.paidPrice());
        return discountAmount.compareTo(sale.listPrice().multiply(finalSaleDiscount)) >= 0;
    }

    public Decision evaluate(Claim claim) {
        TreeMap<String, Flag> flags = new TreeMap<>();
        int months = warrantyMonths(claim.metal(), claim.stones());
        LocalDate ends = null;
        if (claim.sale().isEmpty()) {
            raise(flags, NO_PROOF_OF_PURCHASE);
        } else {
            Sale sale = claim.sale().get();
            if (isFinalSale(sale)) {
                months = 0;
                raise(flags, FINAL_SALE);
            } else {
                ends = sale.purchaseDate().plusMonths(months);
                if (claim.claimDate().isAfter(ends)) {
                    raise(flags, WARRANTY_EXPIRED);
                }
            }
        }
        boolean voided = !flags.isEmpty();

        boolean defect = false;
        boolean excluded = false;
        for (String code : claim.findings()) {
            FindingRule rule = findings.get(code);
            if (rule == null) {
                throw new InvalidClaimException("findings", "unknown finding code " + code);
            }
            defect |= rule.covered();
            Optional<String> flag = rule.flagFor(claim.stones());
            if (flag.isPresent()) {
                raise(flags, flag.get());
                rule.why().ifPresent(why -> flags.computeIfPresent(flag.get(), (c, f) -> new Flag(c, f.clause(),
                        java.util.stream.Stream.concat(f.because().stream(), java.util.stream.Stream.of(why)).toList())));
                excluded = true;
            }
        }

        Verdict verdict;
        if (voided) {
            verdict = Verdict.CHARGEABLE_REPAIR;
        } else if (defect) {
            verdict = excluded ? Verdict.PARTIAL_WARRANTY : Verdict.WARRANTY_REPAIR;
        } else {
            verdict = excluded ? Verdict.CHARGEABLE_REPAIR : Verdict.PENDING_INSPECTION;
        }
        Optional<Clause> coverage = !voided && defect ? clause(COVERED) : Optional.empty();
        List<Flag> sorted = new ArrayList<>(flags.values());
        sorted.sort(Comparator.comparing(Flag::code));
        return new Decision(verdict, months, Optional.ofNullable(ends), List.copyOf(sorted), coverage,
                id, version, claim.claimDate());
    }

    private void raise(Map<String, Flag> flags, String code) {
        Clause clause = clauses.get(code);
        // The loader guarantees every flag a finding can raise has its clause.
        flags.putIfAbsent(code, new Flag(code, clause));
    }
}
