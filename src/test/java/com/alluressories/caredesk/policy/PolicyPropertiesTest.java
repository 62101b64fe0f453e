package com.alluressories.caredesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants that must hold for any item, sale and finding, not only the examples. */
class PolicyPropertiesTest {
    static final Policy POLICY = PolicyLoader.bundled();
    static final List<String> FINDINGS = POLICY.groups().stream().flatMap(g -> g.findings().stream())
            .map(FindingRule::code).toList();
    static final Set<String> EXCLUSIONS = Set.of("WEAR_AND_TEAR", "MISUSE", "TARNISHING", "GEMSTONE_LOSS",
            "NATURAL_GEMSTONE_DEFECT", Policy.FINAL_SALE, Policy.WARRANTY_EXPIRED, Policy.NO_PROOF_OF_PURCHASE);

    @Provide
    Arbitrary<Claim> claims() {
        Arbitrary<Metal> metal = Arbitraries.of(Metal.class);
        Arbitrary<Set<Stone>> stones = Arbitraries.of(Stone.class).set().ofMaxSize(3);
        Arbitrary<LocalDate> purchase = Arbitraries.longs().between(0, 3650)
                .map(d -> LocalDate.of(2018, 1, 1).plusDays(d));
        Arbitrary<Long> waited = Arbitraries.longs().between(0, 1200);
        Arbitrary<BigDecimal> list = Arbitraries.longs().between(1, 5_000_000).map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<Integer> paidPercent = Arbitraries.integers().between(0, 100);
        Arbitrary<Set<String>> findings = Arbitraries.of(FINDINGS).set().ofMaxSize(5);
        Arbitrary<Boolean> receipt = Arbitraries.of(true, true, true, false);
        return Combinators.combine(metal, stones, purchase, waited, list, paidPercent, findings, receipt)
                .as((m, s, p, w, l, pct, f, r) -> {
                    BigDecimal paid = l.multiply(BigDecimal.valueOf(pct)).divide(BigDecimal.valueOf(100), 2,
                            java.math.RoundingMode.DOWN);
                    Optional<Sale> sale = r ? Optional.of(new Sale(p, l, paid)) : Optional.empty();
                    return new Claim(m, s.isEmpty() ? EnumSet.noneOf(Stone.class) : EnumSet.copyOf(s), sale,
                            p.plusDays(w), f);
                });
    }

    @Property
    void anExclusionFlagNeverYieldsAWarrantyRepair(@ForAll("claims") Claim claim) {
        Decision d = POLICY.evaluate(claim);
        if (d.flagCodes().stream().anyMatch(EXCLUSIONS::contains)) {
            assertThat(d.verdict()).isNotEqualTo(Verdict.WARRANTY_REPAIR);
        }
        if (d.verdict() == Verdict.WARRANTY_REPAIR) {
            assertThat(d.flags()).isEmpty();
        }
    }

    @Property
    void aLaterClaimDateNeverTurnsAnExpiredWarrantyBackOn(@ForAll("claims") Claim claim,
                                                          @ForAll @LongRange(min = 1, max = 4000) long later) {
        Decision first = POLICY.evaluate(claim);
        Claim afterwards = new Claim(claim.metal(), claim.stones(), claim.sale(), claim.claimDate().plusDays(later),
                claim.findings());
        Decision second = POLICY.evaluate(afterwards);
        if (first.hasFlag(Policy.WARRANTY_EXPIRED)) {
            assertThat(second.hasFlag(Policy.WARRANTY_EXPIRED)).isTrue();
            assertThat(second.verdict()).isEqualTo(Verdict.CHARGEABLE_REPAIR);
        }
    }

    @Property
    void aLargerDiscountNeverRestoresAWarranty(@ForAll("claims") Claim claim,
                                               @ForAll @IntRange(min = 1, max = 100_000) int moreOffCents) {
        if (claim.sale().isEmpty()) {
            return;
        }
        Sale sale = claim.sale().get();
        BigDecimal lower = sale.paidPrice().subtract(BigDecimal.valueOf(moreOffCents, 2)).max(BigDecimal.ZERO);
        Decision before = POLICY.evaluate(claim);
        Decision after = POLICY.evaluate(new Claim(claim.metal(), claim.stones(),
                Optional.of(new Sale(sale.purchaseDate(), sale.listPrice(), lower)), claim.claimDate(), claim.findings()));
        if (before.hasFlag(Policy.FINAL_SALE)) {
            assertThat(after.hasFlag(Policy.FINAL_SALE)).isTrue();
        }
        assertThat(after.warrantyMonths()).isLessThanOrEqualTo(before.warrantyMonths());
        if (before.verdict() == Verdict.CHARGEABLE_REPAIR) {
            assertThat(after.verdict()).isEqualTo(Verdict.CHARGEABLE_REPAIR);
        }
    }

    @Property
    void flagsAreSortedAndUnique(@ForAll("claims") Claim claim) {
        List<String> codes = POLICY.evaluate(claim).flagCodes();
        assertThat(codes).isSorted().doesNotHaveDuplicates();
    }
}
