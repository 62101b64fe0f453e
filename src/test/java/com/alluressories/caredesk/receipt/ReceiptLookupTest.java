package com.alluressories.caredesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptLookupTest {
    @TempDir
    static Path dir;
    static Store store;
    static ReceiptService receipts;

    @BeforeAll
    static void importSales() throws Exception {
        store = Store.open(dir.resolve("store"));
        receipts = new ReceiptService(store, ReceiptImportTest.CLOCK, () -> false);
        ImportResult result = receipts.importFile(SalesFiles.write(dir, "sales.csv",
                "CWB-0001,CWB,2024-03-01T10:00,Chan Tai Man,91234567,1,R18-SOL-02,18K ring,18K_GOLD,DIAMOND,15800,15800",
                "CWB-0002,CWB,2026-01-31T14:05,Chan Tai Man,91234567,1,ES-PRL-05,Pearl studs,SILVER,PEARL,880,880",
                "TST-0003,TST,2026-06-01,CHAN Mei Ling,62224567,1,ES-PRL-05,Pearl studs,SILVER,PEARL,880,500",
                "TST-0004,TST,2026-11-20T18:30,陳大文,53334567,1,NS-AME-06,Amethyst pendant,SILVER,NATURAL_GEMSTONE,1580,1580",
                "TST-0004,TST,2026-11-20T18:30,陳大文,53334567,2,NP-STAR-08,Star necklace,PLATED,,590,590",
                "MK-0005,MK,2026-11-21,,,1,NP-STAR-08,Star necklace,PLATED,,590,590",
                "MK-0006,MK,2025-12-31T23:59:59,陳小明,98887777,1,BST-LNK-10,Bracelet,STAINLESS_STEEL,,490,490"),
                ImportProgress.NONE);
        assertThat(result.problems()).isEmpty();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> find(LookupQuery.Kind kind, String key) {
        return receipts.search(LookupQuery.of(kind, key)).stream().map(Receipt::receiptNo).toList();
    }

    @Test
    void byReceiptNumber() {
        assertThat(find(LookupQuery.Kind.RECEIPT, "TST-0004")).containsExactly("TST-0004");
        assertThat(find(LookupQuery.Kind.RECEIPT, " TST-0004 ")).containsExactly("TST-0004");
        assertThat(receipts.search(LookupQuery.of(LookupQuery.Kind.RECEIPT, "TST-0004")).get(0).lines()).hasSize(2);
    }

    @Test
    void byPhoneWrittenAnyWayNewestFirst() {
        assertThat(find(LookupQuery.Kind.PHONE, "+852 9123-4567")).containsExactly("CWB-0002", "CWB-0001");
        assertThat(find(LookupQuery.Kind.PHONE, "9123")).isEmpty();
    }

    @Test
    void byTheLastFourDigits() {
        assertThat(find(LookupQuery.Kind.LAST4, "4567")).containsExactly("TST-0004", "TST-0003", "CWB-0002", "CWB-0001");
        assertThat(find(LookupQuery.Kind.LAST4, "45")).isEmpty();
    }

    @Test
    void byNamePrefixInAnyCaseEnglishOrChinese() {
        assertThat(find(LookupQuery.Kind.NAME, "chan")).containsExactly("TST-0003", "CWB-0002", "CWB-0001");
        assertThat(find(LookupQuery.Kind.NAME, "CHAN  TAI")).containsExactly("CWB-0002", "CWB-0001");
        assertThat(find(LookupQuery.Kind.NAME, "陳")).containsExactly("TST-0004", "MK-0006");
        assertThat(find(LookupQuery.Kind.NAME, "陳大文")).containsExactly("TST-0004");
        assertThat(find(LookupQuery.Kind.NAME, "Wong")).isEmpty();
    }

    @Test
    void anExactNameComesBeforeLongerNamesAndPagesRunAcrossBoth() throws Exception {
        try (Store other = Store.open(dir.resolve("names"))) {
            ReceiptService names = new ReceiptService(other, ReceiptImportTest.CLOCK, () -> false);
            names.importFile(SalesFiles.write(dir, "names.csv",
                    "A1,CWB,2024-01-01,Chan,,1,S,d,SILVER,,100,100",
                    "A2,CWB,2026-01-01,Chan Tai Man,,1,S,d,SILVER,,100,100",
                    "A3,CWB,2025-01-01,chan,,1,S,d,SILVER,,100,100",
                    "A4,CWB,2026-06-01,Chan Siu Ming,,1,S,d,SILVER,,100,100"), ImportProgress.NONE);
            LookupQuery chan = LookupQuery.of(LookupQuery.Kind.NAME, "CHAN");
            assertThat(names.search(chan).stream().map(Receipt::receiptNo)).containsExactly("A3", "A1", "A4", "A2");
            assertThat(names.search(chan.withPage(3, 0)).stream().map(Receipt::receiptNo)).containsExactly("A3", "A1", "A4");
            assertThat(names.search(chan.withPage(2, 1)).stream().map(Receipt::receiptNo)).containsExactly("A1", "A4");
            assertThat(names.search(chan.withPage(2, 3)).stream().map(Receipt::receiptNo)).containsExactly("A2");
        }
    }

    @Test
    void bySku() {
        assertThat(find(LookupQuery.Kind.SKU, "NP-STAR-08")).containsExactly("MK-0005", "TST-0004");
    }

    @Test
    void filtersByDateRangeInclusiveAndShop() {
        LookupQuery all = LookupQuery.of(LookupQuery.Kind.LAST4, "4567");
        assertThat(receipts.search(all.withRange(Optional.of(LocalDate.parse("2026-01-31")),
                Optional.of(LocalDate.parse("2026-06-01")))).stream().map(Receipt::receiptNo))
                .containsExactly("TST-0003", "CWB-0002");
        assertThat(receipts.search(all.withShop(Optional.of("cwb"))).stream().map(Receipt::receiptNo))
                .containsExactly("CWB-0002", "CWB-0001");
        assertThat(receipts.search(LookupQuery.of(LookupQuery.Kind.NAME, "陳")
                .withRange(Optional.empty(), Optional.of(LocalDate.parse("2025-12-31")))).stream().map(Receipt::receiptNo))
                .containsExactly("MK-0006");
    }

    @Test
    void pagesNewestFirst() {
        LookupQuery all = LookupQuery.of(LookupQuery.Kind.LAST4, "4567");
        assertThat(receipts.search(all.withPage(2, 0)).stream().map(Receipt::receiptNo)).containsExactly("TST-0004", "TST-0003");
        assertThat(receipts.search(all.withPage(2, 2)).stream().map(Receipt::receiptNo)).containsExactly("CWB-0002", "CWB-0001");
    }

    @Test
    void theOneSearchFieldUnderstandsWhateverIsTyped() {
        Optional<LocalDate> none = Optional.empty();
        assertThat(receipts.findAnything("CWB-0001", none, none, Optional.empty(), 50))
                .extracting(Receipt::receiptNo).containsExactly("CWB-0001");
        assertThat(receipts.findAnything("9123 4567", none, none, Optional.empty(), 50))
                .extracting(Receipt::receiptNo).containsExactly("CWB-0002", "CWB-0001");
        assertThat(receipts.findAnything("7777", none, none, Optional.empty(), 50))
                .extracting(Receipt::receiptNo).containsExactly("MK-0006");
        assertThat(receipts.findAnything("陳大", none, none, Optional.empty(), 50))
                .extracting(Receipt::receiptNo).containsExactly("TST-0004");
        assertThat(receipts.findAnything("NP-STAR-08", none, none, Optional.empty(), 50))
                .extracting(Receipt::receiptNo).containsExactly("MK-0005", "TST-0004");
        assertThat(receipts.findAnything("   ", none, none, Optional.empty(), 50)).isEmpty();
        assertThat(receipts.findAnything("nobody", none, none, Optional.empty(), 50)).isEmpty();
    }

    @Test
    void warrantyStatusAsOfToday() {
        var policy = PolicyLoader.bundled();
        LocalDate today = LocalDate.parse("2026-11-27");
        Receipt ring = receipts.byReceiptNo("CWB-0001").orElseThrow();
        WarrantyStatus gold = WarrantyStatus.of(policy, ring, ring.lines().get(0), today);
        assertThat(gold.kind()).isEqualTo(WarrantyStatus.Kind.EXPIRED);
        assertThat(gold.ends()).contains(LocalDate.parse("2026-03-01"));
        Receipt pendant = receipts.byReceiptNo("TST-0004").orElseThrow();
        WarrantyStatus in = WarrantyStatus.of(policy, pendant, pendant.lines().get(0), today);
        assertThat(in.kind()).isEqualTo(WarrantyStatus.Kind.IN_WARRANTY);
        assertThat(in.ends()).contains(LocalDate.parse("2027-02-20"));
        assertThat(in.daysLeft()).isEqualTo(85);
        Receipt sale = receipts.byReceiptNo("TST-0003").orElseThrow();
        assertThat(WarrantyStatus.of(policy, sale, sale.lines().get(0), today).kind()).isEqualTo(WarrantyStatus.Kind.FINAL_SALE);
    }
}
