package com.alluressories.caredesk.ui.notices;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A link as a QR code image for the shop phone's camera: black on white, with its quiet zone. */
final class QrCodes {
    private QrCodes() {
    }

    /**
     * The link's QR code at most {@code size} pixels square, each module a whole number of pixels
     * (at least 2), so a phone camera reads it off the screen: a long message in Chinese makes a
     * code of 100 modules and more, which must not be smoothed into grey.
     */
    static Image of(String link, int size) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The message is too long for a QR code (" + link.length()
                    + " characters)", e);
        }
        int scale = Math.max(2, size / modules.getWidth());
        int side = modules.getWidth() * scale;
        WritableImage image = new WritableImage(side, side);
        PixelWriter out = image.getPixelWriter();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                out.setColor(x, y, modules.get(x / scale, y / scale) ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
