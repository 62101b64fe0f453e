package com.alluressories.caredesk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled Alluressories policy, clause by clause and at every boundary. */
class PolicyTest {
    static final Policy POLICY = PolicyLoader.bundled();

    static Claim claim(String metal, String stones, String purchase, String claimDate, String list, String paid,
                       String findings) {
        Set<Stone> stoneSet = EnumSet.noneOf(Stone.class);
        if (stones != null && !stones.isBlank()) {
            Arrays.stream(stones.split(";")).map(s -> Stone.fromCode(s).orElseThrow()).forEach(stoneSet::add);
        }
        Set<String> findingSet = new LinkedHashSet<>();
        if (findings != null && !findings.isBlank()) {
            findingSet.addAll(Arrays.asList(findings.split(";")));
        }
        Optional<Sale> sale = purchase == null ? Optional.empty()
                : Optional.of(new Sale(LocalDate.parse(purchase), new BigDecimal(list), new BigDecimal(paid)));
        return new Claim(Metal.fromCode(metal).orElseThrow(), stoneSet, sale, LocalDate.parse(claimDate), findingSet);
    }

    static Decision evaluate(String metal, String stones, String purchase, String claimDate, String list, String paid,
                             String findings) {
        return POLICY.evaluate(claim(metal, stones, purchase, claimDate, list, paid, findings));
    }

    @ParameterizedTest(name = "{0} with [{1}] has {2} months")
    @CsvSource({
        "18K_GOLD,,24", "18K_GOLD,PEARL,24", "SILVER,DIAMOND,24", "PLATED,DIAMOND;SYNTHETIC_STONE,24",
        "14K_GOLD,,3", "SILVER,PEARL,3", "SILVER,NATURAL_GEMSTONE,3", "PLATED,,3", "STAINLESS_STEEL,,3",
        "OTHER,SYNTHETIC_STONE,3", "14K_GOLD,NATURAL_GEMSTONE;PEARL,3",
    })
    void warrantyClassIsTwoYearsFor18kGoldOrDiamondsOtherwiseThreeMonths(String metal, String stones, int months) {
        Decision d = evaluate(metal, stones, "2026-01-10", "2026-01-11", "1000", "1000", "");
        assertThat(d.warrantyMonths()).isEqualTo(months);
        assertThat(d.warrantyEnds()).contains(LocalDate.parse("2026-01-10").plusMonths(months));
    }

    @ParameterizedTest(name = "{0} bought {1}, claimed {3}: ends {2}, expired={4}")
    @CsvSource({
        // month ends: java.time clamps to the last day of the shorter month
        "SILVER,2026-01-31,2026-04-30,2026-04-30,false",
        "SILVER,2026-01-31,2026-04-30,2026-05-01,true",
        "SILVER,2025-11-30,2026-02-28,2026-02-28,false",
        "SILVER,2025-11-30,2026-02-28,2026-03-01,true",
        // leap days
        "SILVER,2023-11-30,2024-02-29,2024-02-29,false",
        "SILVER,2023-11-30,2024-02-29,2024-03-01,true",
        "SILVER,2024-02-29,2024-05-29,2024-05-29,false",
        "18K_GOLD,2024-02-29,2026-02-28,2026-02-28,false",
        "18K_GOLD,2024-02-29,2026-02-28,2026-03-01,true",
        "18K_GOLD,2026-02-28,2028-02-28,2028-02-29,true",
        // the day of purchase and a normal day
        "PLATED,2026-03-15,2026-06-15,2026-03-15,false",
        "PLATED,2026-03-15,2026-06-15,2026-06-16,true",
        // year end
        "SILVER,2025-12-31,2026-03-31,2026-03-31,false",
        "SILVER,2025-12-31,2026-03-31,2026-04-01,true",
    })
    void theWarrantyCoversItsLastDayAndEndsTheDayAfter(String metal, String purchase, String ends, String claimDate,
                                                      boolean expired) {
        Decision d = evaluate(metal, "", purchase, claimDate, "1000", "1000", "MANUFACTURING_DEFECT");
        assertThat(d.warrantyEnds()).contains(LocalDate.parse(ends));
        assertThat(d.hasFlag(Policy.WARRANTY_EXPIRED)).isEqualTo(expired);
        assertThat(d.verdict()).isEqualTo(expired ? Verdict.CHARGEABLE_REPAIR : Verdict.WARRANTY_REPAIR);
    }

