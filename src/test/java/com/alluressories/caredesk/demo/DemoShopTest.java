package com.alluressories.caredesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.receipt.ReceiptRepository;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.shop.ShopService;
import com.alluressories.caredesk.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoShopTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    java.nio.file.Path dir;

    @Test
    void theDemoHasAFewHundredRealisticReceiptsOverThreeYears() {
        List<Receipt> receipts = DemoShop.receipts(CLOCK);
        assertThat(receipts).hasSizeBetween(200, 500);
        LocalDate today = LocalDate.now(CLOCK);
        assertThat(receipts).allSatisfy(r -> assertThat(r.purchasedAt().toLocalDate())
                .isBetween(today.minusYears(3), today));
        assertThat(receipts.stream().map(Receipt::receiptNo).distinct().count()).isEqualTo(receipts.size());
        assertThat(receipts.stream().flatMap(r -> r.customerPhone().stream())).allMatch(p -> p.matches("[569]\\d{7}"));
        assertThat(receipts.stream().flatMap(r -> r.customerName().stream()))
                .anyMatch(n -> n.matches(".*\\p{IsHan}.*")).anyMatch(n -> n.matches("[A-Za-z ]+"));
        assertThat(receipts).anyMatch(r -> r.customerName().isEmpty());
        List<ReceiptLine> lines = receipts.stream().flatMap(r -> r.lines().stream()).toList();
        Set<Metal> metals = lines.stream().map(ReceiptLine::metal).collect(Collectors.toSet());
        assertThat(metals).contains(Metal.GOLD_18K, Metal.SILVER, Metal.PLATED);
        Set<Stone> stones = lines.stream().flatMap(l -> l.stones().stream()).collect(Collectors.toSet());
        assertThat(stones).contains(Stone.DIAMOND, Stone.PEARL, Stone.NATURAL_GEMSTONE);
        assertThat(lines).anyMatch(l -> l.paidPrice().compareTo(l.listPrice().multiply(new BigDecimal("0.60"))) <= 0);
        assertThat(lines).allMatch(l -> l.paidPrice().compareTo(l.listPrice()) <= 0);
    }

    @Test
    void fillsAnEmptyStoreOnceAndMarksItAsDemo() {
        try (Store store = Store.open(dir)) {
            assertThat(DemoShop.fill(store, CLOCK)).isTrue();
            assertThat(store.read(ReceiptRepository::count)).isEqualTo(DemoShop.RECEIPTS);
            assertThat(new ShopService(store, java.time.Clock.systemUTC()).isDemo()).isTrue();
            assertThat(DemoShop.fill(store, CLOCK)).isFalse();
            assertThat(store.read(ReceiptRepository::count)).isEqualTo(DemoShop.RECEIPTS);
        }
    }

    @Test
    void refusesAStoreHoldingARealShop() {
        try (Store store = Store.open(dir)) {
            new ShopService(store, java.time.Clock.systemUTC()).setUpRealShop(new ShopProfile("CWB", "Causeway Bay", "1 Yee Wo St", "28001234"));
            assertThatThrownBy(() -> DemoShop.fill(store, CLOCK)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("real shop");
            assertThat(store.read(ReceiptRepository::count)).isZero();
        }
    }

    @Test
    void leavingTheDemoRemovesDemoReceiptsAndKeepsTheRealProfile() {
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, CLOCK);
            ShopService shop = new ShopService(store, java.time.Clock.systemUTC());
            shop.setUpRealShop(new ShopProfile("MK", "Mong Kok", "88 Nathan Road", "+852 2345-6789"));
            assertThat(store.read(ReceiptRepository::count)).isZero();
            assertThat(shop.isDemo()).isFalse();
            assertThat(shop.profile()).isEqualTo(Optional.of(new ShopProfile("MK", "Mong Kok", "88 Nathan Road", "23456789")));
        }
    }
}
