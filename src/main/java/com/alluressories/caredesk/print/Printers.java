package com.alluressories.caredesk.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** The PC's printers, and printing a document's PDF exactly as previewed. */
public final class Printers {
    private Printers() {
    }

    /** The names of the printers the system knows, the default first. */
    public static List<String> names() {
        PrintService fallback = PrintServiceLookup.lookupDefaultPrintService();
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName)
                .sorted((a, b) -> fallback != null && a.equals(fallback.getName()) ? -1
                        : fallback != null && b.equals(fallback.getName()) ? 1 : a.compareTo(b))
                .toList();
    }

    /** Sends the PDF to the named printer at its own size (slip or A5). */
    public static void print(byte[] pdf, String printer, String jobName) throws IOException, PrinterException {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printer)).findFirst()
                .orElseThrow(() -> new PrinterException("The printer " + printer + " is not available"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            job.print();
        }
    }
}