    @ParameterizedTest(name = "list {0}, paid {1}: final sale = {2}")
    @CsvSource({
        "1000.00,600.00,true", "1000.00,600.01,false", "1000.00,599.99,true",
        "1280,768,true", "1280,768.01,false", "1280,767.99,true",
        "999.99,599.99,true", "999.99,600.00,false",
        "1000,0,true", "1000,1000,false", "1000,900,false", "0.03,0.02,false", "0.05,0.03,true",
    })
    void aDiscountOfFortyPercentOrMoreIsAFinalSaleComparedExactly(String list, String paid, boolean finalSale) {
        Decision d = evaluate("18K_GOLD", "", "2026-01-10", "2026-02-01", list, paid, "MANUFACTURING_DEFECT");
        assertThat(d.hasFlag(Policy.FINAL_SALE)).isEqualTo(finalSale);
        if (finalSale) {
            assertThat(d.warrantyMonths()).isZero();
            assertThat(d.warrantyEnds()).isEmpty();
            assertThat(d.verdict()).isEqualTo(Verdict.CHARGEABLE_REPAIR);
        } else {
            assertThat(d.warrantyMonths()).isEqualTo(24);
            assertThat(d.verdict()).isEqualTo(Verdict.WARRANTY_REPAIR);
        }
    }

    @Test
    void aFinalSaleIsNeverAlsoExpired() {
        Decision d = evaluate("SILVER", "", "2020-01-01", "2026-01-01", "1000", "500", "");
        assertThat(d.flagCodes()).containsExactly(Policy.FINAL_SALE);
        assertThat(d.warrantyMonths()).isZero();
        assertThat(d.warrantyEnds()).isEmpty();
        assertThat(d.verdict()).isEqualTo(Verdict.CHARGEABLE_REPAIR);
    }

    @Test
    void withoutProofOfPurchaseTheClassIsReportedButNoEndDateNorSaleFlags() {
        Decision d = evaluate("18K_GOLD", "DIAMOND", null, "2026-01-01", null, null, "MANUFACTURING_DEFECT");
        assertThat(d.flagCodes()).containsExactly(Policy.NO_PROOF_OF_PURCHASE);
        assertThat(d.warrantyMonths()).isEqualTo(24);
        assertThat(d.warrantyEnds()).isEmpty();
        assertThat(d.verdict()).isEqualTo(Verdict.CHARGEABLE_REPAIR);
        assertThat(d.coverage()).isEmpty();
    }

    @ParameterizedTest(name = "{0} on {1} [{2}] -> {3} {4}")
    @CsvSource({
        "MANUFACTURING_DEFECT,SILVER,,WARRANTY_REPAIR,''",
        "WORN_PRONG,SILVER,,CHARGEABLE_REPAIR,WEAR_AND_TEAR",
        "WORN_CHAIN,SILVER,,CHARGEABLE_REPAIR,WEAR_AND_TEAR",
        "GENERAL_WEAR,SILVER,,CHARGEABLE_REPAIR,WEAR_AND_TEAR",
        "CHEMICAL_EXPOSURE,SILVER,,CHARGEABLE_REPAIR,MISUSE",
        "NO_MAINTENANCE,SILVER,,CHARGEABLE_REPAIR,MISUSE",
        "PHYSICAL_DAMAGE,SILVER,,CHARGEABLE_REPAIR,MISUSE",
        "POLISH_SOAK,SILVER,,PENDING_INSPECTION,''",
        "POLISH_SOAK,SILVER,DIAMOND,PENDING_INSPECTION,''",
        "POLISH_SOAK,SILVER,SYNTHETIC_STONE,PENDING_INSPECTION,''",
        "POLISH_SOAK,SILVER,PEARL,CHARGEABLE_REPAIR,MISUSE",
        "POLISH_SOAK,SILVER,NATURAL_GEMSTONE,CHARGEABLE_REPAIR,MISUSE",
        "POLISH_SOAK,14K_GOLD,DIAMOND;PEARL,CHARGEABLE_REPAIR,MISUSE",
        "TARNISH,PLATED,,CHARGEABLE_REPAIR,TARNISHING",
        "STONE_LOST,SILVER,NATURAL_GEMSTONE,CHARGEABLE_REPAIR,GEMSTONE_LOSS",
        "NATURAL_STONE_FLAW,SILVER,NATURAL_GEMSTONE,CHARGEABLE_REPAIR,NATURAL_GEMSTONE_DEFECT",
        "'',SILVER,,PENDING_INSPECTION,''",
    })
    void eachFindingAloneRaisesItsFlag(String finding, String metal, String stones, Verdict verdict, String flags) {
        Decision d = evaluate(metal, stones, "2026-01-10", "2026-02-01", "1000", "1000", finding);
        assertThat(d.verdict()).isEqualTo(verdict);
        assertThat(String.join(";", d.flagCodes())).isEqualTo(flags);
    }

