package com.alluressories.caredesk.ui;

import com.alluressories.caredesk.print.PrinterPort;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A document ready for {@link PrintPreview}: the PDF previewed, the printers to choose from, and
 * what prints it for real (rendered again and recorded, so a second print says REPRINT); and its
 * pages already drawn, when they were drawn with the PDF (see {@link #drawn}), else none.
 */
public record Printout(byte[] pdf, List<String> printers, Callable<byte[]> output, PrinterPort port,
                       List<javafx.scene.image.Image> pages) {
    public Printout {
        pages = List.copyOf(pages);
    }

    public Printout(byte[] pdf, List<String> printers, Callable<byte[]> output, PrinterPort port) {
        this(pdf, printers, output, port, List.of());
    }

    /**
     * The same with its pages drawn now, on the caller's thread (off the window's): the preview then
     * shows them as soon as it is open, instead of drawing them after.
     */
    public static Printout drawn(byte[] pdf, List<String> printers, Callable<byte[]> output, PrinterPort port)
            throws java.io.IOException {
        return new Printout(pdf, printers, output, port, PrintPreview.draw(pdf));
    }
}
