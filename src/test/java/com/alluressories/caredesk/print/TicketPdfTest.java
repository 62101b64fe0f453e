package com.alluressories.caredesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFixture;
import com.alluressories.caredesk.ticket.TicketService;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TicketPdfTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    static final ShopProfile SHOP = new ShopProfile("CWB", "Alluressories Causeway Bay", "1 Yee Wo Street, Causeway Bay",
            "28001234");

    @TempDir
    Path dir;
    Store store;
    TicketService tickets;
    TicketPrintService printing;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        tickets = new TicketService(store, CLOCK, () -> StaffFixture.staff("2001", "Amy Lee"), new AuditLog(store, CLOCK));
        ClaimService claims = new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> "CWB", () -> StaffFixture.staff("2001", "Amy Lee"), new AuditLog(store, CLOCK));
        printing = new TicketPrintService(tickets, claims, () -> Optional.of(SHOP));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Ticket ticketFor(String name) {
        ClaimSummary claim = TicketFixture.claim(store, CLOCK, name, "91234567", Set.of("MANUFACTURING_DEFECT",
                "POLISH_SOAK"));
        return tickets.open(claim, "CWB", LocalDate.parse("2026-12-11"));
    }

    @ParameterizedTest
    @MethodSource("com.alluressories.caredesk.print.Paper#forTickets")
    void theCustomerCopyIsBilingualMasksThePhoneAndCarriesTheClauses(Paper paper) throws Exception {
        Ticket ticket = ticketFor("歐陽卓琳（Catherine Au-Yeung）");
        byte[] pdf = printing.pdf(ticket.ticketNo(), DocumentKind.CUSTOMER, paper, false);
        String text = text(pdf);
        assertThat(text).contains(ticket.ticketNo()).contains("REPAIR TICKET").contains("維修單")
                .contains("歐陽卓琳（Catherine Au-Yeung）").contains("4567").doesNotContain("91234567")
                .doesNotContain("9123 4567").contains("Partly under warranty").contains("部分保養")
                .contains("silver polish").contains("銀器清潔劑").contains("11/12/2026").contains("2026年12月11日")
                .contains("Personal data").contains("個人資料").contains("Customer signature").contains("顧客簽署")
                .doesNotContain("REPRINT");
    }

    @ParameterizedTest
    @MethodSource("com.alluressories.caredesk.print.Paper#forTickets")
    void theCustomerCopyTellsOfCap294InEnglishAndChinese(Paper paper) throws Exception {
        Ticket ticket = ticketFor("Chan Tai Man");
        String text = text(printing.pdf(ticket.ticketNo(), DocumentKind.CUSTOMER, paper, false));
        assertThat(NoticePrintTest.joinedWithSpaces(text)).contains("Uncollected items")
                .contains("subject to the Disposal of Uncollected Goods Ordinance (Cap. 294)")
                .contains("within 12 months of that notice").contains("by registered post").contains("14 days later");
        assertThat(NoticePrintTest.joined(text)).contains("未領取物品").contains("《無人收領貨品處置條例》（第294章）規管")
                .contains("12個月內仍未付款取回").contains("掛號郵寄").contains("將物品出售");
        // The English comes first, then the Chinese, after the terms the customer accepted.
        String flat = NoticePrintTest.joined(text);
        assertThat(flat.indexOf("Terms accepted")).isNotNegative().isLessThan(flat.indexOf("Uncollected items"));
        assertThat(flat.indexOf("Uncollected items")).isLessThan(flat.indexOf("Ordinance"));
        assertThat(flat.indexOf("Ordinance")).isLessThan(flat.indexOf("規管"));
    }

    @Test
    void theQrCodeAndTheCode128BothReadAsTheTicketNumber() throws Exception {
        Ticket ticket = ticketFor("Chan Tai Man");
        BufferedImage page = render(printing.pdf(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.A5, false));
        for (BarcodeFormat format : List.of(BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128)) {
            Result found = new MultiFormatReader().decode(bitmap(page), Map.of(DecodeHintType.TRY_HARDER, true,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(format)));
            assertThat(found.getBarcodeFormat()).isEqualTo(format);
            assertThat(found.getText()).isEqualTo(ticket.ticketNo());
        }
    }

    @Test
    void everyCharacterOfAHongKongNamePrintsAndNoTextRunsOffTheSlip() throws Exception {
        String name = "陳𨋢㗎 Wong-Chan Siu-Ming Alexander Bartholomew Ignatius Featherstonehaugh";
        Ticket ticket = ticketFor(name);
        byte[] pdf = printing.pdf(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.SLIP, false);
        assertThat(text(pdf)).contains("陳𨋢㗎");
        assertThat(PdfFonts.has(PdfFonts.all().get(0), "𨋢".codePointAt(0))).isFalse();
        assertThat(PdfFonts.has(PdfFonts.all().get(1), "𨋢".codePointAt(0))).isTrue();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            float[] right = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
            assertThat(right[0]).isLessThanOrEqualTo(width - Paper.SLIP.margin + 0.5f);
        }
    }

    @Test
    void theTagIsShortAndTheCollectionSlipShowsTheChargeAndOutcome() throws Exception {
        Ticket ticket = ticketFor("Chan Tai Man");
        byte[] tag = printing.pdf(ticket.ticketNo(), DocumentKind.TAG, Paper.SLIP, false);
        try (PDDocument doc = Loader.loadPDF(tag)) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isLessThan(250);
        }
        assertThat(text(tag)).contains(ticket.ticketNo()).contains("Promised").contains("4567");
        tickets.quote(ticket.ticketNo(), new java.math.BigDecimal("380"), "");
        tickets.approveQuote(ticket.ticketNo(), "In person", Optional.empty(), Optional.empty(), "");
        tickets.ready(ticket.ticketNo(), Outcome.REPAIRED, Optional.empty(), "");
        tickets.collect(ticket.ticketNo(), "4567", Optional.empty(), "");
        String slip = text(printing.pdf(ticket.ticketNo(), DocumentKind.COLLECTION, Paper.SLIP, false));
        assertThat(slip).contains("COLLECTION SLIP").contains("取件單").contains("HK$380.00").contains("Repaired")
                .contains("已完成維修");
    }

    @Test
    void aSecondPrintSaysReprint() throws Exception {
        Ticket ticket = ticketFor("Chan Tai Man");
        assertThat(text(printing.print(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.SLIP))).doesNotContain("REPRINT");
        assertThat(text(printing.print(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.SLIP))).contains("REPRINT")
                .contains("補印");
        assertThat(text(printing.print(ticket.ticketNo(), DocumentKind.TAG, Paper.SLIP))).doesNotContain("REPRINT");
    }

    @Test
    void aPreviewIsNotAPrintSoTheFirstRealCopyNeverSaysReprint() throws Exception {
        Ticket ticket = ticketFor("Chan Tai Man");
        assertThat(text(printing.preview(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.SLIP))).doesNotContain("REPRINT");
        assertThat(text(printing.preview(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.SLIP))).doesNotContain("REPRINT");
        assertThat(tickets.wasPrinted(ticket.ticketNo(), "CUSTOMER")).as("two previews recorded nothing").isFalse();
        assertThat(new AuditLog(store, CLOCK).list(com.alluressories.caredesk.staff.AuditFilter.all()))
                .noneMatch(e -> e.action().startsWith("TICKET_PRINTED") || e.action().startsWith("TICKET_REPRINTED"));
        assertThat(text(printing.print(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.SLIP))).doesNotContain("REPRINT");
        // Once printed, the preview shows what a further print would be.
        assertThat(text(printing.preview(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.SLIP))).contains("REPRINT");
    }

    @Test
    void anOverrideIsToldPlainlyOnceInEachLanguage() throws Exception {
        ClaimService claims = new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> "CWB",
                () -> StaffFixture.approved(StaffFixture.staff("2001", "Amy Lee"), "1001", "Mandy Kwok"),
                new AuditLog(store, CLOCK));
        LocalDate bought = LocalDate.now(CLOCK).minusDays(20);
        ClaimSummary claim = claims.save(new com.alluressories.caredesk.claim.ClaimDraft(Optional.of("CWB-R2"),
                Optional.of(1), Optional.of(new com.alluressories.caredesk.policy.Sale(bought,
                new java.math.BigDecimal("1280"), new java.math.BigDecimal("1280"))), "Pearl bracelet",
                Optional.of("BS-PRL-04"), com.alluressories.caredesk.policy.Metal.SILVER,
                Set.of(com.alluressories.caredesk.policy.Stone.PEARL), "Jason Lau", "91234567", "Clasp broken", "",
                Set.of("WORN_CHAIN"), List.of(), Optional.of(new com.alluressories.caredesk.claim.VerdictOverride(
                com.alluressories.caredesk.policy.Verdict.WARRANTY_REPAIR, "Regular customer, goodwill")), true));
        Ticket ticket = tickets.open(claim, "CWB", LocalDate.parse("2026-12-11"));
        String copy = text(printing.pdf(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.A5, false)).replace("\n", " ");
        assertThat(copy).contains("Verdict overridden by").contains("Regular customer, goodwill")
                .contains("The policy said: Chargeable repair").contains("推翻").contains("政策原裁定")
                .doesNotContain("Manager override by 經理");
    }

    @Test
    void aWalkInCopySaysWhyTheWarrantyIsNotCheckedNotANumberAlone() throws Exception {
        ClaimService claims = new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> "CWB",
                () -> StaffFixture.staff("2001", "Amy Lee"), new AuditLog(store, CLOCK));
        ClaimSummary claim = claims.save(new com.alluressories.caredesk.claim.ClaimDraft(Optional.empty(),
                Optional.empty(), Optional.empty(), "Silver ring", Optional.empty(),
                com.alluressories.caredesk.policy.Metal.SILVER, Set.of(), "Chan Tai Man", "91234567", "Bent", "",
                Set.of("PHYSICAL_DAMAGE"), List.of(), Optional.empty(), true));
        Ticket ticket = tickets.open(claim, "CWB", LocalDate.parse("2026-12-11"));
        String copy = text(printing.pdf(ticket.ticketNo(), DocumentKind.CUSTOMER, Paper.A5, false)).replace("\n", " ");
        assertThat(copy).contains("no proof of purchase").contains("沒有購買證明").doesNotContain("不適用 (3)")
                .doesNotContain("none");
        // Physical damage prints the words that cover it, not only the clause about pools and polish.
        assertThat(copy).contains("knock or a fall").contains("碰撞");
    }

    @Test
    void chineseOnPaperBreaksByTheEastAsianRules() throws Exception {
        try (PDDocument document = new PDDocument()) {
            Sheet sheet = new Sheet(document, Paper.SLIP);
            String text = "不當使用不在保養範圍內。接觸刺激性化學品或環境（包括泳池、熱水池及水療池）會改變首飾外觀。"
                    + "鑲有天然寶石或珍珠的產品不可直接浸泡於「液體銀器清潔劑」中，疏於保養將被視為不當使用。"
                    + "Alluressories 保養涵蓋製造瑕疵，（一般磨損）、氧化變色及寶石脫落不在保養範圍內。"
                    + "保養已於 2026年1月8日 屆滿，請於 2026年12月13日 取件。";
            for (float size = 7f; size <= 14f; size += 0.25f) {
                List<String> lines = sheet.wrap(text, size);
                assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
                for (String line : lines) {
                    assertThat(line).as("size %s: %s", size, lines).doesNotStartWith("。").doesNotStartWith("，")
                            .doesNotStartWith("、").doesNotStartWith("）").doesNotStartWith("」")
                            .doesNotEndWith("（").doesNotEndWith("「");
                    assertThat(sheet.measure(line, size)).isLessThanOrEqualTo(sheet.width() + 0.01f);
                    assertThat(line).as("a date is never split: %s", lines).doesNotMatch("(?s).*\\d$")
                            .doesNotMatch("^[年月日].*");
                }
            }
        }
    }

    @Test
    void aNumberStaysWithTheChineseAroundIt() throws Exception {
        try (PDDocument document = new PDDocument()) {
            Sheet sheet = new Sheet(document, Paper.SLIP);
            String text = "根據《無人收領貨品處置條例》（第294章），本店可於物品可取回之日起計12個月後將之出售；"
                    + "收到掛號通知後14日內仍未取回的物品，本店將於第15日起出售，所得款項扣除費用後餘額歸還閣下。";
            for (float size = 7f; size <= 14f; size += 0.25f) {
                List<String> lines = sheet.wrap(text, size);
                assertThat(String.join("", lines)).isEqualTo(text);
                for (String kept : List.of("第294章", "12個", "14日", "第15日")) {
                    assertThat(lines).as("size %s: %s kept whole in %s", size, kept, lines).anyMatch(l -> l.contains(kept));
                }
            }
        }
    }

    @Test
    void anUnknownTicketIsRefused() {
        assertThatThrownBy(() -> printing.pdf("CWB-000000-0000", DocumentKind.TAG, Paper.SLIP, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CWB-000000-0000");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static BufferedImage render(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 200);
        }
    }

    static BinaryBitmap bitmap(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    }
}