    @ParameterizedTest(name = "[{0}] -> {1} {2}")
    @CsvSource({
        "MANUFACTURING_DEFECT;POLISH_SOAK,PARTIAL_WARRANTY,MISUSE",
        "MANUFACTURING_DEFECT;STONE_LOST,PARTIAL_WARRANTY,GEMSTONE_LOSS",
        "MANUFACTURING_DEFECT;NATURAL_STONE_FLAW,PARTIAL_WARRANTY,NATURAL_GEMSTONE_DEFECT",
        "MANUFACTURING_DEFECT;WORN_PRONG;WORN_CHAIN;GENERAL_WEAR,PARTIAL_WARRANTY,WEAR_AND_TEAR",
        "WORN_PRONG;WORN_CHAIN,CHARGEABLE_REPAIR,WEAR_AND_TEAR",
        "TARNISH;STONE_LOST;CHEMICAL_EXPOSURE,CHARGEABLE_REPAIR,GEMSTONE_LOSS;MISUSE;TARNISHING",
        "MANUFACTURING_DEFECT;TARNISH;WORN_PRONG;PHYSICAL_DAMAGE;NATURAL_STONE_FLAW,PARTIAL_WARRANTY,"
                + "MISUSE;NATURAL_GEMSTONE_DEFECT;TARNISHING;WEAR_AND_TEAR",
        "POLISH_SOAK;MANUFACTURING_DEFECT;MANUFACTURING_DEFECT,PARTIAL_WARRANTY,MISUSE",
    })
    void combinedFindingsRaiseEachFlagOnceSorted(String findings, Verdict verdict, String flags) {
        Decision d = evaluate("SILVER", "PEARL", "2026-01-10", "2026-02-01", "1000", "1000", findings);
        assertThat(d.verdict()).isEqualTo(verdict);
        assertThat(String.join(";", d.flagCodes())).isEqualTo(flags);
    }

    @Test
    void theExampleFromTheContract() {
        Decision d = evaluate("SILVER", "PEARL", "2026-01-31", "2026-04-30", "1280", "1280.00",
                "MANUFACTURING_DEFECT;POLISH_SOAK");
        assertThat(d.verdict()).isEqualTo(Verdict.PARTIAL_WARRANTY);
        assertThat(d.warrantyMonths()).isEqualTo(3);
        assertThat(d.warrantyEnds()).contains(LocalDate.parse("2026-04-30"));
        assertThat(d.flagCodes()).containsExactly("MISUSE");
        assertThat(d.policyLabel()).isEqualTo("alluressories-hk-warranty@2026.1");
    }

    @Test
    void voidedWarrantyFlagsStayWithFindingFlags() {
        Decision d = evaluate("SILVER", "", "2020-01-01", "2026-01-01", "1000", "1000", "MANUFACTURING_DEFECT;TARNISH");
        assertThat(d.flagCodes()).containsExactly("TARNISHING", "WARRANTY_EXPIRED");
        assertThat(d.verdict()).isEqualTo(Verdict.CHARGEABLE_REPAIR);
        assertThat(d.coverage()).isEmpty();
    }

