package com.alluressories.caredesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.report.Report;
import com.alluressories.caredesk.report.Report.Ageing;
import com.alluressories.caredesk.report.Report.Count;
import com.alluressories.caredesk.report.Report.OverrideCount;
import com.alluressories.caredesk.report.Report.Product;
import com.alluressories.caredesk.report.Report.Slice;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class ReportPrintServiceTest {
    static final Locale ZH = Locale.forLanguageTag("zh-HK");
    static final Policy POLICY = PolicyLoader.bundled();
    static final LocalDate MADE_ON = LocalDate.parse("2026-11-30");
    static final List<String> SHOPS = List.of("CEN", "CWB", "MK", "SHA", "TST");

    /** A year at five shops, worked out so the totals agree with the slices. */
    static Report year() {
        List<Slice> months = new ArrayList<>();
        long[] warranty = {30, 28, 35, 26, 31, 40, 38, 29, 33, 36, 41, 27};
        for (int i = 0; i < 12; i++) {
            YearMonth month = YearMonth.of(2025, 12).plusMonths(i);
            long w = warranty[i];
            long p = 5 + i % 4;
            long c = 12 + (i * 7) % 9;
            long pending = i == 11 ? 6 : 0;
            months.add(new Slice(month.toString(), w + p + c + pending, verdicts(w, p, c, pending), 1 + i % 3,
                    OptionalDouble.of(4 + i % 5 + (i % 2) * 0.5), OptionalDouble.of(11 + i % 6),
                    OptionalDouble.of(2 + i % 3), 8 + i % 4, 2 + i % 3, 1_280_000L + i * 73_550L));
        }
        List<Slice> shops = new ArrayList<>();
        long[] opened = {140, 96, 121, 58, 112};
        for (int i = 0; i < SHOPS.size(); i++) {
            long w = opened[i] * 55 / 100;
            long p = opened[i] * 12 / 100;
            long pending = i == 1 ? 6 : 0;
            long c = opened[i] - w - p - pending;
            shops.add(new Slice(SHOPS.get(i), opened[i], verdicts(w, p, c, pending), 2 + i, OptionalDouble.of(5 + i),
                    OptionalDouble.of(12 + 2 * i), OptionalDouble.of(3), 20 + i, 5, 3_100_000L + i * 412_30L));
        }
        return new Report(Optional.of(LocalDate.parse("2025-12-01")), Optional.of(LocalDate.parse("2026-11-30")), SHOPS,
                527, verdicts(290, 78, 153, 6), states(), 17, OptionalDouble.of(6), OptionalDouble.of(14.5),
                OptionalDouble.of(3), List.of(new Count("MANUFACTURING_DEFECT", 212), new Count("WORN_PRONG", 96),
                        new Count("TARNISH", 88), new Count("GENERAL_WEAR", 61), new Count("STONE_LOST", 44),
                        new Count("PHYSICAL_DAMAGE", 39), new Count("WORN_CHAIN", 27), new Count("CHEMICAL_EXPOSURE", 18),
                        new Count("NO_MAINTENANCE", 12), new Count("POLISH_SOAK", 7), new Count("NATURAL_STONE_FLAW", 3)),
                24, 118, 31, 9, 16_883_450L,
                List.of(new Ageing("RECEIVED", List.of(4L, 2L, 1L, 0L, 0L)), new Ageing("QUOTED", List.of(3L, 2L, 2L, 1L, 1L)),
                        new Ageing("IN_REPAIR", List.of(6L, 5L, 3L, 2L, 0L)),
                        new Ageing("READY_FOR_PICKUP", List.of(5L, 4L, 3L, 6L, 9L))),
                months, shops,
                List.of(new OverrideCount("Wong Ka Yan", "CHARGEABLE_REPAIR", "WARRANTY_REPAIR", 11),
                        new OverrideCount("陳大文", "CHARGEABLE_REPAIR", "PARTIAL_WARRANTY", 7),
                        new OverrideCount("Wong Ka Yan", "PARTIAL_WARRANTY", "WARRANTY_REPAIR", 4),
                        new OverrideCount("歐陽卓琳", "WARRANTY_REPAIR", "CHARGEABLE_REPAIR", 2)),
                List.of(new Count("WEAR_AND_TEAR", 141), new Count("TARNISHING", 88), new Count("MISUSE", 60),
                        new Count("NO_PROOF_OF_PURCHASE", 41), new Count("GEMSTONE_LOSS", 40), new Count("FINAL_SALE", 12),
                        new Count("WARRANTY_EXPIRED", 9)),
                List.of(new Count("SILVER", 260), new Count("18K_GOLD", 131), new Count("PLATED", 77),
                        new Count("14K_GOLD", 35), new Count("STAINLESS_STEEL", 18), new Count("OTHER", 6)),
                List.of(new Count("SYNTHETIC_STONE", 170), new Count("DIAMOND", 84), new Count("PEARL", 51),
                        new Count("NATURAL_GEMSTONE", 26)),
                products());
    }

    static List<Product> products() {
        List<Product> products = new ArrayList<>(List.of(
                new Product("AL-RG-1024", "925純銀鑲人造寶石扭紋開口戒指（可調校尺寸，玫瑰金色電鍍）", 41, 17),
                new Product("AL-NK-2207", "18K金鑲鑽石心形吊墜頸鏈，可調校長度40至45厘米，附送禮盒及保養證書", 33, 21),
                new Product("AL-ER-0311", "Freshwater pearl drop earrings, sterling silver hooks", 28, 4),
                new Product("AL-BR-0990", "不銹鋼編織手鏈 Stainless steel woven bracelet with magnetic clasp", 22, 15),
                new Product("", "客人自攜首飾（非本店貨品）", 19, 0)));
        for (int i = 0; i < 13; i++) {
            products.add(new Product("AL-PD-" + (3000 + i), "銀鍍金天然寶石吊墜 Gold-plated silver pendant No. " + i, 15 - i,
                    i % 3));
        }
        return products;
    }

    static Map<String, Long> verdicts(long warranty, long partial, long chargeable, long pending) {
        Map<String, Long> m = new LinkedHashMap<>();
        if (pending > 0) {
            m.put("PENDING_INSPECTION", pending);
        }
        m.put("WARRANTY_REPAIR", warranty);
        m.put("PARTIAL_WARRANTY", partial);
        m.put("CHARGEABLE_REPAIR", chargeable);
        return m;
    }

    static Map<String, Long> states() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("RECEIVED", 7L);
        m.put("QUOTED", 9L);
        m.put("IN_REPAIR", 16L);
        m.put("READY_FOR_PICKUP", 27L);
        m.put("COLLECTED", 466L);
        m.put("DISPOSED", 2L);
        return m;
    }

    static Report empty() {
        return new Report(Optional.of(LocalDate.parse("2026-11-01")), Optional.of(LocalDate.parse("2026-11-30")),
                List.of("CWB"), 0, Map.of(), Map.of(), 0, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), List.of(), 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Text without line ends or spaces, so a wrapped phrase still reads as one. */
    static String joined(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String spaced(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theEnglishReportHasEverySectionOnA4PagesWithTheFigures() throws IOException {
        byte[] pdf = ReportPrintService.a4(year(), Locale.ENGLISH, POLICY, MADE_ON);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
            }
        }
        String text = spaced(text(pdf));
        assertThat(text).containsSubsequence("Repair report", "Period: 1/12/2025 to 30/11/2026",
                "Shops: CEN, CWB, MK, SHA, TST", "Made on 30/11/2026", "At a glance", "Warranty against chargeable",
                "Turnaround", "Open tickets by days in their state", "The clauses that decide", "What comes back",
                "Quotes and charges");
        assertThat(text).contains("Taken in").contains("527").contains("Overdue").contains("Month by month")
                .contains("11/2026").contains("12/2025").contains("Shop by shop").contains("TST")
                .contains("Intake to ready, median: 6 days").contains("9 in 10 within: 14.5 days")
                .contains("Manufacturing defect").contains("Worn prong").contains("General wear and tear")
                .contains("Wong Ka Yan").contains("Chargeable repair → Warranty repair: free").contains("AL-NK-2207")
                .contains("(no SKU)").contains("18K gold").contains("Synthetic stone").contains("HK$168,834.50")
                .contains("118 / 31 / 9").contains("Ready for pickup");
        // The top ten findings only: the eleventh is left off.
        assertThat(text).doesNotContain("Natural gemstone flaw");
        assertThat(text).doesNotContain("!print.").doesNotContain("!reports.");
    }

    @Test
    void everyPageSaysWhatItIsAndWhichPageOfHowMany() throws IOException {
        byte[] pdf = ReportPrintService.a4(year(), Locale.ENGLISH, POLICY, MADE_ON);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int i = 1; i <= pages; i++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(i);
                page.setEndPage(i);
                assertThat(spaced(page.getText(doc))).contains("Repair report · page " + i + " of " + pages);
            }
        }
    }

    @Test
    void theChineseReportIsInChineseWithChineseDatesAndLabels() throws IOException {
        byte[] pdf = ReportPrintService.a4(year(), ZH, POLICY, MADE_ON);
        String text = joined(text(pdf));
        assertThat(text).containsSubsequence("維修報表", "期間：2025年12月1日至2026年11月30日", "製表日期：2026年11月30日",
                "一覽", "保養與收費維修", "所需時間", "未完成維修單", "決定結果的條款", "送回維修的貨品", "報價及收費");
        assertThat(text).contains("保養維修：免費").contains("收費維修").contains("部分保養").contains("2026年11月")
                .contains("製造瑕疵").contains("爪位磨損").contains("一般磨損").contains("陳大文").contains("收費維修→部分保養")
                .contains("18K金鑲鑽石心形吊墜頸鏈").contains("純銀").contains("鑽石").contains("可取件")
                .contains("HK$168,834.50").contains("第1頁");
        // Every character came out as itself: none is a question mark or a missing glyph.
        assertThat(text).doesNotContain("?").doesNotContain("\uFFFD");
    }

    @Test
    void anEmptyPeriodMakesOnePageSayingThereIsNothing() throws IOException {
        for (Locale language : List.of(Locale.ENGLISH, ZH)) {
            byte[] pdf = ReportPrintService.a4(empty(), language, POLICY, MADE_ON);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
            }
            String text = language == ZH ? joined(text(pdf)) : spaced(text(pdf));
            assertThat(text).contains(language == ZH ? "沒有開立維修單" : "there is nothing to report")
                    .contains(language == ZH ? "第1頁（共1頁）" : "page 1 of 1");
        }
    }

    @Test
    void anOpenEndedPeriodAtAllShopsSaysSo() throws IOException {
        Report r = year();
        Report allTime = new Report(Optional.empty(), Optional.empty(), List.of(), r.ticketsOpened(), r.byVerdict(),
                r.byState(), r.overdue(), r.intakeToReadyP50(), r.intakeToReadyP90(), r.readyToCollectedP50(), r.findings(),
                r.overrides(), r.quotesAccepted(), r.quotesDeclined(), r.quotesWaiting(), r.finalChargesCents(), r.ageing(),
                r.byMonth(), r.byShop(), r.overridesBy(), r.exclusions(), r.metals(), r.stones(), r.products());
        assertThat(spaced(text(ReportPrintService.a4(allTime, Locale.ENGLISH, POLICY, MADE_ON))))
                .contains("Period: All time").contains("All shops");
        Report from = new Report(Optional.of(LocalDate.parse("2026-03-01")), Optional.empty(), List.of("CWB"), 0, Map.of(),
                Map.of(), 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), List.of(), 0, 0, 0, 0, 0,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(joined(text(ReportPrintService.a4(from, ZH, POLICY, MADE_ON)))).contains("期間：2026年3月1日起");
    }

    @Test
    void aChartOfMoreMonthsThanAPageHoldsRunsOnToTheNextPageAndNothingRunsIntoTheFooter() throws IOException {
        Report r = year();
        List<Slice> months = new ArrayList<>();
        for (int i = 0; i < 72; i++) {
            Slice like = r.byMonth().get(i % 12);
            months.add(new Slice(YearMonth.of(2020, 12).plusMonths(i).toString(), like.opened(), like.byVerdict(),
                    like.overrides(), like.intakeToReadyP50(), like.intakeToReadyP90(), like.readyToCollectedP50(),
                    like.quotesAccepted(), like.quotesDeclined(), like.finalChargesCents()));
        }
        Report sixYears = new Report(Optional.empty(), r.to(), r.shops(), r.ticketsOpened(), r.byVerdict(), r.byState(),
                r.overdue(), r.intakeToReadyP50(), r.intakeToReadyP90(), r.readyToCollectedP50(), r.findings(),
                r.overrides(), r.quotesAccepted(), r.quotesDeclined(), r.quotesWaiting(), r.finalChargesCents(), r.ageing(),
                months, r.byShop(), r.overridesBy(), r.exclusions(), r.metals(), r.stones(), r.products());
        byte[] pdf = ReportPrintService.a4(sixYears, Locale.ENGLISH, POLICY, MADE_ON);
        assertThat(spaced(text(pdf))).contains("12/2020 ").contains("11/2026 ").contains("Period: up to 30/11/2026");
        List<Float> stray = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float height = PDRectangle.A4.getHeight();
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    float fromFoot = height - text.getYDirAdj();
                    // Above the bottom margin (56 pt) is the page's; the footer sits at 28 pt.
                    if (fromFoot < 54 && Math.abs(fromFoot - 28) > 4 || fromFoot > height - 50) {
                        stray.add(fromFoot);
                    }
                }
            }.getText(doc);
        }
        assertThat(stray).as("glyphs in the margins").isEmpty();
    }

    @Test
    void aLanguageOtherThanEnglishOrChineseIsRefused() {
        assertThatThrownBy(() -> ReportPrintService.a4(empty(), Locale.FRENCH, POLICY, MADE_ON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
