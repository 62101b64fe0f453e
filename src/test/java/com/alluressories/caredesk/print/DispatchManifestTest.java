package com.alluressories.caredesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.custody.Dispatch;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A dispatch's manifest read back from its PDF: the words in both languages, every piece, and both codes scan. */
class DispatchManifestTest {
    private static Dispatch dispatch(int pieces) {
        List<Dispatch.Piece> list = new ArrayList<>();
        for (int i = 1; i <= pieces; i++) {
            list.add(new Dispatch.Piece(String.format("TST-261127-%04d", i), "Silver bracelet with freshwater pearls "
                    + "(陳小姐)", 1, Dispatch.Status.IN_TRANSIT));
        }
        return new Dispatch("TST-D261127-1", "TST", "WORKSHOP", "Lalamove", LocalDateTime.parse("2026-11-27T10:05"),
                "Amy Lee 李美儀 (2001)", list);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Paper.class, names = {"SLIP", "A4"})
    void theManifestSaysEverythingTwiceAndBothCodesScan(Paper paper) throws Exception {
        byte[] pdf = DispatchPrintService.manifest(dispatch(3), paper, false);
        String text = text(pdf);
        assertThat(text).contains("Dispatch manifest", "寄送清單", "TST-D261127-1", "Workshop", "工場", "Lalamove",
                "TST-261127-0001", "TST-261127-0003", "Amy Lee", "Received by", "接收人").doesNotContain("REPRINT");
        BufferedImage page = TicketPdfTest.render(pdf);
        for (BarcodeFormat format : List.of(BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128)) {
            Result found = new MultiFormatReader().decode(TicketPdfTest.bitmap(page), Map.of(DecodeHintType.TRY_HARDER,
                    true, DecodeHintType.POSSIBLE_FORMATS, List.of(format)));
            assertThat(found.getText()).as(format.name()).isEqualTo("TST-D261127-1");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Paper.class, names = {"SLIP", "A4"})
    void aReprintSaysSoAndALongDispatchRunsOnWithEveryPiece(Paper paper) throws Exception {
        String text = text(DispatchPrintService.manifest(dispatch(60), paper, true));
        assertThat(text).contains("REPRINT", "補印", "TST-261127-0060");
    }
}