    @Test
    void everyFlagCarriesItsClauseInBothLanguages() {
        Decision d = evaluate("SILVER", "PEARL", "2026-01-10", "2026-02-01", "1000", "1000",
                "MANUFACTURING_DEFECT;WORN_PRONG;CHEMICAL_EXPOSURE;TARNISH;STONE_LOST;NATURAL_STONE_FLAW");
        assertThat(d.flags()).hasSize(5).allSatisfy(flag -> {
            assertThat(flag.clause().id()).isEqualTo(flag.code());
            assertThat(flag.clause().text().en()).isNotBlank();
            assertThat(flag.clause().text().zh()).matches(".*\\p{IsHan}.*");
        });
        assertThat(d.flags().get(0).clause().text().en()).contains("lost gemstone");
        assertThat(d.coverage()).map(c -> c.text().en()).contains("Alluressories warranty covers manufacturing defects.");
    }

    @Test
    void daysLeftCountsToTheLastCoveredDay() {
        Decision d = evaluate("SILVER", "", "2026-01-31", "2026-04-20", "1000", "1000", "");
        assertThat(d.daysLeft()).contains(10L);
        Decision lastDay = evaluate("SILVER", "", "2026-01-31", "2026-04-30", "1000", "1000", "");
        assertThat(lastDay.daysLeft()).contains(0L);
        Decision expired = evaluate("SILVER", "", "2026-01-31", "2026-05-01", "1000", "1000", "");
        assertThat(expired.daysLeft()).isEmpty();
    }

    @Test
    void impossibleSalesAndClaimsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> evaluate("SILVER", "", "2026-01-10", "2026-02-01", "1000", "1000.01", ""))
                .isInstanceOf(InvalidClaimException.class).hasMessageStartingWith("paidPrice:");
        assertThatThrownBy(() -> evaluate("SILVER", "", "2026-01-10", "2026-02-01", "-5", "-5", ""))
                .isInstanceOf(InvalidClaimException.class).hasMessageStartingWith("listPrice:");
        assertThatThrownBy(() -> evaluate("SILVER", "", "2026-01-10", "2026-02-01", "1000", "-1", ""))
                .isInstanceOf(InvalidClaimException.class).hasMessageStartingWith("paidPrice:");
        assertThatThrownBy(() -> evaluate("SILVER", "", "2026-01-10", "2026-01-09", "1000", "1000", ""))
                .isInstanceOf(InvalidClaimException.class).hasMessageStartingWith("claimDate:");
        assertThatThrownBy(() -> evaluate("SILVER", "", "2026-01-10", "2026-01-11", "1000", "1000", "SCRATCHED"))
                .isInstanceOf(InvalidClaimException.class).hasMessageContaining("findings").hasMessageContaining("SCRATCHED");
    }

    @Test
    void theChecklistIsGroupedAsThePolicyGroupsItWithHintsInBothLanguages() {
        assertThat(POLICY.groups()).extracting(FindingGroup::id)
                .containsExactly("DEFECT", "WEAR", "MISUSE", "APPEARANCE", "STONES");
        assertThat(POLICY.groups().stream().flatMap(g -> g.findings().stream()))
                .hasSize(11)
                .allSatisfy(f -> {
                    assertThat(f.hint().en()).isNotBlank();
                    assertThat(f.hint().zh()).matches(".*\\p{IsHan}.*");
                });
        assertThat(POLICY.finding("WORN_PRONG")).map(f -> f.hint().en()).contains("Prong tips thin or flattened");
        assertThat(POLICY.terms()).hasSize(5);
    }

    @Test
    void physicalDamageSaysInThePolicysWordsWhyItIsMisuse() {
        Decision d = POLICY.evaluate(new Claim(Metal.SILVER, Set.of(), Optional.empty(), LocalDate.parse("2026-03-01"),
                Set.of("PHYSICAL_DAMAGE")));
        Flag misuse = d.flags().stream().filter(f -> f.code().equals("MISUSE")).findFirst().orElseThrow();
        assertThat(misuse.because()).hasSize(1);
        assertThat(misuse.because().get(0).en()).contains("knock or a fall").contains("manufacturing defects only");
        assertThat(misuse.because().get(0).zh()).contains("碰撞").contains("不當使用");
        // A finding the clause names itself needs no such line.
        Decision polish = POLICY.evaluate(new Claim(Metal.SILVER, Set.of(Stone.PEARL), Optional.empty(),
                LocalDate.parse("2026-03-01"), Set.of("POLISH_SOAK")));
        assertThat(polish.flags()).allSatisfy(f -> assertThat(f.because()).isEmpty());
    }
}
