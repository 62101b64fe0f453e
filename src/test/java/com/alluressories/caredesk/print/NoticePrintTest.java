package com.alluressories.caredesk.print;

import static com.alluressories.caredesk.print.TicketPdfTest.SHOP;
import static com.alluressories.caredesk.print.TicketPdfTest.bitmap;
import static com.alluressories.caredesk.print.TicketPdfTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.alluressories.caredesk.print.NoticePrintService.Letter;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NoticePrintTest {
    static final Locale ZH = Locale.forLanguageTag("zh-HK");
    static final LocalDate DATE = LocalDate.parse("2026-11-27");

    final NoticePrintService printing = new NoticePrintService(() -> Optional.of(SHOP));

    static Letter english(boolean registered) {
        return new Letter(Locale.ENGLISH, DATE, List.of("Mr Chan Tai Man", "Flat B, 12/F, Tower 2", "8 Hoi Wang Road",
                "Tai Kok Tsui, Kowloon"), "Your silver ring is ready for collection",
                "Dear Mr Chan,\nYour silver ring (ticket CWB-261127-0001) has been repaired and is ready for collection "
                        + "at our Causeway Bay shop. The amount due is HK$380.00.\nPlease bring this letter with you.",
                "CWB-261127-0001", registered);
    }

    static Letter chinese(boolean registered) {
        return new Letter(ZH, DATE, List.of("歐陽卓琳女士"), "有關閣下交來維修的銀指環",
                "歐陽女士您好：\n閣下交來維修的銀指環（維修單 CWB-261127-0001）已完成維修，可於銅鑼灣分店取件。應付金額為 HK$380.00。"
                        + "如在本通知發出後12個月內仍未付款取回，本店可根據《無人收領貨品處置條例》（第294章）將之出售。\n取件時請帶同此信。",
                "CWB-261127-0001", registered);
    }

    @Test
    void theShopNoticeIsOneA4PageWithTheShopsNameAndTheStatementInEnglishAndChinese() throws Exception {
        byte[] pdf = printing.shopNotice();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
        }
        String text = text(pdf);
        assertThat(joinedWithSpaces(text)).contains(SHOP.name()).contains("Items left for repair")
                .contains("Disposal of Uncollected Goods Ordinance (Cap. 294)").contains("at least 12 months after the date it is ready for collection")
                .contains("registered post");
        assertThat(joined(text)).contains("交來維修的物品").contains("《無人收領貨品處置條例》（第294章）").contains("最少12個月後方可出售")
                .contains("掛號郵寄");
    }

    @Test
    void theShopNoticeIsPrintedLargeEnoughToReadFromAMetreAway() throws Exception {
        List<Float> sizes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(printing.shopNotice())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    sizes.add(text.getFontSizeInPt());
                    super.processTextPosition(text);
                }
            }.getText(doc);
        }
        assertThat(sizes).isNotEmpty();
        // About 7 mm a character: comfortably read across a counter, as a sign on a wall should be.
        assertThat(Collections.min(sizes)).isGreaterThanOrEqualTo(18f);
    }

    @ParameterizedTest
    @CsvSource({"A5, true", "A4, false"})
    void anEnglishLetterCarriesTheDateAddresseeSubjectBodyLinesAndTicket(Paper paper, boolean registered)
            throws Exception {
        byte[] pdf = printing.letter(english(registered), paper);
        assertSize(pdf, paper);
        String text = text(pdf);
        List<String> lines = text.lines().map(String::strip).toList();
        assertThat(lines).contains("27/11/2026", "Mr Chan Tai Man", "Flat B, 12/F, Tower 2", "Tai Kok Tsui, Kowloon",
                "Your silver ring is ready for collection", "Dear Mr Chan,", "Please bring this letter with you.",
                "Repair ticket: CWB-261127-0001", "Yours sincerely,");
        assertThat(lines).as("the body's line break starts a new line").anyMatch(l -> l.startsWith("Your silver ring (ticket"));
        assertThat(joinedWithSpaces(text)).contains(SHOP.name()).contains("1 Yee Wo Street").contains("2800 1234")
                .contains("The amount due is HK$380.00.").contains("For and on behalf of " + SHOP.name());
        assertThat(text.contains("BY REGISTERED POST")).isEqualTo(registered);
        assertThat(text).as("one language: no Chinese but the letterhead's label").doesNotContain("此致")
                .doesNotContain("掛號").doesNotContain("2026年");
        assertThat(boldText(pdf)).contains("Your silver ring is ready for collection").doesNotContain("Dear Mr Chan");
    }

    @ParameterizedTest
    @CsvSource({"A4, true", "A5, false"})
    void aChineseLetterIsWhollyInChineseWithAChineseDate(Paper paper, boolean registered) throws Exception {
        byte[] pdf = printing.letter(chinese(registered), paper);
        assertSize(pdf, paper);
        String text = text(pdf);
        List<String> lines = text.lines().map(String::strip).toList();
        assertThat(lines).contains("2026年11月27日", "歐陽卓琳女士", "有關閣下交來維修的銀指環", "歐陽女士您好：", "取件時請帶同此信。",
                "維修單編號：CWB-261127-0001", "此致");
        assertThat(lines).as("the body's line break starts a new line").anyMatch(l -> l.startsWith("閣下交來維修的銀指環"));
        assertThat(joined(text)).contains("《無人收領貨品處置條例》（第294章）將之出售").contains(SHOP.name() + " 謹啟");
        assertThat(text.contains("掛號郵寄")).isEqualTo(registered);
        assertThat(text).doesNotContain("REGISTERED").doesNotContain("Yours sincerely").doesNotContain("Repair ticket")
                .doesNotContain("27/11/2026");
        for (String line : lines) {
            assertThat(line).as("kinsoku: %s", lines).doesNotStartWith("。").doesNotStartWith("，")
                    .doesNotStartWith("）").doesNotStartWith("」").doesNotStartWith("》").doesNotEndWith("（")
                    .doesNotEndWith("《");
        }
        assertThat(boldText(pdf)).contains("有關閣下交來維修的銀指環").doesNotContain("歐陽女士您好");
    }

    @ParameterizedTest
    @MethodSource("com.alluressories.caredesk.print.Paper#forLetters")
    void theLettersBarcodeScansAsTheTicketNumber(Paper paper) throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(printing.letter(chinese(true), paper))) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
        }
        Result found = new MultiFormatReader().decode(bitmap(page), Map.of(DecodeHintType.TRY_HARDER, true,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128)));
        assertThat(found.getText()).isEqualTo("CWB-261127-0001");
    }

    @Test
    void aLongBodyRunsOnToASecondPageWithNothingLostAndThePagesNumbered() throws Exception {
        String body = IntStream.rangeClosed(1, 45).mapToObj(i -> "Paragraph " + i + " of a long letter, long enough "
                + "to wrap onto a second line on A5 paper so that the body runs over the page.")
                .collect(Collectors.joining("\n"));
        Letter letter = new Letter(Locale.ENGLISH, DATE, List.of("Chan Tai Man"), "A long letter", body,
                "CWB-261127-0001", false);
        byte[] pdf = printing.letter(letter, Paper.A5);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            int pages = doc.getNumberOfPages();
            String all = new PDFTextStripper().getText(doc).replace("\n", " ");
            for (int i = 1; i <= 45; i++) {
                assertThat(all).contains("Paragraph " + i + " of a long letter");
            }
            assertThat(all).contains("CWB-261127-0001 · page 1 of " + pages)
                    .contains("CWB-261127-0001 · page " + pages + " of " + pages);
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(pages);
            assertThat(last.getText(doc)).contains("Paragraph 45").contains("Yours sincerely,")
                    .contains("For and on behalf of");
            // Nothing runs off a page's foot: every character lies above the bottom margin's footer line.
            for (int p = 1; p <= pages; p++) {
                float height = doc.getPage(p - 1).getMediaBox().getHeight();
                float[] lowest = {0};
                PDFTextStripper page = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        lowest[0] = Math.max(lowest[0], text.getYDirAdj());
                        super.processTextPosition(text);
                    }
                };
                page.setStartPage(p);
                page.setEndPage(p);
                page.getText(doc);
                assertThat(lowest[0]).as("page %d", p).isLessThan(height - Paper.A5.margin / 2 + 1);
            }
        }
    }

    @Test
    void aShortLetterHasNoPageNumbers() throws Exception {
        byte[] pdf = printing.letter(english(false), Paper.A5);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(pdf)).doesNotContain("page 1 of");
    }

    @Test
    void aLetterIsNotPrintedOnTheSlipNorWithoutANameNorInAThirdLanguage() {
        assertThatThrownBy(() -> printing.letter(english(false), Paper.SLIP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Letter(Locale.ENGLISH, DATE, List.of(), "s", "b", "CWB-261127-0001", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Letter(Locale.FRENCH, DATE, List.of("A"), "s", "b", "CWB-261127-0001", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ticketDocumentsAreOfferedOnlyTheSlipAndA5() {
        assertThat(Paper.forTickets()).containsExactly(Paper.SLIP, Paper.A5);
        assertThat(Paper.forLetters()).containsExactly(Paper.A5, Paper.A4);
    }

    private static void assertSize(byte[] pdf, Paper paper) throws IOException {
        PDRectangle expected = paper == Paper.A4 ? PDRectangle.A4 : PDRectangle.A5;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDRectangle box = doc.getPage(i).getMediaBox();
                assertThat(box.getWidth()).isCloseTo(expected.getWidth(), within(0.5f));
                assertThat(box.getHeight()).isCloseTo(expected.getHeight(), within(0.5f));
            }
        }
    }

    /** The characters drawn bold (filled and outlined, as Sheet draws bold). */
    private static String boldText(byte[] pdf) throws IOException {
        StringBuilder bold = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE) {
                        bold.append(text.getUnicode());
                    }
                    super.processTextPosition(text);
                }
            }.getText(doc);
        }
        return bold.toString();
    }

    /** English text with its wrapped lines joined by spaces. */
    static String joinedWithSpaces(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** Chinese text with its wrapped lines joined as they were written, without spaces. */
    static String joined(String text) {
        return text.replaceAll("\\s*\\R\\s*", "");
    }
}
