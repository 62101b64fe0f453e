package com.alluressories.caredesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.store.Store;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiptImportTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    static final String GOOD = "CWB-0001,CWB,2026-01-31T14:05,Chan Tai Man,9123 4567,1,R18-SOL-02,18K ring,18K_GOLD,DIAMOND,15800.00,15800";

    @TempDir
    Path dir;
    Store store;
    ReceiptService receipts;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        receipts = new ReceiptService(store, CLOCK, () -> false);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportResult importFile(Path file) {
        return receipts.importFile(file, ImportProgress.NONE);
    }

    @Test
    void everyAwkwardButValidFormIsImported() throws Exception {
        String content = "\uFEFFpaid_price,list_price,stones,metal,description,sku,line_no,customer_phone,customer_name,"
                + "purchased_at,shop_code,receipt_no,extra_column\r\n"
                + "15800,15800.00,DIAMOND,18K_GOLD,\"18K ring, \"\"solitaire\"\"\",R18-SOL-02,1,+852 9123 4567,\"Chan, Tai Man\","
                + "2026-01-31T14:05,CWB,CWB-0001,ignored\r\n"
                + "528.5,880,pearl; ,silver,Pearl studs,ES-PRL-05,2,(852) 91234567,\"Chan, Tai Man\",2026-01-31T14:05,CWB,"
                + "CWB-0001,\r\n"
                + "\"1,580.50\",HK$1580.50,NATURAL_GEMSTONE;PEARL,SILVER,\"銀紫水晶吊墜\n(two lines)\",NS-AME-06,1,9123-4567,"
                + "歐陽卓琳（Catherine）,2025-10-01,TST,TST-0002,\r\n"
                + "490,490,,STAINLESS_STEEL,Link bracelet,BST-LNK-10,1,,,2026-11-01T09:30:15,mk,MK-0003,\r\n"
                + "HK$ 1080,\"HK$1,080.00\",,PLATED,Star,NP-STAR-08,1,,,2026-11-02 10:15,MK,MK-0004,\r\n"
                + "\r\n";
        Path file = Files.writeString(dir.resolve("awkward.csv"), content, StandardCharsets.UTF_8);
        ImportResult result = importFile(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.receiptsAdded()).isEqualTo(4);
        assertThat(result.linesAdded()).isEqualTo(5);
        assertThat(receipts.byReceiptNo("MK-0004").orElseThrow().purchasedAt()).isEqualTo(LocalDateTime.parse("2026-11-02T10:15"));

        Receipt cwb = receipts.byReceiptNo("CWB-0001").orElseThrow();
        assertThat(cwb.customerName()).contains("Chan, Tai Man");
        assertThat(cwb.customerPhone()).contains("91234567");
        assertThat(cwb.purchasedAt()).isEqualTo(LocalDateTime.parse("2026-01-31T14:05"));
        assertThat(cwb.lines()).hasSize(2);
        assertThat(cwb.lines().get(0).description()).isEqualTo("18K ring, \"solitaire\"");
        assertThat(cwb.lines().get(1).paidPrice()).isEqualByComparingTo("528.50");
        assertThat(cwb.lines().get(1).stones()).containsExactly(Stone.PEARL);
        assertThat(cwb.lines().get(1).metal()).isEqualTo(Metal.SILVER);
        Receipt tst = receipts.byReceiptNo("TST-0002").orElseThrow();
        assertThat(tst.customerName()).contains("歐陽卓琳（Catherine）");
        assertThat(tst.lines().get(0).description()).isEqualTo("銀紫水晶吊墜\n(two lines)");
        assertThat(tst.lines().get(0).listPrice()).isEqualByComparingTo(new BigDecimal("1580.50"));
        assertThat(tst.lines().get(0).stones()).containsExactlyInAnyOrder(Stone.NATURAL_GEMSTONE, Stone.PEARL);
        Receipt walkIn = receipts.byReceiptNo("MK-0003").orElseThrow();
        assertThat(walkIn.shopCode()).isEqualTo("MK");
        assertThat(walkIn.customerName()).isEmpty();
        assertThat(walkIn.customerPhone()).isEmpty();
        assertThat(walkIn.lines().get(0).stones()).isEmpty();
    }

    @Test
    void importingTheSameFileAgainStoresNothingNew() throws Exception {
        Path file = SalesFiles.write(dir, "a.csv", GOOD,
                "CWB-0001,CWB,2026-01-31T14:05,Chan Tai Man,9123 4567,2,ES-PRL-05,Pearl studs,SILVER,PEARL,880,880");
        assertThat(importFile(file).linesAdded()).isEqualTo(2);
        ImportResult again = importFile(file);
        assertThat(again.accepted()).isTrue();
        assertThat(again.nothingNew()).isTrue();
        assertThat(again.linesSkipped()).isEqualTo(2);
        assertThat(receipts.count()).isEqualTo(1);
    }

    @Test
    void aFileWithSomeNewLinesAddsOnlyThoseEvenToAStoredReceipt() throws Exception {
        importFile(SalesFiles.write(dir, "a.csv", GOOD));
        ImportResult result = importFile(SalesFiles.write(dir, "b.csv", GOOD,
                "CWB-0001,CWB,2026-01-31T14:05,Chan Tai Man,91234567,2,ES-PRL-05,Pearl studs,SILVER,PEARL,880,880",
                "CWB-0002,CWB,2026-02-01,,,1,NP-STAR-08,Star necklace,PLATED,,590,590"));
        assertThat(result.accepted()).isTrue();
        assertThat(result.linesAdded()).isEqualTo(2);
        assertThat(result.receiptsAdded()).isEqualTo(1);
        assertThat(result.linesSkipped()).isEqualTo(1);
        assertThat(receipts.byReceiptNo("CWB-0001").orElseThrow().lines()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a date that is not a date|X,CWB,2026-02-30,a,,1,S,d,SILVER,,100,100|3|purchased_at|2026-02-30",
        "a time in another form|X,CWB,31/01/2026,a,,1,S,d,SILVER,,100,100|3|purchased_at|31/01/2026",
        "a price that is not a number|X,CWB,2026-01-02,a,,1,S,d,SILVER,,ten,100|3|list_price|ten",
        "three decimals|X,CWB,2026-01-02,a,,1,S,d,SILVER,,100,99.999|3|paid_price|99.999",
        "a negative price|X,CWB,2026-01-02,a,,1,S,d,SILVER,,100,-1|3|paid_price|-1",
        "a paid price above the list price|X,CWB,2026-01-02,a,,1,S,d,SILVER,,100,100.01|3|paid_price|100.01",
        "a negative list price|X,CWB,2026-01-02,a,,1,S,d,SILVER,,-5,-5|3|list_price|-5",
        "a paid price above a zero list price|X,CWB,2026-01-02,a,,1,S,d,SILVER,,0,1|3|paid_price|1",
        "an unknown metal|X,CWB,2026-01-02,a,,1,S,d,GOLD,,100,100|3|metal|GOLD",
        "an unknown stone|X,CWB,2026-01-02,a,,1,S,d,SILVER,PEARL;RUBY,100,100|3|stones|PEARL;RUBY",
        "an invalid phone|X,CWB,2026-01-02,a,1234 567,1,S,d,SILVER,,100,100|3|customer_phone|1234 567",
        "a phone from elsewhere|X,CWB,2026-01-02,a,+86 138 0013 8000,1,S,d,SILVER,,100,100|3|customer_phone|+86 138 0013 8000",
        "a line number that is not one|X,CWB,2026-01-02,a,,first,S,d,SILVER,,100,100|3|line_no|first",
        "no receipt number|,CWB,2026-01-02,a,,1,S,d,SILVER,,100,100|3|receipt_no|''",
        "a bad shop code|X,C W B,2026-01-02,a,,1,S,d,SILVER,,100,100|3|shop_code|C W B",
        "no SKU|X,CWB,2026-01-02,a,,1,,d,SILVER,,100,100|3|sku|''",
    })
    void aBadRowRejectsTheFileNamingLineColumnAndValueAndStoresNothing(String what, String badRow, long line,
                                                                      String column, String value) throws Exception {
        Path file = SalesFiles.write(dir, "bad.csv", GOOD, badRow,
                "CWB-0009,CWB,2026-01-31,Wong,91112222,1,S9,ok,SILVER,,100,100");
        ImportResult result = importFile(file);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.value()).isEqualTo(value);
        });
        assertThat(receipts.count()).isZero();
    }

    @Test
    void aMissingColumnRejectsTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("x.csv"), "receipt_no,shop_code,purchased_at,customer_name,customer_phone,"
                + "line_no,sku,description,metal,stones,list_price\nX,CWB,2026-01-02,a,,1,S,d,SILVER,,100\n");
        ImportResult result = importFile(file);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("paid_price");
        });
        assertThat(receipts.count()).isZero();
    }

    @Test
    void headerNamesAreReadInAnyCaseAndPaddedButNotTwice() throws Exception {
        String header = SalesFiles.HEADER.toUpperCase(java.util.Locale.ROOT).replace(",", " , ");
        Path padded = Files.writeString(dir.resolve("padded.csv"), header + "\n" + GOOD + "\n");
        assertThat(importFile(padded).problems()).isEmpty();
        assertThat(receipts.byReceiptNo("CWB-0001").orElseThrow().lines().get(0).sku()).isEqualTo("R18-SOL-02");

        Path twice = Files.writeString(dir.resolve("twice.csv"), SalesFiles.HEADER + ",SKU ,Note,note\n" + GOOD + ",x,y,z\n");
        assertThat(importFile(twice).problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "sku", ImportProblem.Kind.DUPLICATE_COLUMN),
                        org.assertj.core.groups.Tuple.tuple(1L, "note", ImportProblem.Kind.DUPLICATE_COLUMN));
    }

    @Test
    void aRowWithTooFewFieldsAnEmptyFileAndANonUtf8FileAreRejected() throws Exception {
        assertThat(importFile(SalesFiles.write(dir, "short.csv", GOOD, "X,CWB,2026-01-02")).problems())
                .anySatisfy(p -> assertThat(p.message()).contains("3 fields"));
        assertThat(importFile(Files.writeString(dir.resolve("empty.csv"), "")).problems())
                .anySatisfy(p -> assertThat(p.message()).contains("empty"));
        byte[] big5 = (SalesFiles.HEADER + "\nX,CWB,2026-01-02,").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(big5, big5.length + 5);
        bytes[big5.length] = (byte) 0xB3; // 陳 in Big5: not UTF-8
        bytes[big5.length + 1] = (byte) 0xAF;
        bytes[big5.length + 2] = ',';
        bytes[big5.length + 3] = '\n';
        bytes[big5.length + 4] = '\n';
        assertThat(importFile(Files.write(dir.resolve("big5.csv"), bytes)).problems())
                .anySatisfy(p -> {
                    assertThat(p.message()).contains("not UTF-8");
                    assertThat(p.line()).isEqualTo(2);
                });
        assertThat(receipts.count()).isZero();
    }

    @Test
    void aLineListedTwiceOrHeaderFieldsThatDisagreeRejectTheFile() throws Exception {
        ImportResult result = importFile(SalesFiles.write(dir, "dup.csv", GOOD,
                "CWB-0001,CWB,2026-01-31T14:05,Chan Tai Man,9123 4567,1,OTHER,other,SILVER,,100,100",
                "CWB-0001,TST,2026-01-31T14:06,Chan Siu Man,9123 4568,2,S2,d,SILVER,,100,100"));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("twice").contains("line 2");
        });
        assertThat(result.problems()).extracting(ImportProblem::column)
                .contains("shop_code", "purchased_at", "customer_name", "customer_phone");
        assertThat(receipts.count()).isZero();
    }

    @Test
    void aRowThatContradictsAStoredLineRejectsTheWholeFile() throws Exception {
        importFile(SalesFiles.write(dir, "a.csv", GOOD));
        ImportResult result = importFile(SalesFiles.write(dir, "b.csv",
                "CWB-0002,CWB,2026-02-01,,,1,NP-STAR-08,Star necklace,PLATED,,590,590",
                "CWB-0001,CWB,2026-01-31T14:05,Chan Tai Man,9123 4567,1,R18-SOL-02,18K ring,18K_GOLD,DIAMOND,15800.00,9000"));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("already stored with different content");
        });
        assertThat(receipts.byReceiptNo("CWB-0002")).isEmpty();
    }

    @Test
    void everyProblemIsCountedButOnlyTheFirstOnesAreKept() throws Exception {
        String[] rows = new String[500];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "X" + i + ",CWB,not-a-date,a,,1,S,d,SILVER,,100,100";
        }
        ImportResult result = importFile(SalesFiles.write(dir, "many.csv", rows));
        assertThat(result.problemCount()).isEqualTo(500);
        assertThat(result.problems()).hasSize(ReceiptImporter.PROBLEM_LIMIT);
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        Path file = bigFile(20_000);
        AtomicInteger updates = new AtomicInteger();
        ImportResult result = receipts.importFile(file, new ImportProgress() {
            @Override
            public void update(double fraction, long rowsDone) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() > 17; // most of the way through, with a batch of lines already written
            }
        });
        assertThat(result.cancelled()).isTrue();
        assertThat(receipts.count()).isZero();
        // The thread reading the file ahead stopped with the import.
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("caredesk-import-reader")
                && t.isAlive());
    }

    @Test
    void aHundredThousandLineFileImportsWithProgress() throws Exception {
        Path file = bigFile(100_000);
        double[] last = {0};
        ImportResult result = receipts.importFile(file, new ImportProgress() {
            @Override
            public void update(double fraction, long rowsDone) {
                assertThat(fraction).isGreaterThanOrEqualTo(last[0]);
                last[0] = fraction;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(result.problems()).isEmpty();
        assertThat(result.linesAdded()).isEqualTo(100_000);
        assertThat(result.receiptsAdded()).isEqualTo(50_000);
        assertThat(last[0]).isEqualTo(1.0);
        assertThat(receipts.search(LookupQuery.of(LookupQuery.Kind.RECEIPT, "R0049999"))).singleElement()
                .satisfies(r -> assertThat(r.lines()).hasSize(2));
    }

    @Test
    void theDemoStoreRefusesAnImportSoRealAndDemoReceiptsNeverMix() throws Exception {
        DemoShop.fill(store, CLOCK);
        ReceiptService demoStore = new ReceiptService(store, CLOCK, () -> true);
        assertThatThrownBy(() -> demoStore.importFile(SalesFiles.write(dir, "a.csv", GOOD), ImportProgress.NONE))
                .isInstanceOf(DemoStoreException.class).hasMessageContaining("demo");
        assertThat(receipts.byReceiptNo("CWB-0001")).isEmpty();
    }

    private Path bigFile(int lines) throws Exception {
        Path file = dir.resolve("big-" + lines + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(SalesFiles.HEADER + "\n");
            for (int i = 0; i < lines; i++) {
                int receipt = i / 2;
                out.write(String.format("R%07d,CWB,2026-01-%02dT10:00,Customer %d,9%07d,%d,SKU%d,Item,SILVER,PEARL,1000,900%n",
                        receipt, 1 + receipt % 28, receipt % 1000, receipt % 5000, 1 + i % 2, i % 50));
            }
        }
        return file;
    }

    @Test
    void storedLinesReadBackExactly() throws Exception {
        importFile(SalesFiles.write(dir, "a.csv", GOOD));
        ReceiptLine line = receipts.byReceiptNo("CWB-0001").orElseThrow().lines().get(0);
        assertThat(line).isEqualTo(new ReceiptLine(1, "R18-SOL-02", "18K ring", Metal.GOLD_18K, Set.of(Stone.DIAMOND),
                new BigDecimal("158.0000").movePointRight(2), new BigDecimal("15800.00")));
        assertThat(List.of(line.listPrice().toPlainString())).containsExactly("15800.00");
    }

    @Test
    void aFreeGiftIsImportedFoundAndDecidedByTheSameFormulaAsAnyPrice() throws Exception {
        ImportResult result = importFile(SalesFiles.write(dir, "gift.csv", GOOD,
                "CWB-0001,CWB,2026-01-31T14:05,Chan Tai Man,9123 4567,2,GIFT-BOX,Gift box,OTHER,,0,0.00"));
        assertThat(result.accepted()).as("a gift line rejects nothing: %s", result.problems()).isTrue();
        assertThat(result.linesAdded()).isEqualTo(2);
        Receipt found = receipts.byReceiptNo("CWB-0001").orElseThrow();
        ReceiptLine gift = found.lines().stream().filter(l -> l.sku().equals("GIFT-BOX")).findFirst().orElseThrow();
        assertThat(gift.listPrice()).isEqualByComparingTo("0");
        // list - paid >= list x 0.40 holds for 0 and 0: the formula, not a special case, makes it final sale.
        assertThat(WarrantyStatus.of(com.alluressories.caredesk.policy.PolicyLoader.bundled(), found, gift,
                java.time.LocalDate.parse("2026-02-01")).kind()).isEqualTo(WarrantyStatus.Kind.FINAL_SALE);
    }

    @Test
    void theRowsReadCountEveryRowGoodOrBad() throws Exception {
        long[] rows = {-1};
        ImportProgress counting = new ImportProgress() {
            @Override
            public void update(double fraction, long rowsDone) {
                rows[0] = rowsDone;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        Path file = SalesFiles.write(dir, "mixed.csv", GOOD,
                "X,CWB,2026-02-30,a,,1,S,d,SILVER,,100,100",
                "CWB-0009,CWB,2026-01-31,Wong,91112222,1,S9,ok,SILVER,,100,100",
                "Y,CWB,2026-01-02,a,,1,S,d,GOLD,,100,100");
        ImportResult result = receipts.importFile(file, counting);
        assertThat(result.accepted()).isFalse();
        assertThat(rows[0]).as("rows read, the two bad ones included").isEqualTo(4);
    }
}
