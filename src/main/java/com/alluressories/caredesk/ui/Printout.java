package com.alluressories.caredesk.ui;

import com.alluressories.caredesk.print.PrinterPort;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A document ready for {@link PrintPreview}: the PDF previewed, the printers to choose from, and
 * what prints it for real (rendered again and recorded, so a second print says REPRINT).
 */
public record Printout(byte[] pdf, List<String> printers, Callable<byte[]> output, PrinterPort port) {
}
